// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.method.stress.tests;

import org.junit.platform.suite.api.SelectClasses;
import org.junit.platform.suite.api.Suite;

@Suite
@SelectClasses({ GeneratedCodeInSyncTest.class, StressMethodRegistryTest.class, ReadabilityTest.class, StressLanguageTest.class, WelcomeGuideTest.class,
        StressAssessmentStoreTest.class, StressCommandTest.class, StressEditCommandsTest.class, OpeningPrecisionTest.class, StressHeldOutTest.class,
        TextLayerRulesTest.class, HostileFileTest.class })
public class AllStressMethodTests {
}
