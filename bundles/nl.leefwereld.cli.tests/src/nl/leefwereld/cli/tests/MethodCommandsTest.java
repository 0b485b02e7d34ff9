// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import nl.leefwereld.method.example.ExampleMethod;
import nl.leefwereld.model.Annotation;
import nl.leefwereld.model.AnnotationOrigin;
import nl.leefwereld.model.Conversation;
import nl.leefwereld.model.ModelFactory;
import nl.leefwereld.store.ConversationStore;
import nl.leefwereld.store.Stores;
import nl.leefwereld.testsupport.CliRun;
import nl.leefwereld.testsupport.CliTestBase;

/**
 * {@code methods}, {@code analyze} and {@code agreement} in-process on a real Derby database, with the example
 * method bundle {@code nl.leefwereld.method.example} installed (this fragment requires it, so it is in the test
 * runtime like it is in a product that has the method's feature).
 */
public class MethodCommandsTest extends CliTestBase {

    private static final String OPEN_QUESTION = ExampleMethod.CODE_OPEN_QUESTION;
    private static final String REFLECTION = ExampleMethod.CODE_REFLECTION;

    private String importConversation() throws Exception {
        Path file = dir.resolve("gesprek.txt");
        Files.writeString(file, """
                # Titel: Vervolggesprek
                # Professional: Klantmanager
                [00:00:03] Klantmanager: Fijn je weer te zien. Hoe gaat het sinds de vorige keer?
                [00:00:10] Sanne: Beter. Wat moet ik nu doen?
                [00:00:19] Klantmanager: Heb je de brief gekregen?
                [00:00:24] Sanne: Ja.
                [00:00:29] Klantmanager: Je hebt het zelf geregeld. Wat maakte dat je toch bent gekomen?
                """, StandardCharsets.UTF_8);
        CliRun imported = run("import", file.toString());
        assertEquals(0, imported.code(), imported.err());
        Matcher m = Pattern.compile("([0-9a-f]{8}-[0-9a-f-]{27})").matcher(imported.out());
        assertTrue(m.find(), imported.out());
        return m.group(1);
    }

    @Test
    public void methodsListsTheExampleMethodWithItsSource() {
        CliRun text = run("methods");
        assertEquals(0, text.code(), text.err());
        assertTrue(text.out().contains("luisteren"), text.out());
        assertTrue(text.out().contains("Miller, W.R. & Rollnick, S. (2013)"), text.out());
        assertTrue(text.out().contains("codebook/luisteren.qdc (3 codes)"), text.out());
        assertTrue(text.out().contains("luisteren.openQuestions"), text.out());
        assertTrue(text.out().contains("nl.leefwereld.method.example"), text.out());

        CliRun json = run("--format", "json", "methods");
        assertEquals(0, json.code(), json.err());
        assertTrue(json.out().trim().startsWith("[") && json.out().trim().endsWith("]"), json.out());
        assertTrue(json.out().contains("\"id\": \"luisteren\""), json.out());
        assertTrue(json.out().contains("\"label\": \"Reflectie\""), json.out());
        assertTrue(json.out().contains("\"colour\": \"#2E7D32\""), json.out());
        assertTrue(json.out().contains("\"scope\": \"conversation\""), json.out());
    }

    @Test
    public void analyzePrintsSuggestionsWithReasonsAndSavesThemOnRequest() throws Exception {
        String id = importConversation();
        CliRun text = run("analyze", "--method", "luisteren", id);
        assertEquals(0, text.code(), text.err());
        assertTrue(text.out().contains("\"Hoe gaat het sinds de vorige keer?\""), text.out());
        assertTrue(text.out().contains("\"Wat maakte dat je toch bent gekomen?\""), text.out());
        assertTrue(!text.out().contains("Wat moet ik nu doen"), "the client's question is not suggested: " + text.out());
        assertTrue(text.out().contains("Open vraag"), "the code's label from the codebook: " + text.out());
        assertTrue(text.out().contains("'hoe'") && text.out().contains("'wat'"), "the reasons: " + text.out());

        CliRun json = run("analyze", "--method", "luisteren", "--format", "json", "all");
        assertEquals(0, json.code(), json.err());
        assertTrue(json.out().contains("\"conversations\": [\"" + id + "\"]") || json.out().contains("\"" + id + "\""), json.out());
        assertTrue(json.out().contains("\"codeId\": \"" + OPEN_QUESTION + "\""), json.out());
        assertTrue(json.out().contains("\"text\": \"Hoe gaat het sinds de vorige keer?\""), json.out());
        assertTrue(json.out().contains("\"severity\": \"info\""), json.out());

        for (int i = 0; i < 2; i++) { // twice: the second run replaces the first run's suggestions
            CliRun save = run("analyze", "--method", "luisteren", "--save", id);
            assertEquals(0, save.code(), save.err());
        }
        try (ConversationStore store = Stores.openEmbedded(dir.resolve("db"))) {
            Conversation c = store.loadConversation(id);
            assertEquals(2, c.getAnnotations().size());
            for (Annotation a : c.getAnnotations()) {
                assertEquals(AnnotationOrigin.SUGGESTED, a.getOrigin());
                assertEquals("luisteren.openQuestions", a.getCoder());
                assertTrue(a.getReason() != null && !a.getReason().isBlank());
            }
        }
    }

    @Test
    public void analyzeSaveDoesNotSuggestAgainWhatAPersonAccepted() throws Exception {
        String id = importConversation();
        CliRun first = run("analyze", "--method", "luisteren", "--save", id);
        assertEquals(0, first.code(), first.err());
        try (ConversationStore store = Stores.openEmbedded(dir.resolve("db"))) {
            Conversation c = store.loadConversation(id);
            assertEquals(2, c.getAnnotations().size());
            nl.leefwereld.core.coding.Annotations.accept(c.getAnnotations().get(0), "anna");
            store.saveConversation(c);
        }
        CliRun again = run("analyze", "--method", "luisteren", "--save", id);
        assertEquals(0, again.code(), again.err());
        try (ConversationStore store = Stores.openEmbedded(dir.resolve("db"))) {
            Conversation c = store.loadConversation(id);
            assertEquals(2, c.getAnnotations().size(), "the accepted code and the one open suggestion, no copy");
            assertEquals(1, c.getAnnotations().stream().filter(a -> a.getOrigin() == AnnotationOrigin.ACCEPTED).count());
            assertEquals(1, c.getAnnotations().stream().filter(a -> a.getOrigin() == AnnotationOrigin.SUGGESTED).count());
        }
    }

    @Test
    public void unknownMethodGivesExitCodeOneAndTheInstalledMethods() throws Exception {
        CliRun r = run("analyze", "--method", "bestaat-niet", "all");
        assertEquals(1, r.code());
        assertTrue(r.err().contains("bestaat-niet") && r.err().contains("luisteren"), r.err());
        CliRun missing = run("analyze", "all");
        assertEquals(1, missing.code());
        CliRun agreement = run("agreement", "x", "--coders", "a,b", "--method", "bestaat-niet");
        assertEquals(1, agreement.code());
        assertTrue(agreement.err().contains("luisteren"), agreement.err());
    }

    @Test
    public void agreementPerCodeCountedPerUtterance() throws Exception {
        String id = importConversation();
        try (ConversationStore store = Stores.openEmbedded(dir.resolve("db"))) {
            Conversation c = store.loadConversation(id);
            // open question: anna on 0, 2, 4 ; bert on 0, 4  -> a=2 b=1 c=0 d=2: po=0.8, pe=(3*2+2*3)/25=0.48, kappa=0.32/0.52
            code(c, 0, "anna", OPEN_QUESTION);
            code(c, 2, "anna", OPEN_QUESTION);
            code(c, 4, "anna", OPEN_QUESTION);
            code(c, 0, "bert", OPEN_QUESTION);
            code(c, 4, "bert", OPEN_QUESTION);
            store.saveConversation(c);
        }
        CliRun text = run("agreement", id, "--coders", "anna,bert", "--method", "luisteren");
        assertEquals(0, text.code(), text.err());
        assertTrue(text.out().contains("80.0%"), text.out());
        assertTrue(text.out().contains(String.format(java.util.Locale.ROOT, "%.2f", 0.32 / 0.52)), text.out());
        assertTrue(text.out().contains("Reflectie"), "unused codes of the codebook are listed: " + text.out());
        assertTrue(text.out().contains("n/a") || text.out().contains("n.v.t."), text.out());

        CliRun json = run("--format", "json", "agreement", id, "--coders", "anna,bert", "--method", "luisteren");
        assertEquals(0, json.code(), json.err());
        assertTrue(json.out().contains("\"percentAgreement\": 0.8"), json.out());
        assertTrue(json.out().contains("\"kappa\": 0.6154"), json.out());
        assertTrue(json.out().contains("\"codeId\": \"" + REFLECTION + "\""), json.out());
        assertTrue(json.out().contains("\"kappa\": null"), json.out());

        CliRun bad = run("agreement", id, "--coders", "anna");
        assertEquals(1, bad.code());
    }

    private static void code(Conversation c, int utterance, String coder, String codeId) {
        Annotation a = ModelFactory.eINSTANCE.createAnnotation();
        a.setId(UUID.randomUUID().toString());
        a.setUtterance(c.getUtterances().get(utterance));
        a.setMethodId("luisteren");
        a.setCodeId(codeId);
        a.setCoder(coder);
        a.setOrigin(AnnotationOrigin.MANUAL);
        c.getAnnotations().add(a);
    }
}
