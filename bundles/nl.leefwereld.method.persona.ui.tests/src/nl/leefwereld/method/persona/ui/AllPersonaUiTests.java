// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.method.persona.ui;

import org.junit.platform.suite.api.SelectClasses;
import org.junit.platform.suite.api.Suite;

@Suite
@SelectClasses({ PersonaViewsTest.class })
public class AllPersonaUiTests {
}
