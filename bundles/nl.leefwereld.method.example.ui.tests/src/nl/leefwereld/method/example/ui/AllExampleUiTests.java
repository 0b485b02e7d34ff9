// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.method.example.ui;

import org.junit.platform.suite.api.SelectClasses;
import org.junit.platform.suite.api.Suite;

@Suite
@SelectClasses({ OpenQuestionsViewTest.class })
public class AllExampleUiTests {
}
