// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.method.mi.ui;

import org.junit.platform.suite.api.SelectClasses;
import org.junit.platform.suite.api.Suite;

@Suite
@SelectClasses({ MiViewsTest.class, MiLayoutTest.class, MiChangeGoalTest.class, MiModelQualityTest.class })
public class AllMiUiTests {
}
