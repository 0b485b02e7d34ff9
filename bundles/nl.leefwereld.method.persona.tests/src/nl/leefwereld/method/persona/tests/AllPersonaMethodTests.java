// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.method.persona.tests;

import org.junit.platform.suite.api.SelectClasses;
import org.junit.platform.suite.api.Suite;

@Suite
@SelectClasses({ ClusteringTest.class, PersonaBuilderTest.class, RepresentativenessTest.class,
        ClientAttributeImportTest.class, PersonaCliTest.class, PersonaBenchmarkTest.class,
        HostileFileTest.class, PersonaInputLoadTest.class })
public class AllPersonaMethodTests {
}
