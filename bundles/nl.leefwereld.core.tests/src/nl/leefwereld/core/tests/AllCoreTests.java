// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.core.tests;

import org.junit.platform.suite.api.SelectClasses;
import org.junit.platform.suite.api.Suite;

@Suite
@SelectClasses({ SpansTest.class, MemoCommandsTest.class, TranscriptParserTest.class, JsonExporterTest.class, TranscriptImporterTest.class, DemoDataTest.class,
        CliArgumentsTest.class, MessagesTest.class, QdcCodebooksTest.class, AgreementTest.class,
        MethodRegistryTest.class, RemovedMethodTest.class, PseudonymisedExportTest.class, NameScrubberTest.class,
        HostileTranscriptTest.class, HostileCodebookTest.class, SqlMetacharactersTest.class,
        ConversationCommandsTest.class, MessageQuotesTest.class, DutchTextLayerTest.class, UserFilesTest.class, IdentifierDetectionTest.class,
        ExchangeImportTest.class, QdpxExchangeTest.class })
public class AllCoreTests {
}
