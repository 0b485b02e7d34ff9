package nl.leefwereld.ui.tests;

import org.junit.platform.suite.api.SelectClasses;
import org.junit.platform.suite.api.Suite;

@Suite
@SelectClasses({ WorkbenchTest.class, MenusTest.class, MethodsTest.class })
public class AllUiTests {
}
