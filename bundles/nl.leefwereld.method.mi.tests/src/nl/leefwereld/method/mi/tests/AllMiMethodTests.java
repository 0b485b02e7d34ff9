// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.method.mi.tests;

import org.junit.platform.suite.api.SelectClasses;
import org.junit.platform.suite.api.Suite;

@Suite
@SelectClasses({ GeneratedCodeInSyncTest.class, MiMethodTest.class, MiCodingTest.class, MiScoresTest.class, MiAnalyzerTest.class,
        MiSuggestionQualityTest.class, MiCsvImportTest.class, MiCliTest.class, MiBenchmarkTest.class,
        MiHostileFileTest.class, MiDefaultRulesTest.class, MiGoalCliTest.class, MiLearningTest.class,
        MiSpanRuleTest.class, MiDutchSetLearningTest.class, MiMultiCoderImportTest.class })
public class AllMiMethodTests {
}
