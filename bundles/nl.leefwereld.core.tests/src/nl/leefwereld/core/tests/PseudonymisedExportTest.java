// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.leefwereld.core.io.TranscriptParser;
import nl.leefwereld.core.privacy.NameScrubber;
import nl.leefwereld.core.privacy.PseudonymKey;
import nl.leefwereld.core.privacy.PseudonymisedExport;
import nl.leefwereld.model.Annotation;
import nl.leefwereld.model.AnnotationOrigin;
import nl.leefwereld.model.Client;
import nl.leefwereld.model.ClientAttribute;
import nl.leefwereld.model.Conversation;
import nl.leefwereld.model.ModelFactory;
import nl.leefwereld.model.Note;
import nl.leefwereld.model.Trajectory;
import nl.leefwereld.store.ConversationStore;
import nl.leefwereld.store.Stores;

/**
 * The pseudonymised export on a real Derby store: no real name, display name, place or id of the input appears in
 * the output; pseudonyms are stable under one key and differ under another; the key never appears.
 */
public class PseudonymisedExportTest {

    /** Every name of a person or place in the input below; none may appear in an export. */
    private static final List<String> REAL = List.of("Sanne", "Vries", "Ellen", "Bakker", "Fatima", "Lombok",
            "Overvecht", "Vredenburg", "Henk", "Jeroen", "Mo", "Kanaleneiland", "Groot", "Amrani", "Youssef");

    private static final String TRANSCRIPT = """
            # Titel: Welkomstgesprek met Sanne de Vries
            # Soort: welkomstgesprek
            # Professional: Ellen Bakker
            # Client: Sanne de Vries
            [00:00:03] Ellen Bakker: Goedemorgen mevrouw De Vries, fijn dat u er bent. Mag ik Sanne zeggen?
            [00:00:09] Sanne de Vries: Ja hoor. Ik woon nu bij mijn zus Fatima in Lombok, vlak bij het Vredenburg.
            [00:00:21] Ellen Bakker: En hoe gaat het met uw zoon?
            [00:00:25] Sanne de Vries: Mo gaat naar school in Overvecht. Mijn buurman Henk helpt soms met de brieven.
              Henk is echt een schat.
            [00:00:40] Ellen Bakker: Fijn. SANNE, mag ik straks ook met Jeroen van het wijkteam bellen? Zeg het gerust als dat niet zo is.
            [00:00:52] Sanne de Vries: Dat is goed. Ellen, u mag ook de Voedselbank bellen, dat deed Jeroen vorig jaar ook.
            """;

    @TempDir
    Path dir;

    private ConversationStore store;
    private String conversationId;
    private String clientId;
    private final List<String> originalIds = new ArrayList<>();

    @BeforeEach
    public void fill() throws Exception {
        store = Stores.openEmbedded(dir.resolve("db"));
        ModelFactory f = ModelFactory.eINSTANCE;
        Client client = f.createClient();
        client.setId(UUID.randomUUID().toString());
        client.setDisplayName("Sanne de Vries");
        client.setPseudonym("S. de V.");
        client.getAttributes().add(attribute("leeftijdsgroep", "30-40"));
        client.getAttributes().add(attribute("wijk", "Kanaleneiland"));
        client.getAttributes().add(attribute("huishouden", "alleenstaand met kind"));
        Trajectory t = f.createTrajectory();
        t.setId(UUID.randomUUID().toString());
        t.setTitle("Schuldhulp Sanne");
        t.setChangeGoal("Sanne wil rust in haar hoofd en de brieven van de Belastingdienst zelf kunnen lezen.");
        client.getTrajectories().add(t);
        store.saveClient(client);

        Conversation c = new TranscriptParser().parse(TRANSCRIPT).conversation();
        c.setDate(new Date(1_757_318_400_000L));
        c.setTrajectory(t);
        Note note = f.createNote();
        note.setId(UUID.randomUUID().toString());
        note.setAuthor("Ellen Bakker");
        note.setText("Terugbellen met Sanne; haar ex, meneer Amrani, woont ook in Kanaleneiland.");
        c.getNotes().add(note);
        Annotation a = f.createAnnotation();
        a.setId(UUID.randomUUID().toString());
        a.setUtterance(c.getUtterances().get(1));
        a.setMethodId("mi");
        a.setCodeId("verandertaal");
        a.setCoder("Ellen Bakker");
        a.setOrigin(AnnotationOrigin.SUGGESTED);
        a.setReason("woorden: 'bij mijn zus Fatima'");
        c.getAnnotations().add(a);
        store.saveConversation(c);
        conversationId = c.getId();
        clientId = client.getId();
        originalIds.addAll(List.of(clientId, t.getId(), conversationId, note.getId(), a.getId()));
        c.getUtterances().forEach(u -> originalIds.add(u.getId()));
        c.getParticipants().forEach(p -> originalIds.add(p.getId()));

        // a second client, not exported when only the first conversation is, whose name must not leak either
        Client other = f.createClient();
        other.setId(UUID.randomUUID().toString());
        other.setDisplayName("Youssef el Groot");
        store.saveClient(other);
    }

    @org.junit.jupiter.api.AfterEach
    public void close() {
        store.close();
    }

    private static ClientAttribute attribute(String name, String value) {
        ClientAttribute a = ModelFactory.eINSTANCE.createClientAttribute();
        a.setName(name);
        a.setValue(value);
        return a;
    }

    private static PseudonymisedExport.Result export(ConversationStore store, PseudonymKey key, List<String> names,
            List<String> ids, StringBuilder out) throws Exception {
        return new PseudonymisedExport(key, names).write(store, ids, out);
    }

    private static void assertNoRealName(String out) {
        for (String name : REAL) {
            assertFalse(Pattern.compile("(?<![\\p{L}])" + Pattern.quote(name) + "(?![\\p{L}])",
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(out).find(), name + " leaked:\n" + out);
        }
    }

    @Test
    public void noRealNamePlaceOrIdAppearsInTheExport() throws Exception {
        PseudonymKey key = PseudonymKey.random();
        StringBuilder out = new StringBuilder();
        PseudonymisedExport.Result result = export(store, key, List.of("Lombok", "Mo"), null, out);
        String json = out.toString();
        System.out.println("Pseudonymised export (extract):\n" + json.substring(0, Math.min(3000, json.length())));
        assertNoRealName(json);
        for (String id : originalIds) {
            assertFalse(json.contains(id), "original id " + id + " leaked");
        }
        assertFalse(json.contains("S. de V."), "the client's own pseudonym field is left out");

        @SuppressWarnings("unchecked")
        Map<String, Object> doc = (Map<String, Object>) MiniJson.parse(json);
        assertEquals(PseudonymisedExport.FORMAT, doc.get("format"));
        List<?> clients = (List<?>) doc.get("clients");
        assertEquals(2, clients.size(), "all clients when exporting all");
        assertEquals(2, result.clients());
        List<?> conversations = (List<?>) doc.get("conversations");
        assertEquals(1, conversations.size());
        @SuppressWarnings("unchecked")
        Map<String, Object> conv = (Map<String, Object>) conversations.get(0);
        List<?> utterances = (List<?>) conv.get("utterances");
        assertEquals(6, utterances.size());
        @SuppressWarnings("unchecked")
        Map<String, Object> second = (Map<String, Object>) utterances.get(1);
        String sanne = new NameScrubber(key).personPseudonym("Sanne de Vries");
        assertEquals(sanne, second.get("speaker"), "speaker names are person pseudonyms");
        assertTrue(((String) ((Map<?, ?>) utterances.get(0)).get("text")).contains("[" + sanne + "]"),
                "the first name of a known person becomes that person's pseudonym: " + utterances.get(0));
        assertTrue(((String) second.get("text")).startsWith("Ja hoor. Ik woon nu bij mijn zus [naam-"),
                "ordinary words stay: " + second.get("text"));
        // client attributes are exported; a place in them is replaced
        @SuppressWarnings("unchecked")
        Map<String, Object> first = (Map<String, Object>) clients.stream()
                .filter(c -> ((Map<?, ?>) ((Map<?, ?>) c).get("attributes")).containsKey("leeftijdsgroep")).findFirst().orElseThrow();
        Map<?, ?> attributes = (Map<?, ?>) first.get("attributes");
        assertEquals("30-40", attributes.get("leeftijdsgroep"));
        assertEquals("alleenstaand met kind", attributes.get("huishouden"));
        assertTrue(((String) attributes.get("wijk")).matches("\\[naam-[0-9a-f]{8}\\]"), attributes.toString());
        assertEquals(((Map<?, ?>) conv.get("client")).get("id"), first.get("id"),
                "the client pseudonym links the client list and the conversation");

        // the report names what the heuristic replaced, so a person can check it
        Map<NameScrubber.Source, Set<String>> report = result.replacements().stream().collect(Collectors
                .groupingBy(NameScrubber.Replacement::source, Collectors.mapping(NameScrubber.Replacement::original, Collectors.toSet())));
        System.out.println("Replacement report: " + report);
        assertTrue(report.get(NameScrubber.Source.HEURISTIC).containsAll(List.of("Overvecht", "Vredenburg", "Henk", "Jeroen", "Fatima")),
                report.toString());
        assertTrue(report.get(NameScrubber.Source.LIST).containsAll(List.of("Lombok", "Mo")), report.toString());
        assertTrue(report.get(NameScrubber.Source.KNOWN).contains("Sanne"), report.toString());
        assertFalse(report.get(NameScrubber.Source.HEURISTIC).contains("Ik"), "common words are not replaced");

        Conversation stored = store.loadConversation(conversationId);
        assertTrue(stored.getUtterances().get(1).getText().contains("Fatima in Lombok"), "the store is only read");
        assertEquals("Ellen Bakker", stored.getUtterances().get(0).getSpeaker().getName());
    }

    @Test
    public void sameKeyGivesTheSamePseudonymsAndAnotherKeyOtherOnes() throws Exception {
        PseudonymKey key = PseudonymKey.of(HexFormat.of().parseHex("00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff"));
        StringBuilder a = new StringBuilder();
        StringBuilder b = new StringBuilder();
        StringBuilder c = new StringBuilder();
        export(store, key, List.of("Lombok", "Mo"), List.of(conversationId), a);
        export(store, PseudonymKey.of(key.bytes()), List.of("Lombok", "Mo"), List.of(conversationId), b);
        export(store, PseudonymKey.random(), List.of("Lombok", "Mo"), List.of(conversationId), c);
        assertEquals(a.toString(), b.toString(), "the same key gives the same export");
        Map<?, ?> clientA = (Map<?, ?>) ((List<?>) ((Map<?, ?>) MiniJson.parse(a.toString())).get("clients")).get(0);
        Map<?, ?> clientC = (Map<?, ?>) ((List<?>) ((Map<?, ?>) MiniJson.parse(c.toString())).get("clients")).get(0);
        assertNotEquals(clientA.get("id"), clientC.get("id"), "another key gives another client pseudonym");
        assertNotEquals(clientA.get("displayName"), clientC.get("displayName"));
        assertEquals(new PseudonymisedExport(key, List.of()).idPseudonym(clientId), clientA.get("id"));
        assertEquals(1, ((List<?>) ((Map<?, ?>) MiniJson.parse(a.toString())).get("clients")).size(),
                "only the client of the exported conversation");
        assertNoRealName(a.toString());
    }

    @Test
    public void theKeyNeverAppearsInTheExport() throws Exception {
        Path keyFile = dir.resolve("sleutel.key");
        PseudonymKey key = PseudonymKey.create(keyFile);
        Path out = dir.resolve("export.json");
        new PseudonymisedExport(PseudonymKey.load(keyFile), List.of()).write(store, null, out, keyFile);
        String json = Files.readString(out, StandardCharsets.UTF_8);
        byte[] bytes = key.bytes();
        assertFalse(json.contains(Base64.getEncoder().encodeToString(bytes)));
        assertFalse(json.toLowerCase().contains(HexFormat.of().formatHex(bytes)));
        assertFalse(json.contains(Base64.getEncoder().encodeToString(bytes).substring(0, 16)), "not even a part of it");
        assertTrue(json.contains(key.fingerprint()), "only its fingerprint");
        assertFalse(key.toString().contains(Base64.getEncoder().encodeToString(bytes)));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new PseudonymisedExport(key, List.of()).write(store, null, keyFile, keyFile));
        assertTrue(e.getMessage().contains(keyFile.getFileName().toString()), e.getMessage());
        assertEquals(key, PseudonymKey.load(keyFile), "the key file is untouched");
    }

    @Test
    public void unknownConversationIsAClearErrorAndWritesNothing() throws Exception {
        Path out = dir.resolve("export.json");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new PseudonymisedExport(
                PseudonymKey.random(), List.of()).write(store, List.of("bestaat-niet"), out, null));
        assertTrue(e.getMessage().contains("bestaat-niet"), e.getMessage());
        assertFalse(Files.exists(out));
        try (var files = Files.list(dir)) {
            assertTrue(files.noneMatch(p -> p.getFileName().toString().endsWith(".tmp")), "no temporary file left");
        }
    }

    @Test
    public void keyFileIsCreatedOnceReadBackAndPrivate() throws Exception {
        Path keyFile = dir.resolve("sleutels").resolve("project.key");
        PseudonymKey created = PseudonymKey.create(keyFile);
        assertEquals(created, PseudonymKey.load(keyFile));
        java.io.IOException again = assertThrows(java.io.IOException.class, () -> PseudonymKey.create(keyFile));
        assertTrue(again.getMessage().contains("project.key"), again.getMessage());
        assertEquals(created, PseudonymKey.load(keyFile), "an existing key is never overwritten");
        if (Files.getFileStore(keyFile).supportsFileAttributeView("posix")) {
            assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile)));
        }
        Path missing = dir.resolve("geen.key");
        java.io.IOException m = assertThrows(java.io.IOException.class, () -> PseudonymKey.load(missing));
        assertTrue(m.getMessage().contains("geen.key") && m.getMessage().contains("key new"), m.getMessage());
        Path bad = dir.resolve("kapot.key");
        Files.writeString(bad, "# commentaar\nditisgeensleutel\n");
        java.io.IOException b = assertThrows(java.io.IOException.class, () -> PseudonymKey.load(bad));
        assertTrue(b.getMessage().contains("kapot.key"), b.getMessage());
        assertNull(null);
    }
}
