package nl.leefwereld.ui.tests;

import org.junit.platform.suite.api.SelectClasses;
import org.junit.platform.suite.api.Suite;

import nl.leefwereld.ui.wizards.NewClientAttributesTest;

@Suite
@SelectClasses({ WorkbenchTest.class, MenusTest.class, NewClientAttributesTest.class, MethodsTest.class, TeamServerTest.class,
        SeriesChartTest.class, SecurityTest.class })
public class AllUiTests {
}
