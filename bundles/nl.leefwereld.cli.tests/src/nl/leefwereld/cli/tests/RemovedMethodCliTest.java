// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.core.runtime.RegistryFactory;
import org.junit.jupiter.api.Test;

import nl.leefwereld.core.method.MethodRegistry;
import nl.leefwereld.model.Annotation;
import nl.leefwereld.model.AnnotationOrigin;
import nl.leefwereld.model.Conversation;
import nl.leefwereld.model.ModelFactory;
import nl.leefwereld.store.ConversationStore;
import nl.leefwereld.store.Stores;
import nl.leefwereld.testsupport.CliRun;
import nl.leefwereld.testsupport.CliTestBase;

/**
 * A conversation coded with a method that is no longer installed ({@code verwijderd.method}) still works on the
 * command line: {@code show} prints it, {@code show --format json} and {@code export} keep its annotations with
 * their raw method and code ids, and {@code analyze --save} of the installed example method leaves them alone.
 */
public class RemovedMethodCliTest extends CliTestBase {

    private static final String REMOVED = "verwijderd.method";

    private String importCodedConversation() throws Exception {
        Path file = dir.resolve("gesprek.txt");
        Files.writeString(file, """
                # Titel: Vervolggesprek
                # Professional: Klantmanager
                [00:00:03] Klantmanager: Hoe gaat het sinds de vorige keer?
                [00:00:10] Sanne: Beter, de schulden zijn geregeld.
                [00:00:19] Klantmanager: Je hebt het zelf geregeld.
                """, StandardCharsets.UTF_8);
        CliRun imported = run("import", file.toString());
        assertEquals(0, imported.code(), imported.err());
        Matcher m = Pattern.compile("([0-9a-f]{8}-[0-9a-f-]{27})").matcher(imported.out());
        assertTrue(m.find(), imported.out());
        String id = m.group(1);
        try (ConversationStore store = Stores.openEmbedded(dir.resolve("db"))) {
            Conversation c = store.loadConversation(id);
            c.getAnnotations().add(annotation("removed-1", c, 0, "X1", "anna", AnnotationOrigin.MANUAL));
            c.getAnnotations().add(annotation("removed-2", c, 1, "X2", "verwijderd.analyse", AnnotationOrigin.SUGGESTED));
            store.saveConversation(c);
        }
        return id;
    }

    @Test
    public void showExportAndAnalyzeKeepAnnotationsOfAnUninstalledMethod() throws Exception {
        assertNull(new MethodRegistry(RegistryFactory.getRegistry()).method(REMOVED), "the method is not installed");
        String id = importCodedConversation();

        CliRun show = run("show", id);
        assertEquals(0, show.code(), show.err());
        assertTrue(show.out().contains("[00:00:03] Klantmanager: Hoe gaat het sinds de vorige keer?"), show.out());

        for (CliRun json : List.of(run("show", "--format", "json", id), run("--format", "json", "show", id),
                run("export", id, "--format", "json"))) {
            assertEquals(0, json.code(), json.err());
            assertTrue(json.out().contains("\"methodId\": \"" + REMOVED + "\""), json.out());
            assertTrue(json.out().contains("\"codeId\": \"X1\""), json.out());
            assertTrue(json.out().contains("\"codeId\": \"X2\""), json.out());
            assertTrue(json.out().contains("\"coder\": \"verwijderd.analyse\""), json.out());
        }
        Path file = dir.resolve("export.json");
        CliRun toFile = run("export", id, "--out", file.toString());
        assertEquals(0, toFile.code(), toFile.err());
        assertTrue(Files.readString(file, StandardCharsets.UTF_8).contains("\"codeId\": \"X1\""));

        // the installed example method analyses and saves its suggestions; the removed method's codes stay
        CliRun analyze = run("analyze", "--method", "luisteren", "--save", id);
        assertEquals(0, analyze.code(), analyze.err());
        try (ConversationStore store = Stores.openEmbedded(dir.resolve("db"))) {
            Conversation c = store.loadConversation(id);
            Map<String, String> removed = new TreeMap<>();
            int suggestions = 0;
            for (Annotation a : c.getAnnotations()) {
                if (REMOVED.equals(a.getMethodId())) {
                    removed.put(a.getId(), a.getCodeId() + '|' + a.getCoder() + '|' + a.getOrigin().getName()
                            + '|' + c.getUtterances().indexOf(a.getUtterance()));
                } else if ("luisteren".equals(a.getMethodId())) {
                    suggestions++;
                }
            }
            assertEquals(Map.of("removed-1", "X1|anna|MANUAL|0", "removed-2", "X2|verwijderd.analyse|SUGGESTED|1"), removed);
            assertEquals(1, suggestions, "one open question suggested: " + c.getAnnotations());
        }
    }

    private static Annotation annotation(String id, Conversation c, int utterance, String codeId, String coder,
            AnnotationOrigin origin) {
        Annotation a = ModelFactory.eINSTANCE.createAnnotation();
        a.setId(id);
        a.setUtterance(c.getUtterances().get(utterance));
        a.setMethodId(REMOVED);
        a.setCodeId(codeId);
        a.setCoder(coder);
        a.setOrigin(origin);
        return a;
    }
}
