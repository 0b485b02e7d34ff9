// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.method.example.tests;

import org.junit.platform.suite.api.SelectClasses;
import org.junit.platform.suite.api.Suite;

@Suite
@SelectClasses({ ExampleMethodTest.class })
public class AllExampleMethodTests {
}
