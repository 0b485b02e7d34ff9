// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.method.stress.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.RegistryFactory;
import org.eclipse.emf.ecore.EPackage;
import org.junit.jupiter.api.Test;

import nl.leefwereld.core.method.AnalyzerDescriptor;
import nl.leefwereld.core.method.MethodDescriptor;
import nl.leefwereld.core.method.MethodRegistry;
import nl.leefwereld.method.stress.StressLanguage;
import nl.leefwereld.method.stress.StressMethod;
import nl.leefwereld.method.stress.model.StressPackage;
import nl.leefwereld.model.Code;
import nl.leefwereld.model.Codebook;
import nl.leefwereld.model.ModelPackage;

/** The method as the platform sees it: registry, codebook, analyzers, EMF package. */
public class StressMethodRegistryTest {

    @Test
    public void methodCodebookAndAnalyzersAreRegistered() throws Exception {
        MethodRegistry registry = new MethodRegistry(RegistryFactory.getRegistry());
        MethodDescriptor m = registry.method(StressMethod.METHOD_ID);
        assertNotNull(m, "installed: " + registry.methodIds());
        assertTrue(m.source().contains("Stress-sensitief werken"), m.source());
        assertTrue(registry.problems().stream().noneMatch(p -> p.toString().contains("stress")), registry.problems().toString());

        Codebook codebook = m.loadCodebook();
        Set<String> ids = codebook.getCodes().stream().map(Code::getId).collect(Collectors.toSet());
        for (StressLanguage.Kind k : StressLanguage.Kind.values()) {
            assertTrue(ids.contains(k.codeId()), "code of " + k + " is in the .qdc");
        }
        assertTrue(ids.contains(StressMethod.CODE_CONNECTION));
        assertTrue(ids.contains(StressMethod.CODE_SYSTEM_QUESTION));
        assertEquals(8, ids.size());
        assertTrue(codebook.getCodes().stream().anyMatch(c -> c.getDescription().contains("cliënt")), "UTF-8 survives");

        assertEquals(List.of("stress.language", "stress.opening", "stress.welcome"),
                m.analyzers().stream().map(AnalyzerDescriptor::id).sorted().toList());
        for (AnalyzerDescriptor d : m.analyzers()) {
            assertNotNull(d.create(), d.id());
        }
    }

    @Test
    public void theStressAssessmentExtendsTheCoreAssessmentAndIsRegistered() {
        EPackage p = EPackage.Registry.INSTANCE.getEPackage(StressPackage.eNS_URI);
        assertNotNull(p, "generated_package registration");
        assertTrue(StressPackage.Literals.STRESS_ASSESSMENT.getESuperTypes().contains(ModelPackage.Literals.ASSESSMENT));
    }
}
