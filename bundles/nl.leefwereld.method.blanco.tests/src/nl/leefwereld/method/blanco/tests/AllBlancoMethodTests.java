package nl.leefwereld.method.blanco.tests;

import org.junit.platform.suite.api.SelectClasses;
import org.junit.platform.suite.api.Suite;

@Suite
@SelectClasses({ ClauseRulesTest.class, ClassifierTest.class, ClassifierPrecisionRecallTest.class, AnalyzersTest.class, FilmTest.class,
        StorageTest.class, CliTest.class })
public class AllBlancoMethodTests {
}
