// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.cli.tests;

import org.junit.platform.suite.api.SelectClasses;
import org.junit.platform.suite.api.Suite;

@Suite
@SelectClasses({ CliCommandsTest.class, MemoCommandTest.class, MethodCommandsTest.class, RemovedMethodCliTest.class, AdminCommandsTest.class, PrivacyCommandsTest.class,
        HostileFilesAndPseudoCheckTest.class, PrivacyStoreCommandsTest.class, ExchangeCommandsTest.class,
        BenchCommandTest.class, OrganisationCliTest.class, ServerTlsCliTest.class })
public class AllCliTests {
}
