// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.method.blanco.ui;

import org.junit.platform.suite.api.SelectClasses;
import org.junit.platform.suite.api.Suite;

@Suite
@SelectClasses({ BlancoViewsTest.class })
public class AllBlancoUiTests {
}
