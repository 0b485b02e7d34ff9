// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.method.stress.ui;

import org.junit.platform.suite.api.SelectClasses;
import org.junit.platform.suite.api.Suite;

@Suite
@SelectClasses({ StressViewsTest.class })
public class AllStressUiTests {
}
