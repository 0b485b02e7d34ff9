package nl.leefwereld.method.stress.tests;

import org.junit.platform.suite.api.SelectClasses;
import org.junit.platform.suite.api.Suite;

@Suite
@SelectClasses({ StressMethodRegistryTest.class, ReadabilityTest.class, StressLanguageTest.class, WelcomeGuideTest.class,
        StressAssessmentStoreTest.class, StressCommandTest.class, OpeningPrecisionTest.class,
        HostileFileTest.class })
public class AllStressMethodTests {
}
