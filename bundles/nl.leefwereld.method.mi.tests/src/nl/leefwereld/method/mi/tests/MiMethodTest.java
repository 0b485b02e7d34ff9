// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.method.mi.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.RegistryFactory;
import org.junit.jupiter.api.Test;

import nl.leefwereld.core.cli.CliCommandDescriptor;
import nl.leefwereld.core.cli.CliCommandRegistry;
import nl.leefwereld.core.format.FormatRegistry;
import nl.leefwereld.core.method.AnalyzerDescriptor;
import nl.leefwereld.core.method.MethodDescriptor;
import nl.leefwereld.core.method.MethodRegistry;
import nl.leefwereld.method.mi.MiCode;
import nl.leefwereld.method.mi.MiMethod;
import nl.leefwereld.method.mi.MiSuggestionAnalyzer;
import nl.leefwereld.method.mi.cli.MiCommand;
import nl.leefwereld.method.mi.csv.MiCsvImporter;
import nl.leefwereld.model.Code;
import nl.leefwereld.model.Codebook;

/** The method as the platform sees it: method, codebook, analyzer, importer and command line, via the registry. */
public class MiMethodTest {

    private static void collect(List<Code> codes, List<Code> into) {
        for (Code c : codes) {
            into.add(c);
            collect(c.getCodes(), into);
        }
    }

    @Test
    public void theCodebookHoldsTheTenMitiCodesAndClientLanguageWithDutchLabels() throws Exception {
        MethodRegistry registry = new MethodRegistry(RegistryFactory.getRegistry());
        MethodDescriptor m = registry.method(MiMethod.METHOD_ID);
        assertNotNull(m, "installed: " + registry.methodIds());
        assertTrue(registry.problems().stream().noneMatch(p -> p.contains("nl.leefwereld.method.mi")),
                registry.problems().toString());
        assertTrue(m.source().contains("Moyers"), m.source());
        Codebook codebook = m.loadCodebook();
        assertEquals(List.of("Informatie geven", "Overtuigen", "Overtuigen met toestemming", "Vraag",
                "Enkelvoudige reflectie", "Complexe reflectie", "Bevestigen", "Samenwerking zoeken",
                "Autonomie benadrukken", "Confronteren", "Verandertaal", "Behoudtaal", "Neutrale taal"),
                codebook.getCodes().stream().map(Code::getLabel).toList());
        List<Code> all = new ArrayList<>();
        collect(codebook.getCodes(), all);
        assertEquals(MiCode.values().length, all.size());
        for (MiCode code : MiCode.values()) {
            assertTrue(all.stream().anyMatch(c -> c.getId().equals(code.guid())), "in the .qdc: " + code);
        }
        assertTrue(all.stream().allMatch(c -> c.getDescription() != null && !c.getDescription().isBlank()));
        // the shortcuts of the issue
        assertEquals(MiCode.QUESTION, MiCode.byKey('v'));
        assertEquals(MiCode.SIMPLE_REFLECTION, MiCode.byKey('E'));
        assertEquals(MiCode.COMPLEX_REFLECTION, MiCode.byKey('c'));
        long keys = java.util.Arrays.stream(MiCode.values()).filter(c -> c.key() != '\0').map(MiCode::key).distinct().count();
        assertEquals(13, keys, "every top-level code has its own key");
    }

    @Test
    public void analyzerImporterAndCommandAreContributed() {
        MethodRegistry registry = new MethodRegistry(RegistryFactory.getRegistry());
        AnalyzerDescriptor d = registry.analyzer(MiMethod.ANALYZER_SUGGESTIONS);
        assertNotNull(d);
        assertEquals(AnalyzerDescriptor.Scope.CONVERSATION, d.scope());
        assertTrue(d.create() instanceof MiSuggestionAnalyzer);

        FormatRegistry formats = new FormatRegistry(RegistryFactory.getRegistry());
        assertTrue(formats.importerFor(Path.of("annomi.csv")).create() instanceof MiCsvImporter);

        ByteArrayOutputStream warnings = new ByteArrayOutputStream();
        List<CliCommandDescriptor> commands = CliCommandRegistry.read(RegistryFactory.getRegistry(),
                new PrintStream(warnings, true, StandardCharsets.UTF_8));
        CliCommandDescriptor mi = commands.stream().filter(c -> c.name().equals("mi")).findFirst().orElse(null);
        assertNotNull(mi, commands.toString());
        assertTrue(mi.create() instanceof MiCommand);
        assertEquals("", warnings.toString(StandardCharsets.UTF_8).lines()
                .filter(l -> l.contains("nl.leefwereld.method.mi")).reduce("", String::concat));
    }
}
