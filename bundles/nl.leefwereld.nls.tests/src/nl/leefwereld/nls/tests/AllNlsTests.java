// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.nls.tests;

import org.junit.platform.suite.api.SelectClasses;
import org.junit.platform.suite.api.Suite;

@Suite
@SelectClasses({ DutchPlatformTextsTest.class, DutchTabTitlesTest.class })
public class AllNlsTests {
}
