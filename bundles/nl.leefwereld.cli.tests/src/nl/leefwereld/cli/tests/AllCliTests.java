package nl.leefwereld.cli.tests;

import org.junit.platform.suite.api.SelectClasses;
import org.junit.platform.suite.api.Suite;

@Suite
@SelectClasses({ CliCommandsTest.class, MethodCommandsTest.class, RemovedMethodCliTest.class, AdminCommandsTest.class, PrivacyCommandsTest.class,
        PrivacyStoreCommandsTest.class })
public class AllCliTests {
}
