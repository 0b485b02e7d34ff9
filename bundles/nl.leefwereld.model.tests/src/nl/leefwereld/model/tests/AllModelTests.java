// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.model.tests;

import org.junit.platform.suite.api.SelectClasses;
import org.junit.platform.suite.api.Suite;

/** All tests of nl.leefwereld.model, for running from an IDE in one go. */
@Suite
@SelectClasses({
    ContainmentTest.class,
    ReferenceTest.class,
    DefaultsAndEnumsTest.class,
    XmiRoundTripTest.class,
    ValidationTest.class,
    GeneratedCodeInSyncTest.class,
    PackageRegistrationTest.class,
})
public class AllModelTests {
}
