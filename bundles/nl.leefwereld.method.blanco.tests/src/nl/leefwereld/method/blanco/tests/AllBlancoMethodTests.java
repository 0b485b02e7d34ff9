// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.method.blanco.tests;

import org.junit.platform.suite.api.SelectClasses;
import org.junit.platform.suite.api.Suite;

@Suite
@SelectClasses({ GeneratedCodeInSyncTest.class, ClassifierTest.class, ClassifierPrecisionRecallTest.class, AnalyzersTest.class, FilmTest.class,
        StorageTest.class, CliTest.class, BlancoCommandsTest.class, ClauseRulesTest.class, HostileFileTest.class })
public class AllBlancoMethodTests {
}
