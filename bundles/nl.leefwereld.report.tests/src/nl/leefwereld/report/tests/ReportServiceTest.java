// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.report.tests;

import static nl.leefwereld.testsupport.Fixtures.attribute;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.RegistryFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

import nl.leefwereld.cli.CliMain;
import nl.leefwereld.core.demo.DemoData;
import nl.leefwereld.method.mi.MiCode;
import nl.leefwereld.model.Annotation;
import nl.leefwereld.model.AnnotationOrigin;
import nl.leefwereld.model.Client;
import nl.leefwereld.model.Conversation;
import nl.leefwereld.model.ModelFactory;
import nl.leefwereld.model.Note;
import nl.leefwereld.model.Trajectory;
import nl.leefwereld.model.Utterance;
import nl.leefwereld.report.ReportDescriptor;
import nl.leefwereld.report.ReportDescriptor.Subject;
import nl.leefwereld.report.ReportException;
import nl.leefwereld.report.ReportFormat;
import nl.leefwereld.report.ReportInput;
import nl.leefwereld.report.ReportRegistry;
import nl.leefwereld.report.Reports;
import nl.leefwereld.store.AuditEvent;
import nl.leefwereld.store.ConversationStore;
import nl.leefwereld.store.Stores;

/**
 * Every installed report in every format, made from the demo data (plus hostile and Dutch names, codes, notes and a
 * panel of clients with attributes) on a real Derby database: PDFs read back with PDFBox, DOCX with POI, HTML parsed
 * as XML; audited and owner-only.
 */
public class ReportServiceTest {

    private static final String HOSTILE = "Cli\u00EBnt \u00E9\u00E9n <script>alert('x')</script> & co";
    private static final String POPULATION = """
            kenmerk;categorie;aandeel
            leeftijd;18-29;20%
            leeftijd;30-44;25%
            leeftijd;45-64;30%
            leeftijd;65+;25%
            huishouden;alleenstaand;40
            huishouden;stel;25
            huishouden;gezin met kinderen;35
            """;

    @TempDir
    Path dir;

    /** The demo data, made hostile and Dutch; returns the first conversation's id. */
    private String demo(ConversationStore store) {
        DemoData.create(store);
        Client first = store.listClients().get(0);
        Client client = store.loadClient(first.getId());
        client.setDisplayName(HOSTILE);
        Note letter = ModelFactory.eINSTANCE.createNote();
        letter.setId(UUID.randomUUID().toString());
        letter.setAuthor("Sanne");
        letter.setCreated(new Date());
        letter.setText("Geachte cli\u00EBnt,\nU dient binnen \u00E9\u00E9n week het volledige bedrag te betalen, anders "
                + "worden er onverwijld maatregelen genomen en volgt beslaglegging op uw inkomen.\nMet vriendelijke groet");
        client.getNotes().add(letter);
        store.saveClient(client);
        Trajectory t = client.getTrajectories().get(0);
        Conversation c = store.loadConversation(t.getConversations().get(0).getId());
        c.setTitle("Welkomstgesprek met de cli\u00EBnt, \u00E9\u00E9n");
        Utterance u = c.getUtterances().get(0);
        for (MiCode code : List.of(MiCode.OPEN_QUESTION, MiCode.COMPLEX_REFLECTION)) {
            Annotation a = ModelFactory.eINSTANCE.createAnnotation();
            a.setId(UUID.randomUUID().toString());
            a.setUtterance(u);
            a.setMethodId("mi");
            a.setCodeId(code.guid());
            a.setCoder("anna <b>");
            a.setOrigin(AnnotationOrigin.MANUAL);
            a.setNote("goed gedaan, \u00E9\u00E9n vraag");
            c.getAnnotations().add(a);
        }
        c.getMemos().add(nl.leefwereld.core.commands.MemoCommands.on(nl.leefwereld.core.commands.MemoCommands.create(
                "Toon", "Rustig begonnen, daarna sneller.", "anna", new java.util.Date()), u, -1, -1));
        store.saveConversation(c);
        for (int i = 0; i < 40; i++) {
            Client p = ModelFactory.eINSTANCE.createClient();
            p.setId(UUID.randomUUID().toString());
            p.setPseudonym("PANEL-" + i);
            p.setDisplayName("Panel " + i);
            attribute(p, "leeftijd", Integer.toString(i < 28 ? 66 + i % 15 : 30 + i));
            attribute(p, "huishouden", i % 3 == 0 ? "stel" : i % 3 == 1 ? "alleenstaand" : "gezin met kinderen");
            store.saveClient(p);
        }
        return c.getId();
    }


    @Test
    public void everyReportInEveryFormatReadsBackWithDutchCharactersAndIsAnAuditedOwnerOnlyExport() throws Exception {
        Path population = dir.resolve("bevolking.csv");
        Files.writeString(population, POPULATION, StandardCharsets.UTF_8);
        ReportRegistry registry = new ReportRegistry(RegistryFactory.getRegistry());
        assertTrue(registry.problems().isEmpty(), registry.problems().toString());
        assertEquals(Set.of("blanco", "example", "mi", "persona", "relation", "stress", "transcript"),
                registry.reports().stream().map(ReportDescriptor::kind).collect(Collectors.toSet()));
        try (ConversationStore store = Stores.openEmbedded(dir.resolve("db"))) {
            String conversationId = demo(store);
            Conversation conversation = store.loadConversation(conversationId);
            for (ReportDescriptor d : registry.reports()) {
                ReportInput input = switch (d.subject()) {
                case CONVERSATION -> ReportInput.of(store, conversation);
                case CLIENT -> ReportInput.ofClient(store, store.loadClient(ReportInput.of(store, conversation).clientId()));
                case ALL -> ReportInput.ofAll(store).with(Map.of("population", population.toString()));
                };
                for (ReportFormat f : ReportFormat.values()) {
                    Path file = dir.resolve("out/" + d.kind() + '.' + f.extension());
                    Reports.export(d, input, f, file, new NullProgressMonitor());
                    if (f == ReportFormat.PDF) {
                        // kept for people to look at (e.g. with pdftoppm): target/report-samples
                        Path samples = Files.createDirectories(Path.of("target", "report-samples"));
                        Files.copy(file, samples.resolve(file.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                    }
                    assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)), file.toString());
                    String text = switch (f) {
                    case PDF -> pdfText(file);
                    case DOCX -> docxText(file);
                    case HTML -> htmlText(file);
                    };
                    String what = d.kind() + " as " + f + ": " + text;
                    assertTrue(text.length() > 200, what);
                    if (d.subject() != Subject.ALL) {
                        assertTrue(text.contains("\u00E9\u00E9n") && text.toLowerCase().contains("cli\u00EBnt"), "Dutch characters in " + what);
                    }
                    final String detail = "report " + d.kind() + ' ' + f.extension() + ' ' + file.toAbsolutePath();
                    List<AuditEvent> events = store.auditEvents(null);
                    assertTrue(events.stream().anyMatch(e -> e.action().equals("EXPORT") && e.detail().equals(detail)),
                            "audited: " + detail);
                }
            }
            assertTrue(htmlText(dir.resolve("out/transcript.html")).contains("<script>alert('x')</script>"),
                    "the name is shown as text");
            assertTrue(pdfText(dir.resolve("out/transcript.pdf")).contains("Complexe reflectie"), "the code's label");
            assertTrue(pdfText(dir.resolve("out/transcript.pdf")).contains("Toon: Rustig begonnen, daarna sneller."),
                    "the memo");
            assertTrue(pdfText(dir.resolve("out/stress.pdf")).contains("onverwijld"), "the letter check quotes the note");
            String persona = pdfText(dir.resolve("out/persona.pdf"));
            assertTrue(persona.contains("65+") && persona.contains("18-29"), "the representativeness table: " + persona);
            assertFalse(persona.contains("Panel 3"), "personas never name a client by display name");
        }
    }

    @Test
    public void htmlEscapesEverythingAndAReportNeedsItsSubject() throws Exception {
        ReportRegistry registry = new ReportRegistry(RegistryFactory.getRegistry());
        try (ConversationStore store = Stores.openEmbedded(dir.resolve("db"))) {
            String id = demo(store);
            Conversation c = store.loadConversation(id);
            String html = Reports.html(Reports.build(registry.byKind("transcript"), ReportInput.of(store, c), null));
            assertFalse(html.contains("<script>"), html);
            assertTrue(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; co"), "escaped name");
            assertTrue(html.contains("anna &lt;b&gt;"), "escaped coder");
            Document doc = parse(html);
            assertEquals(0, doc.getElementsByTagName("script").getLength());
            assertEquals(0, doc.getElementsByTagName("b").getLength());
            assertThrows(ReportException.class, () -> Reports.build(registry.byKind("relation"), new ReportInput(store, c, null), null));
            assertThrows(ReportException.class, () -> Reports.build(registry.byKind("mi"), ReportInput.ofAll(store), null));
        }
    }

    @Test
    public void theCommandLineWritesTheSameReportAndListsTheKinds() throws Exception {
        String id;
        String clientId;
        try (ConversationStore store = Stores.openEmbedded(dir.resolve("db"))) {
            id = demo(store);
            clientId = ReportInput.of(store, store.loadConversation(id)).clientId();
        }
        Run list = run("report", "--list");
        assertEquals(0, list.code(), list.err());
        for (String kind : List.of("transcript", "mi", "relation", "blanco", "stress", "persona", "example")) {
            assertTrue(list.out().contains(kind), list.out());
        }
        assertTrue(list.out().contains("--population"), list.out());
        assertTrue(run("help").out().contains("report <"), "listed by help");

        Path pdf = dir.resolve("gesprek.pdf");
        Run transcript = run("report", "transcript", id, "--out", pdf.toString());
        assertEquals(0, transcript.code(), transcript.err());
        assertTrue(pdfText(pdf).contains("cli\u00EBnt"));
        Path docx = dir.resolve("relatie.docx");
        Run relation = run("report", "relation", clientId, "--out", docx.toString());
        assertEquals(0, relation.code(), relation.err());
        assertTrue(docxText(docx).contains(HOSTILE), "the client's name, as text");
        Path byConversation = dir.resolve("film.html");
        assertEquals(0, run("report", "blanco", id, "--format", "html", "--out", byConversation.toString()).code(),
                "a client report from a conversation of the client");

        Run unknown = run("report", "nosuch", id, "--out", dir.resolve("x.pdf").toString());
        assertEquals(1, unknown.code());
        assertTrue(unknown.err().contains("nosuch") && unknown.err().contains("transcript"), unknown.err());
        Run badFormat = run("report", "mi", id, "--out", dir.resolve("x.odt").toString());
        assertEquals(1, badFormat.code());
        assertTrue(badFormat.err().contains("x.odt"), badFormat.err());
        Run clientForConversationReport = run("report", "mi", clientId, "--out", dir.resolve("x.pdf").toString());
        assertEquals(1, clientForConversationReport.code());
        assertTrue(clientForConversationReport.err().contains(clientId), clientForConversationReport.err());
        Run badOption = run("report", "mi", id, "--population", "p.csv", "--out", dir.resolve("x.pdf").toString());
        assertEquals(1, badOption.code());
        assertFalse(Files.exists(dir.resolve("x.pdf")));

        Run mi = run("mi", "report", id, dir.resolve("mg.html").toString());
        assertEquals(0, mi.code(), mi.err());
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("mg.html"))));
        assertTrue(Files.readString(dir.resolve("mg.html")).contains("Complexe reflectie"), "mi report keeps working");
    }

    @Test
    public void everyMessageHasEnglishAndDutch() throws Exception {
        for (Class<?> messages : List.of(nl.leefwereld.report.Messages.class, nl.leefwereld.report.cli.Messages.class)) {
            java.util.Properties en = new java.util.Properties();
            java.util.Properties nl = new java.util.Properties();
            try (InputStream e = messages.getResourceAsStream("messages.properties");
                    InputStream n = messages.getResourceAsStream("messages_nl.properties")) {
                en.load(e);
                nl.load(n);
            }
            assertEquals(en.stringPropertyNames(), nl.stringPropertyNames(), messages.getName());
            Set<String> fields = new java.util.TreeSet<>();
            for (java.lang.reflect.Field f : messages.getDeclaredFields()) {
                if (java.lang.reflect.Modifier.isPublic(f.getModifiers()) && f.getType() == String.class) {
                    fields.add(f.getName());
                }
            }
            assertEquals(fields, new java.util.TreeSet<>(en.stringPropertyNames()), messages.getName());
        }
    }

    record Run(int code, String out, String err) {
    }

    private Run run(String... args) {
        List<String> all = new ArrayList<>(List.of("--unencrypted", "--db", dir.resolve("db").toString()));
        all.addAll(List.of(args));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
                PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            code = CliMain.run(all.toArray(String[]::new), o, e);
        }
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static String pdfText(Path file) throws Exception {
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            assertTrue(pdf.getNumberOfPages() >= 1);
            return new PDFTextStripper().getText(pdf);
        }
    }

    static String docxText(Path file) throws Exception {
        try (InputStream in = Files.newInputStream(file); XWPFDocument doc = new XWPFDocument(in)) {
            StringBuilder b = new StringBuilder();
            for (XWPFParagraph p : doc.getParagraphs()) {
                b.append(p.getText()).append('\n');
            }
            for (XWPFTable t : doc.getTables()) {
                b.append(t.getText()).append('\n');
            }
            return b.toString();
        }
    }

    /** The text of the HTML, which must parse as XML (well-formed, no DOCTYPE entities). */
    static String htmlText(Path file) throws Exception {
        String html = Files.readString(file, StandardCharsets.UTF_8);
        Document doc = parse(html);
        assertNotNull(doc.getDocumentElement());
        assertEquals(0, doc.getElementsByTagName("script").getLength(), "no script element");
        return doc.getDocumentElement().getTextContent();
    }

    static Document parse(String html) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        f.setExpandEntityReferences(false);
        return f.newDocumentBuilder().parse(new InputSource(new StringReader(html)));
    }
}
