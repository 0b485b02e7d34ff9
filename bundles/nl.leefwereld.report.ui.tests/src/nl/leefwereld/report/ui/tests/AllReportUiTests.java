// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.report.ui.tests;

import org.junit.platform.suite.api.SelectClasses;
import org.junit.platform.suite.api.Suite;

@Suite
@SelectClasses({ MakeReportTest.class })
public class AllReportUiTests {
}
