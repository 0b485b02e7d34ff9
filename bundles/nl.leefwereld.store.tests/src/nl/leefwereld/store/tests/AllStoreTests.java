package nl.leefwereld.store.tests;

import org.junit.platform.suite.api.SelectClasses;
import org.junit.platform.suite.api.Suite;

@Suite
@SelectClasses({ RoundTripTest.class, SchemaTest.class, FailedSaveTest.class, ExtensionObjectTest.class,
        OpenErrorsTest.class, SecondProcessTest.class, BenchmarkTest.class })
public class AllStoreTests {
}
