// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.ContributorFactorySimple;
import org.eclipse.core.runtime.IContributor;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.RegistryFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.leefwereld.core.format.ConversationImporter;
import nl.leefwereld.core.format.FormatDescriptor;
import nl.leefwereld.core.format.FormatRegistry;
import nl.leefwereld.core.method.AnalyzerDescriptor;
import nl.leefwereld.core.method.MethodDescriptor;
import nl.leefwereld.core.method.MethodRegistry;
import nl.leefwereld.model.Conversation;

/** The registries read real extension registries: a fresh one with contributions, and the platform's. */
public class MethodRegistryTest {

    @TempDir
    Path dir;

    private static final String POINTS = """
            <?xml version="1.0" encoding="UTF-8"?>
            <plugin>
               <extension-point id="methods" name="m"/>
               <extension-point id="analyzers" name="a"/>
            </plugin>
            """;

    private static final String CONTRIBUTIONS = """
            <?xml version="1.0" encoding="UTF-8"?>
            <plugin>
               <extension point="nl.leefwereld.core.methods">
                  <method id="mi" name="Motiverende gespreksvoering" description="Open vragen, reflecties"
                        source="Miller &amp; Rollnick (2013)" codebook="codebook/mi.qdc" icon="icons/mi.png"/>
                  <method id="blanco" name="Blanco luisteren"/>
                  <method id="mi" name="Tweede mi"/>
                  <method id="slecht id!" name="x"/>
               </extension>
               <extension point="nl.leefwereld.core.analyzers">
                  <analyzer id="mi.reflections" methodId="mi" name="Reflecties" class="x.Reflections"/>
                  <analyzer id="mi.trajectory" methodId="mi" name="Traject" class="x.Trajectory" scope="many"/>
                  <analyzer id="weg" methodId="onbekend" class="x.Y"/>
                  <analyzer id="raar" methodId="mi" class="x.Y" scope="alles"/>
               </extension>
            </plugin>
            """;

    private static void contribute(IExtensionRegistry registry, Object token, String name, String xml) {
        IContributor contributor = ContributorFactorySimple.createContributor(name);
        assertTrue(registry.addContribution(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), contributor,
                false, name, null, token), name);
    }

    @Test
    public void readsMethodsAndAnalyzersAndReportsBadContributions() {
        Object token = new Object();
        IExtensionRegistry registry = RegistryFactory.createRegistry(null, token, null);
        try {
            contribute(registry, token, "nl.leefwereld.core", POINTS);
            contribute(registry, token, "org.institute.mi", CONTRIBUTIONS);
            MethodRegistry methods = new MethodRegistry(registry);

            assertEquals(List.of("blanco", "mi"), methods.methodIds());
            MethodDescriptor mi = methods.method("mi");
            assertEquals("Motiverende gespreksvoering", mi.name());
            assertEquals("Miller & Rollnick (2013)", mi.source());
            assertEquals("codebook/mi.qdc", mi.codebookPath());
            assertEquals("icons/mi.png", mi.iconPath());
            assertEquals("org.institute.mi", mi.contributor());
            assertEquals(List.of("mi.reflections", "mi.trajectory"), mi.analyzers().stream().map(AnalyzerDescriptor::id).toList());
            assertEquals(AnalyzerDescriptor.Scope.CONVERSATION, methods.analyzer("mi.reflections").scope());
            assertEquals(AnalyzerDescriptor.Scope.MANY, methods.analyzer("mi.trajectory").scope());
            assertNull(methods.method("blanco").codebookPath());
            assertTrue(methods.method("blanco").analyzers().isEmpty());
            assertNull(methods.analyzer("weg"));

            List<String> problems = methods.problems();
            assertEquals(4, problems.size(), problems.toString());
            assertTrue(problems.stream().anyMatch(p -> p.contains("'mi'") && p.contains("org.institute.mi")), problems.toString());
            assertTrue(problems.stream().anyMatch(p -> p.contains("slecht id!")), problems.toString());
            assertTrue(problems.stream().anyMatch(p -> p.contains("'weg'") && p.contains("'onbekend'")), problems.toString());
            assertTrue(problems.stream().anyMatch(p -> p.contains("'alles'")), problems.toString());
        } finally {
            registry.stop(token);
        }
    }

    @Test
    public void anEmptyRegistryHasNoMethods() {
        MethodRegistry methods = new MethodRegistry(null);
        assertTrue(methods.methods().isEmpty());
        assertTrue(new MethodRegistry(RegistryFactory.getRegistry()).problems().isEmpty());
    }

    @Test
    public void theCoreRegistersItsImporterAndExportersThroughTheExtensionPoints() throws Exception {
        FormatRegistry formats = new FormatRegistry(RegistryFactory.getRegistry());
        assertTrue(formats.problems().isEmpty(), formats.problems().toString());
        FormatDescriptor<ConversationImporter> importer = formats.importerFor(Path.of("gesprek.TXT"));
        assertNotNull(importer, formats.importers().toString());
        assertEquals("nl.leefwereld.core.transcript", importer.id());
        assertEquals("nl.leefwereld.core.json", formats.exporterFor("json").id());
        assertEquals("nl.leefwereld.core.transcript", formats.exporterFor(".txt").id());
        assertNull(formats.exporterFor("docx"));

        Path file = dir.resolve("gesprek.txt");
        Files.writeString(file, "Klantmanager: Welkom. Hoe gaat het?\nSanne: Goed.\n", StandardCharsets.UTF_8);
        ConversationImporter.Result r = importer.create().read(file);
        assertTrue(!r.hasProblems(), r.problems().toString());
        Conversation c = r.conversation();
        assertEquals(2, c.getUtterances().size());

        ByteArrayOutputStream json = new ByteArrayOutputStream();
        formats.exporterFor("json").create().write(c, json);
        assertTrue(json.toString(StandardCharsets.UTF_8).contains("\"text\": \"Welkom. Hoe gaat het?\""));
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        formats.exporterFor("txt").create().write(c, text);
        assertTrue(text.toString(StandardCharsets.UTF_8).contains("Sanne: Goed."), text.toString(StandardCharsets.UTF_8));

        Path bad = dir.resolve("kapot.txt");
        Files.writeString(bad, "[00:00:05] zonder spreker\n", StandardCharsets.UTF_8);
        ConversationImporter.Result broken = importer.create().read(bad);
        assertTrue(broken.hasProblems());
        assertTrue(broken.problems().get(0).contains("kapot.txt"), broken.problems().toString());
    }
}
