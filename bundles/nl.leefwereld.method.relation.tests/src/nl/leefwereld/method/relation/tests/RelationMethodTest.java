// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.method.relation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.RegistryFactory;
import org.eclipse.emf.ecore.EPackage;
import org.junit.jupiter.api.Test;

import nl.leefwereld.core.cli.CliCommandDescriptor;
import nl.leefwereld.core.cli.CliCommandRegistry;
import nl.leefwereld.core.method.AnalyzerDescriptor;
import nl.leefwereld.core.method.MethodDescriptor;
import nl.leefwereld.core.method.MethodRegistry;
import nl.leefwereld.method.relation.MarkerKind;
import nl.leefwereld.method.relation.RelationMethod;
import nl.leefwereld.method.relation.model.RelationPackage;
import nl.leefwereld.model.Code;
import nl.leefwereld.model.Codebook;
import nl.leefwereld.model.ModelPackage;

/** The method as the platform sees it: registry, codebook, analyzers, command, EMF package. */
public class RelationMethodTest {

    @Test
    public void methodCodebookAnalyzersAndCommandAreRegistered() throws Exception {
        MethodRegistry registry = new MethodRegistry(RegistryFactory.getRegistry());
        assertTrue(registry.problems().isEmpty(), registry.problems().toString());
        MethodDescriptor m = registry.method(RelationMethod.METHOD_ID);
        assertNotNull(m, "installed: " + registry.methodIds());
        assertTrue(m.source().contains("Berg"), m.source());
        assertEquals(List.of(RelationMethod.ANALYZER_MARKERS, RelationMethod.ANALYZER_TRAJECTORY),
                m.analyzers().stream().map(AnalyzerDescriptor::id).toList());
        assertEquals(AnalyzerDescriptor.Scope.MANY, registry.analyzer(RelationMethod.ANALYZER_TRAJECTORY).scope());

        Codebook codebook = m.loadCodebook();
        Set<String> ids = new HashSet<>();
        collect(codebook.getCodes(), ids);
        for (MarkerKind k : MarkerKind.values()) {
            assertTrue(ids.contains(k.codeId()), "code of " + k + " is in relation.qdc");
        }

        List<CliCommandDescriptor> commands = CliCommandRegistry.read(RegistryFactory.getRegistry(), null);
        assertTrue(commands.stream().anyMatch(c -> c.name().equals("relation")
                && c.contributor().equals("nl.leefwereld.method.relation")), commands.toString());
    }

    @Test
    public void theModelExtendsTheCoreAssessmentAndIsRegistered() {
        assertTrue(EPackage.Registry.INSTANCE.containsKey(RelationPackage.eNS_URI));
        assertTrue(RelationPackage.Literals.RELATION_ASSESSMENT.getESuperTypes().contains(ModelPackage.Literals.ASSESSMENT));
        assertEquals(ModelPackage.Literals.UTTERANCE, RelationPackage.Literals.QUESTION_ANSWER__EVIDENCE.getEType());
    }

    private static void collect(List<Code> codes, Set<String> ids) {
        for (Code c : codes) {
            ids.add(c.getId());
            collect(c.getCodes(), ids);
        }
    }
}
