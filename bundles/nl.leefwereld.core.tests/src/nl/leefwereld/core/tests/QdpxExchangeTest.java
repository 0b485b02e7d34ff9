// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;

import org.eclipse.core.runtime.RegistryFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.leefwereld.core.exchange.FileImport;
import nl.leefwereld.core.exchange.QdpxExport;
import nl.leefwereld.core.exchange.QdpxReader;
import nl.leefwereld.core.format.FormatRegistry;
import nl.leefwereld.core.io.TranscriptImporter.Target;
import nl.leefwereld.model.Annotation;
import nl.leefwereld.model.AnnotationOrigin;
import nl.leefwereld.model.Client;
import nl.leefwereld.model.ClientAttribute;
import nl.leefwereld.model.Conversation;
import nl.leefwereld.model.ConversationKind;
import nl.leefwereld.model.ModelFactory;
import nl.leefwereld.model.Note;
import nl.leefwereld.model.Participant;
import nl.leefwereld.model.ParticipantRole;
import nl.leefwereld.model.Trajectory;
import nl.leefwereld.model.Utterance;
import nl.leefwereld.store.AuditAction;
import nl.leefwereld.store.CodebookEntry;
import nl.leefwereld.store.ConversationStore;
import nl.leefwereld.store.Stores;

/**
 * REFI-QDA projects: every export validates against REFI-QDA's Project.xsd (MIT, a copy with its notice beside this
 * test), a round trip export, import, export gives the same project, projects of other tools are read, hostile
 * archives are refused and leave the database as it was.
 */
public class QdpxExchangeTest {

    @TempDir
    Path dir;

    static void validate(Path qdpx) throws Exception {
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        Schema schema;
        try (InputStream xsd = QdpxExchangeTest.class.getResourceAsStream("exchange/Project.xsd")) {
            schema = factory.newSchema(new StreamSource(xsd));
        }
        schema.newValidator().validate(new StreamSource(new ByteArrayInputStream(entries(qdpx).get("project.qde"))));
    }

    static Map<String, byte[]> entries(Path zip) throws IOException {
        Map<String, byte[]> result = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                result.put(e.getName(), in.readAllBytes());
            }
        }
        return result;
    }

    /** Two clients with attributes, three conversations with codes on whole utterances and spans, memos, notes. */
    static void fill(ConversationStore store, int clients, int conversationsPerClient) {
        ModelFactory f = ModelFactory.eINSTANCE;
        for (int k = 0; k < clients; k++) {
            Client client = f.createClient();
            client.setId(UUID.randomUUID().toString());
            client.setDisplayName(k == 0 ? "Mevrouw El Amrani" : "Cli\u00EBnt " + (k + 1));
            ClientAttribute a = f.createClientAttribute();
            a.setName("wijk");
            a.setValue(k % 2 == 0 ? "Noord" : "Zuid");
            client.getAttributes().add(a);
            ClientAttribute b = f.createClientAttribute();
            b.setName("huishouden");
            b.setValue("alleenstaand met kinderen");
            client.getAttributes().add(b);
            Trajectory t = f.createTrajectory();
            t.setId(UUID.randomUUID().toString());
            t.setTitle("Schuldhulp");
            t.setStartDate(new Date(1_700_000_000_000L));
            client.getTrajectories().add(t);
            Note clientNote = f.createNote();
            clientNote.setId(UUID.randomUUID().toString());
            clientNote.setText("Dossiernotitie " + (k + 1) + ": woont sinds 2019 in de wijk, twee kinderen op de basisschool.");
            clientNote.setAuthor("Sanne");
            clientNote.setCreated(new Date(1_699_000_000_000L));
            client.getNotes().add(clientNote);
            store.saveClient(client);
            List<Conversation> list = new ArrayList<>();
            for (int n = 0; n < conversationsPerClient; n++) {
                Conversation c = f.createConversation();
                c.setId(UUID.randomUUID().toString());
                c.setTitle("Gesprek " + (n + 1) + " met " + client.getDisplayName());
                c.setKind(n == 0 ? ConversationKind.WELCOME : ConversationKind.FOLLOW_UP);
                c.setDate(new Date(1_700_000_000_000L + n * 86_400_000L));
                Participant pro = f.createParticipant();
                pro.setId(UUID.randomUUID().toString());
                pro.setName("Klantmanager Sanne");
                pro.setRole(ParticipantRole.PROFESSIONAL);
                Participant cl = f.createParticipant();
                cl.setId(UUID.randomUUID().toString());
                cl.setName("Mw. El Amrani");
                cl.setRole(ParticipantRole.CLIENT);
                c.getParticipants().add(pro);
                c.getParticipants().add(cl);
                String[] texts = { "Wat wilt u vandaag bespreken?", "De aanmaningen. Ik word er gek van.\nEcht waar.",
                        "U maakt zich veel zorgen \u2013 dat hoor ik.", "Ja. Ik wil gewoon weer rust \uD83D\uDE4F." };
                for (int i = 0; i < texts.length; i++) {
                    Utterance u = f.createUtterance();
                    u.setId(UUID.randomUUID().toString());
                    u.setSpeaker(i % 2 == 0 ? pro : cl);
                    u.setText(texts[i]);
                    u.setStartMillis(Long.valueOf(i * 7_500L));
                    c.getUtterances().add(u);
                }
                c.getAnnotations().add(annotation("mi", "OQ", c.getUtterances().get(0), -1, -1, "Anouk", null));
                c.getAnnotations().add(annotation("mi", "CR", c.getUtterances().get(2), -1, -1, "Anouk", "mooie reflectie"));
                c.getAnnotations().add(annotation("blanco", "oordeel", c.getUtterances().get(1), 17, 33, "Bram", null));
                Note note = f.createNote();
                note.setId(UUID.randomUUID().toString());
                note.setText("Volgende keer de budgetcoach erbij vragen.");
                note.setAuthor("Anouk");
                note.setCreated(new Date(1_700_000_100_000L));
                c.getNotes().add(note);
                c.setTrajectory(t);
                list.add(c);
            }
            store.saveConversations(list);
        }
    }

    private static Annotation annotation(String method, String code, Utterance u, int from, int to, String coder, String note) {
        Annotation a = ModelFactory.eINSTANCE.createAnnotation();
        a.setId(UUID.randomUUID().toString());
        a.setMethodId(method);
        a.setCodeId(code);
        a.setUtterance(u);
        a.setSpanStart(from);
        a.setSpanEnd(to);
        a.setCoder(coder);
        a.setOrigin(AnnotationOrigin.MANUAL);
        a.setNote(note);
        return a;
    }

    /** The CodeBook element of project.qde. */
    private static String codeBook(Path qdpx) throws IOException {
        String qde = new String(entries(qdpx).get("project.qde"), StandardCharsets.UTF_8);
        return qde.substring(qde.indexOf("<CodeBook>"), qde.indexOf("</CodeBook>"));
    }

    /** project.qde without the project's own creation time (the moment of export). */
    private static String stable(Path qdpx) throws IOException {
        return new String(entries(qdpx).get("project.qde"), StandardCharsets.UTF_8)
                .replaceFirst("(<Project[^>]*?) creationDateTime=\"[^\"]*\"", "$1")
                .replaceFirst(" name=\"[^\"]*\" origin=", " origin=");
    }

    @Test
    public void exportValidatesAndTheRoundTripIsStable() throws Exception {
        Path first = dir.resolve("eerste.qdpx");
        Path second = dir.resolve("tweede.qdpx");
        try (ConversationStore store = Stores.openEmbedded(dir.resolve("db1"))) {
            fill(store, 2, 2);
            new QdpxExport(store, Map.of()).export(List.of(QdpxExport.ALL), first);
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(first)));
            assertEquals(4, store.auditEvents(null).stream().filter(e -> e.action().equals(AuditAction.EXPORT.name())).count());
        }
        validate(first);
        Map<String, byte[]> files = entries(first);
        assertEquals(5, files.size(), files.keySet().toString());
        String qde = new String(files.get("project.qde"), StandardCharsets.UTF_8);
        assertTrue(qde.contains("<TextValue>Noord</TextValue>") && qde.contains("name=\"OQ\"") && qde.contains("mooie reflectie"), qde);
        assertTrue(qde.contains("Dossiernotitie 1: woont sinds 2019"), "a client note is exported: " + qde);
        try (ConversationStore store = Stores.openEmbedded(dir.resolve("db2"))) {
            FileImport.Outcome o = new FileImport(store, new FormatRegistry(RegistryFactory.getRegistry()), Map.of())
                    .importFile(first, Target.none());
            assertTrue(o.imported(), o.toString());
            assertEquals(4, o.conversationIds().size());
            assertEquals(2, store.listClients().size());
            Conversation c = store.loadConversation(o.conversationIds().get(0));
            assertEquals(4, c.getUtterances().size());
            assertEquals("De aanmaningen. Ik word er gek van.\nEcht waar.", c.getUtterances().get(1).getText());
            assertEquals(ParticipantRole.PROFESSIONAL, c.getUtterances().get(0).getSpeaker().getRole());
            assertEquals(3, c.getAnnotations().size());
            Annotation span = c.getAnnotations().stream().filter(a -> "blanco".equals(a.getMethodId())).findFirst().orElseThrow();
            assertEquals("oordeel", span.getCodeId());
            assertEquals(17, span.getSpanStart());
            assertEquals(33, span.getSpanEnd());
            assertEquals("Bram", span.getCoder());
            assertEquals("mooie reflectie", c.getAnnotations().stream().filter(a -> "CR".equals(a.getCodeId())).findFirst()
                    .orElseThrow().getNote());
            assertEquals(1, c.getNotes().size());
            List<String> clientNotes = new ArrayList<>();
            for (Client k : store.listClients()) {
                for (Note n : store.loadClient(k.getId()).getNotes()) {
                    clientNotes.add(n.getAuthor() + ": " + n.getText());
                }
            }
            assertEquals(List.of("Sanne: Dossiernotitie 1: woont sinds 2019 in de wijk, twee kinderen op de basisschool.",
                    "Sanne: Dossiernotitie 2: woont sinds 2019 in de wijk, twee kinderen op de basisschool."),
                    clientNotes.stream().sorted().toList(), "the client notes came back with their clients");
            new QdpxExport(store, Map.of()).export(List.of(QdpxExport.ALL), second);
        }
        validate(second);
        assertEquals(stable(first), stable(second));
        Map<String, byte[]> again = entries(second);
        for (Map.Entry<String, byte[]> e : files.entrySet()) {
            if (e.getKey().startsWith("Sources/")) {
                assertEquals(new String(e.getValue(), StandardCharsets.UTF_8), new String(again.get(e.getKey()), StandardCharsets.UTF_8));
            }
        }
    }

    @Test
    public void memosAreExportedAsNotesAndValidate() throws Exception {
        Path file = dir.resolve("memos.qdpx");
        try (ConversationStore store = Stores.openEmbedded(dir.resolve("db"))) {
            fill(store, 1, 1);
            Client client = store.listClients().get(0);
            Conversation c = store.loadConversation(client.getTrajectories().get(0).getConversations().get(0).getId());
            Date now = new Date(1_700_000_200_000L);
            Utterance second = c.getUtterances().get(1);
            nl.leefwereld.core.commands.MemoCommands.add(c, nl.leefwereld.core.commands.MemoCommands.on(
                    nl.leefwereld.core.commands.MemoCommands.create("Aanmaningen", "Spanning rond post.", "Anouk", now),
                    second, 3, 14)).execute();
            nl.leefwereld.core.commands.MemoCommands.add(c,
                    nl.leefwereld.core.commands.MemoCommands.create(null, "Gesprek liep goed.", "Anouk", now)).execute();
            nl.leefwereld.core.commands.MemoCommands.add(c, nl.leefwereld.core.commands.MemoCommands.onCode(
                    nl.leefwereld.core.commands.MemoCommands.create(null, "Vaak gebruikt.", "Anouk", now), "mi", "CR"))
                    .execute();
            store.saveConversation(c);
            Client loaded = store.loadClient(client.getId());
            nl.leefwereld.core.commands.MemoCommands.add(loaded,
                    nl.leefwereld.core.commands.MemoCommands.create("Thuis", "Woont met twee kinderen.", "Sanne", now))
                    .execute();
            store.saveClient(loaded);
            new QdpxExport(store, Map.of()).export(List.of(QdpxExport.ALL), file);
        }
        validate(file);
        String qde = new String(entries(file).get("project.qde"), StandardCharsets.UTF_8);
        for (String text : List.of("Aanmaningen\n\nSpanning rond post.", "Gesprek liep goed.", "mi:CR: Vaak gebruikt.",
                "Thuis\n\nWoont met twee kinderen.")) {
            assertTrue(qde.contains(text), text + " in " + qde);
        }
        assertTrue(qde.contains("name=\"aanmaningen\""),
                "the span memo is a selection of the span's text: " + qde);
        try (ConversationStore store = Stores.openEmbedded(dir.resolve("db2"))) {
            FileImport.Outcome o = new FileImport(store, new FormatRegistry(RegistryFactory.getRegistry()), Map.of())
                    .importFile(file, Target.none());
            assertTrue(o.imported(), o.toString());
            Conversation back = store.loadConversation(o.conversationIds().get(0));
            assertEquals(1, back.getMemos().size(), "the span memo comes back as a memo");
            nl.leefwereld.model.Memo memo = back.getMemos().get(0);
            assertEquals("aanmaningen", nl.leefwereld.core.commands.MemoCommands.spanText(memo));
            assertEquals("Aanmaningen\n\nSpanning rond post.", memo.getText());
            assertEquals("Anouk", memo.getAuthor());
        }
    }

    @Test
    public void codesNoCodingUsesAreKeptInTheStoreAndExportedAgain() throws Exception {
        String text = "Interviewer: Hoe gaat het met het zoeken naar werk?\nRespondent: Moeizaam. Ik word vaak afgewezen.\n";
        String qde = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
                + "<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"Onderzoek\" origin=\"MAXQDA\">"
                + "<CodeBook><Codes><Code guid=\"22222222-2222-2222-2222-222222222222\" name=\"Werk\" isCodable=\"true\" color=\"#ff8800\">"
                + "<Description>Alles over werk en uitkering</Description>"
                + "<Code guid=\"33333333-3333-3333-3333-333333333333\" name=\"Afwijzing\" isCodable=\"true\"/></Code>"
                + "<Code guid=\"aaaaaaaa-aaaa-aaaa-aaaa-aaaaaaaaaaaa\" name=\"Netwerk\" isCodable=\"true\" color=\"#00AA00\">"
                + "<Description>Familie, buren, vrienden</Description></Code></Codes></CodeBook>"
                + "<Sources><TextSource guid=\"44444444-4444-4444-4444-444444444444\" name=\"Interview 1\" plainTextPath=\"internal://interview1.txt\">"
                + "<PlainTextSelection guid=\"55555555-5555-5555-5555-555555555555\" startPosition=\"74\" endPosition=\"97\">"
                + "<Coding guid=\"66666666-6666-6666-6666-666666666666\"><CodeRef targetGUID=\"33333333-3333-3333-3333-333333333333\"/></Coding>"
                + "</PlainTextSelection></TextSource></Sources></Project>";
        Path qdpx = dir.resolve("maxqda.qdpx");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(qdpx))) {
            out.putNextEntry(new ZipEntry("project.qde"));
            out.write(qde.getBytes(StandardCharsets.UTF_8));
            out.putNextEntry(new ZipEntry("sources/interview1.txt"));
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
        Path exported = dir.resolve("terug.qdpx");
        Path db = dir.resolve("db");
        try (ConversationStore store = Stores.openEmbedded(db)) {
            FileImport.Outcome o = new FileImport(store, new FormatRegistry(RegistryFactory.getRegistry()), Map.of())
                    .importFile(qdpx, Target.none());
            assertTrue(o.imported(), o.toString());
        }
        try (ConversationStore store = Stores.openEmbedded(db)) {
            List<CodebookEntry> kept = store.codebooks().get(QdpxReader.FOREIGN_METHOD);
            assertEquals(List.of(new CodebookEntry("Werk", "Werk", "Alles over werk en uitkering", "#FF8800"),
                    new CodebookEntry("Afwijzing", "Afwijzing", null, null),
                    new CodebookEntry("Netwerk", "Netwerk", "Familie, buren, vrienden", "#00AA00")), kept);
            new QdpxExport(store, Map.of()).export(List.of(QdpxExport.ALL), exported);
        }
        validate(exported);
        String out = new String(entries(exported).get("project.qde"), StandardCharsets.UTF_8);
        assertTrue(out.contains("name=\"Netwerk\"") && out.contains("#00AA00") && out.contains("Familie, buren, vrienden"), out);
        QdpxReader.Project back = new QdpxReader().read(exported);
        assertEquals(List.of("Afwijzing", "Werk", "Netwerk"),
                back.codebook().get(QdpxReader.FOREIGN_METHOD).stream().map(CodebookEntry::codeId).toList(),
                "the used code first, then the kept ones");
        assertEquals("Afwijzing", back.conversations().get(0).getAnnotations().get(0).getCodeId());
        // and once more through a second database: the codebook stays
        Path again = dir.resolve("nogmaals.qdpx");
        try (ConversationStore store = Stores.openEmbedded(dir.resolve("db2"))) {
            assertTrue(new FileImport(store, new FormatRegistry(RegistryFactory.getRegistry()), Map.of())
                    .importFile(exported, Target.none()).imported());
            new QdpxExport(store, Map.of()).export(List.of(QdpxExport.ALL), again);
        }
        assertEquals(codeBook(exported), codeBook(again));
        assertTrue(codeBook(again).contains("Familie, buren, vrienden"));
    }

    @Test
    public void aProjectOfAnotherToolBecomesConversations() throws Exception {
        String text = "Interviewer: Hoe gaat het met het zoeken naar werk?\nRespondent: Moeizaam. Ik word vaak afgewezen.\n";
        String qde = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
                + "<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"Onderzoek\" origin=\"QualCoder\">"
                + "<Users><User guid=\"{11111111-1111-1111-1111-111111111111}\" name=\"onderzoeker\"/></Users>"
                + "<CodeBook><Codes><Code guid=\"22222222-2222-2222-2222-222222222222\" name=\"Werk\" isCodable=\"true\">"
                + "<Code guid=\"33333333-3333-3333-3333-333333333333\" name=\"Afwijzing\" isCodable=\"true\"/></Code></Codes></CodeBook>"
                + "<Sources><TextSource guid=\"44444444-4444-4444-4444-444444444444\" name=\"Interview 1\" plainTextPath=\"internal://interview1.txt\">"
                + "<PlainTextSelection guid=\"55555555-5555-5555-5555-555555555555\" startPosition=\"74\" endPosition=\"97\" creatingUser=\"11111111-1111-1111-1111-111111111111\">"
                + "<Coding guid=\"66666666-6666-6666-6666-666666666666\" creatingUser=\"11111111-1111-1111-1111-111111111111\"><CodeRef targetGUID=\"33333333-3333-3333-3333-333333333333\"/></Coding>"
                + "<NoteRef targetGUID=\"77777777-7777-7777-7777-777777777777\"/></PlainTextSelection>"
                + "<NoteRef targetGUID=\"88888888-8888-8888-8888-888888888888\"/></TextSource>"
                + "<TextSource guid=\"99999999-9999-9999-9999-999999999999\" name=\"Veldnotitie\"><PlainTextContent>Gesprek in de bibliotheek.\nVeel lawaai.</PlainTextContent></TextSource>"
                + "</Sources><Notes>"
                + "<Note guid=\"77777777-7777-7777-7777-777777777777\" name=\"memo\"><PlainTextContent>Terugkerend thema</PlainTextContent></Note>"
                + "<Note guid=\"88888888-8888-8888-8888-888888888888\" name=\"memo 2\"><PlainTextContent>Respondent was moe</PlainTextContent></Note>"
                + "</Notes></Project>";
        Path qdpx = dir.resolve("qualcoder.qdpx");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(qdpx))) {
            out.putNextEntry(new ZipEntry("project.qde"));
            out.write(qde.getBytes(StandardCharsets.UTF_8));
            out.putNextEntry(new ZipEntry("sources/interview1.txt"));
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
        QdpxReader.Project p = new QdpxReader().read(qdpx);
        assertEquals(2, p.conversations().size());
        Conversation c = p.conversations().get(0);
        assertEquals("Interview 1", c.getTitle());
        assertEquals(2, c.getUtterances().size());
        assertEquals("Interviewer", c.getUtterances().get(0).getSpeaker().getName());
        Annotation a = c.getAnnotations().get(0);
        assertEquals(QdpxReader.FOREIGN_METHOD, a.getMethodId());
        assertEquals("Afwijzing", a.getCodeId());
        assertEquals(c.getUtterances().get(1), a.getUtterance());
        assertEquals("Terugkerend thema", a.getNote());
        assertEquals("onderzoeker", a.getCoder());
        assertEquals("Respondent was moe", c.getNotes().get(0).getText());
        Conversation notes = p.conversations().get(1);
        assertEquals(2, notes.getUtterances().size(), "paragraphs without speaker turns");
        assertFalse(p.warnings().isEmpty());
    }

    @Test
    public void hostileProjectsAreRefusedAndNothingStoredIsLost() throws Exception {
        Path good = dir.resolve("goed.qdpx");
        try (ConversationStore store = Stores.openEmbedded(dir.resolve("db"))) {
            fill(store, 1, 1);
            new QdpxExport(store, Map.of()).export(List.of(QdpxExport.ALL), good);
            Map<String, byte[]> files = entries(good);
            String qde = new String(files.get("project.qde"), StandardCharsets.UTF_8);
            Path xxe = write("xxe.qdpx", Map.of("project.qde", qde.replaceFirst("\\?>",
                    "?><!DOCTYPE Project [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>").getBytes(StandardCharsets.UTF_8)));
            Path slip = write("slip.qdpx", Map.of("project.qde", files.get("project.qde"), "../../../tmp/evil.txt", new byte[] { 1 }));
            Path bomb = write("bom.qdpx", Map.of("project.qde", files.get("project.qde"), "Sources/nul.txt", new byte[60 * 1024 * 1024]));
            Path none = write("leeg.qdpx", Map.of("iets.txt", new byte[] { 1 }));
            Path notZip = dir.resolve("tekst.qdpx");
            Files.writeString(notZip, "geen zip");
            int before = store.countUtterances().size();
            FileImport importer = new FileImport(store, new FormatRegistry(RegistryFactory.getRegistry()), Map.of());
            for (Path p : List.of(xxe, slip, bomb, none, notZip)) {
                FileImport.Outcome o = importer.importFile(p, Target.none());
                assertFalse(o.imported(), p.toString());
                assertTrue(o.errors().get(0).contains(p.getFileName().toString()), o.errors().toString());
            }
            assertEquals(before, store.countUtterances().size());
            assertEquals(1, store.listClients().size());
        }
    }

    private Path write(String name, Map<String, byte[]> entries) throws IOException {
        Path p = dir.resolve(name);
        try (OutputStream raw = Files.newOutputStream(p); ZipOutputStream out = new ZipOutputStream(raw)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                out.putNextEntry(new ZipEntry(e.getKey()));
                out.write(e.getValue());
                out.closeEntry();
            }
        }
        return p;
    }
}
