// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.search.ui;

import org.junit.platform.suite.api.SelectClasses;
import org.junit.platform.suite.api.Suite;

@Suite
@SelectClasses({ SearchViewsTest.class })
public class AllSearchUiTests {
}
