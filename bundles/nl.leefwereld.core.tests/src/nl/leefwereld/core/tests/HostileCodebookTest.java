// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.leefwereld.core.codebook.CodebookFormatException;
import nl.leefwereld.core.codebook.QdcCodebooks;
import nl.leefwereld.core.codebook.QdpxProjects;
import nl.leefwereld.model.Codebook;

/**
 * Hostile codebook files: XML external entities and entity expansion in .qdc and in the project.qde of a .qdpx,
 * deep nesting, oversized files, and zip archives with unsafe names, too many entries or huge expansion. Each is
 * refused with a {@link CodebookFormatException} naming the file (and entry or line); nothing is written to disk.
 */
public class HostileCodebookTest {

    private static final String PROJECT = """
            <?xml version="1.0" encoding="utf-8"?>
            <Project xmlns="urn:QDA-XML:project:1.0" name="Wijkteam Noord" origin="ATLAS.ti">
              <Users><User guid="0d3a2e4c-7b1f-4c7e-9a41-2f8f1a6b3c21" name="Ellen"/></Users>
              <CodeBook>
                <Codes>
                  <Code guid="6f1c2d3e-4a5b-4c6d-8e7f-9a0b1c2d3e4f" name="Verandertaal" isCodable="true" color="#2e7d32">
                    <Description>De cliënt spreekt over verandering.</Description>
                    <Code guid="7a1c2d3e-4a5b-4c6d-8e7f-9a0b1c2d3e4f" name="Wens" isCodable="true"/>
                  </Code>
                  <Code guid="8b1c2d3e-4a5b-4c6d-8e7f-9a0b1c2d3e4f" name="Behoudtaal" isCodable="true"/>
                </Codes>
              </CodeBook>
              <Sources><TextSource guid="9c1c2d3e-4a5b-4c6d-8e7f-9a0b1c2d3e4f" name="gesprek.txt" plainTextPath="internal://gesprek.txt"/></Sources>
            </Project>
            """;

    @TempDir
    Path dir;

    private static byte[] zip(Map<String, byte[]> entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    private Path file(String name, byte[] bytes) throws IOException {
        Path f = dir.resolve(name);
        Files.write(f, bytes);
        return f;
    }

    private static Map<String, byte[]> project(String qde) {
        Map<String, byte[]> m = new LinkedHashMap<>();
        m.put("project.qde", qde.getBytes(StandardCharsets.UTF_8));
        m.put("Sources/gesprek.txt", "Consulent: Hoe gaat het?\n".getBytes(StandardCharsets.UTF_8));
        return m;
    }

    private void assertNothingExtracted() throws IOException {
        try (var files = Files.walk(dir.getParent() == null ? dir : dir)) {
            assertTrue(files.noneMatch(p -> p.getFileName().toString().equals("evil.txt")), "nothing extracted");
        }
    }

    @Test
    public void readsTheCodebookOfAQdpxProject() throws Exception {
        Codebook cb = new QdpxProjects().read(file("wijkteam.qdpx", zip(project(PROJECT))));
        assertEquals("wijkteam", cb.getName());
        assertEquals(2, cb.getCodes().size());
        assertEquals("Verandertaal", cb.getCodes().get(0).getLabel());
        assertEquals("#2E7D32", cb.getCodes().get(0).getColour());
        assertEquals("De cliënt spreekt over verandering.", cb.getCodes().get(0).getDescription());
        assertEquals("Wens", cb.getCodes().get(0).getCodes().get(0).getLabel());
    }

    @Test
    public void aDoctypeThatTheXmlParserReportsUncheckedIsAFormatError() throws Exception {
        // found by the qdc fuzz target: the JDK's StAX parser throws a MissingResourceException for this DTD
        byte[] bytes = new byte[93]; // the fuzzer's input: the header, then zeros
        byte[] head = "<?m?><!DOCTYPE x PUBLIC \"\" \"g\"[".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(head, 0, bytes, 0, head.length);
        Path f = file("fuzz.qdc", bytes);
        CodebookFormatException e = assertThrows(CodebookFormatException.class, () -> new QdcCodebooks().read(f));
        assertTrue(e.getMessage().contains("fuzz.qdc"), e.getMessage());
    }

    @Test
    public void zipSlipNamesAreRefused() throws Exception {
        for (String name : new String[] { "../evil.txt", "Sources/../../evil.txt", "/tmp/evil.txt", "C:\\evil.txt",
                "..\\evil.txt", "Sources/evil\u0000.txt" }) {
            Map<String, byte[]> m = project(PROJECT);
            m.put(name, "kwaad".getBytes(StandardCharsets.UTF_8));
            Path f = file("slip.qdpx", zip(m));
            CodebookFormatException e = assertThrows(CodebookFormatException.class, () -> new QdpxProjects().read(f), name);
            assertTrue(e.getMessage().contains("slip.qdpx") && e.getMessage().contains("evil"), e.getMessage());
        }
        assertNothingExtracted();
    }

    @Test
    public void zipBombsAreRefusedByTheBytesReallyInflated() throws Exception {
        // 60 MB of zeros compress to about 60 KB; project.qde may inflate to at most 50 MB
        Map<String, byte[]> m = new LinkedHashMap<>();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("project.qde"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 60; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        assertTrue(bytes.size() < 1024 * 1024, "a small archive: " + bytes.size());
        Path f = file("bom.qdpx", bytes.toByteArray());
        CodebookFormatException e = assertThrows(CodebookFormatException.class, () -> new QdpxProjects().read(f));
        // refused by its compression ratio (more than 100) long before the 50 MB an entry may inflate to
        assertTrue(e.getMessage().contains("bom.qdpx") && e.getMessage().contains("project.qde")
                && e.getMessage().contains("100"), e.getMessage());
        // the total of all entries counts as well (small limits so the test stays fast; bytes that do not compress)
        m.putAll(project(PROJECT));
        byte[] video = new byte[3 * 1024 * 1024];
        new java.util.Random(19).nextBytes(video);
        m.put("Sources/video.mp4", video);
        CodebookFormatException t = assertThrows(CodebookFormatException.class,
                () -> new QdpxProjects(100, 2 * 1024 * 1024, 4 * 1024 * 1024).read(new ByteArrayInputStream(zip(m)), "totaal.qdpx"));
        assertTrue(t.getMessage().contains("totaal.qdpx") && t.getMessage().contains("2 MB"), t.getMessage());
    }

    @Test
    public void tooManyEntriesAreRefused() throws Exception {
        Map<String, byte[]> m = project(PROJECT);
        for (int i = 0; i < QdpxProjects.MAX_ENTRIES; i++) {
            m.put("Sources/" + i + ".txt", new byte[0]);
        }
        Path f = file("veel.qdpx", zip(m));
        CodebookFormatException e = assertThrows(CodebookFormatException.class, () -> new QdpxProjects().read(f));
        assertTrue(e.getMessage().contains("veel.qdpx") && e.getMessage().contains("10000"), e.getMessage());
    }

    @Test
    public void notAZipOrNoProjectIsAClearError() throws Exception {
        Path text = file("tekst.qdpx", "Consulent: dit is geen zip\n".getBytes(StandardCharsets.UTF_8));
        CodebookFormatException e = assertThrows(CodebookFormatException.class, () -> new QdpxProjects().read(text));
        assertTrue(e.getMessage().contains("tekst.qdpx"), e.getMessage());
        Path empty = file("leeg.qdpx", zip(Map.of("Sources/a.txt", new byte[] { 1 })));
        CodebookFormatException n = assertThrows(CodebookFormatException.class, () -> new QdpxProjects().read(empty));
        assertTrue(n.getMessage().contains("leeg.qdpx") && n.getMessage().contains("project.qde"), n.getMessage());
        byte[] truncated = zip(project(PROJECT));
        byte[] half = java.util.Arrays.copyOf(truncated, truncated.length / 2);
        CodebookFormatException h = assertThrows(CodebookFormatException.class,
                () -> new QdpxProjects().read(new ByteArrayInputStream(half), "half.qdpx"));
        assertTrue(h.getMessage().contains("half.qdpx"), h.getMessage());
    }

    @Test
    public void externalEntitiesInAProjectAreRefused() throws Exception {
        Path secret = file("geheim.txt", "wachtwoord123".getBytes(StandardCharsets.UTF_8));
        String xxe = PROJECT.replace("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n", "<?xml version=\"1.0\"?>\n<!DOCTYPE Project [ <!ENTITY xxe SYSTEM \""
                + secret.toUri() + "\"> ]>\n").replace("name=\"Wens\"", "name=\"&xxe;\"");
        Path f = file("xxe.qdpx", zip(project(xxe)));
        CodebookFormatException e = assertThrows(CodebookFormatException.class, () -> new QdpxProjects().read(f));
        assertTrue(e.getMessage().contains("xxe.qdpx") && e.getMessage().contains("project.qde")
                && e.getMessage().contains("DOCTYPE"), e.getMessage());
        // refused by the archive check before the XML parser sees it
        assertFalse(e.getMessage().contains("wachtwoord123"));
    }

    @Test
    public void externalDtdAndParameterEntitiesAreRefused() throws Exception {
        Path dtd = file("kwaad.dtd", "<!ENTITY % p SYSTEM \"file:///etc/passwd\"> %p;".getBytes(StandardCharsets.UTF_8));
        String[] docs = {
                "<?xml version=\"1.0\"?>\n<!DOCTYPE CodeBook SYSTEM \"" + dtd.toUri() + "\">\n<CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\"/>",
                "<?xml version=\"1.0\"?>\n<!DOCTYPE CodeBook [ <!ENTITY % ext SYSTEM \"" + dtd.toUri() + "\"> %ext; ]>\n<CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\"/>",
                "<?xml version=\"1.0\"?>\n<!DOCTYPE CodeBook PUBLIC \"-//x//y\" \"http://127.0.0.1:9/x.dtd\">\n<CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\"/>" };
        for (String doc : docs) {
            Path f = file("dtd.qdc", doc.getBytes(StandardCharsets.UTF_8));
            CodebookFormatException e = assertThrows(CodebookFormatException.class, () -> new QdcCodebooks().read(f), doc);
            assertTrue(e.getMessage().contains("dtd.qdc") && e.getMessage().contains("DOCTYPE"), e.getMessage());
            assertFalse(e.getMessage().contains("root:"), "no file content in the message");
        }
    }

    @Test
    public void billionLaughsInAProjectIsRefusedQuickly() throws Exception {
        StringBuilder doc = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE Project [\n <!ENTITY a \"aaaaaaaaaa\">\n");
        char prev = 'a';
        for (char c = 'b'; c <= 'k'; c++) {
            doc.append(" <!ENTITY ").append(c).append(" \"").append(("&" + prev + ";").repeat(10)).append("\">\n");
            prev = c;
        }
        doc.append("]>\n<Project xmlns=\"urn:QDA-XML:project:1.0\"><CodeBook><Codes><Code name=\"&k;\"/></Codes></CodeBook></Project>");
        long start = System.nanoTime();
        CodebookFormatException e = assertThrows(CodebookFormatException.class,
                () -> new QdpxProjects().read(new ByteArrayInputStream(zip(project(doc.toString()))), "lach.qdpx"));
        assertTrue(e.getMessage().contains("DOCTYPE"), e.getMessage());
        assertTrue((System.nanoTime() - start) / 1_000_000 < 3000, "refused without expanding");
    }

    @Test
    public void deeplyNestedCodesAreRefusedInsteadOfOverflowingTheStack() throws Exception {
        StringBuilder doc = new StringBuilder("<CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\"><Codes>");
        int depth = 50_000;
        for (int i = 0; i < depth; i++) {
            doc.append("<Code name=\"c").append(i).append("\">");
        }
        for (int i = 0; i < depth; i++) {
            doc.append("</Code>");
        }
        doc.append("</Codes></CodeBook>");
        Path f = file("diep.qdc", doc.toString().getBytes(StandardCharsets.UTF_8));
        CodebookFormatException e = assertThrows(CodebookFormatException.class, () -> new QdcCodebooks().read(f));
        assertTrue(e.getMessage().contains("diep.qdc") && e.getMessage().contains("64"), e.getMessage());
        assertEquals(1, e.line());
        // 64 levels are fine
        StringBuilder ok = new StringBuilder("<CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\"><Codes>");
        for (int i = 0; i < QdcCodebooks.MAX_CODE_DEPTH; i++) {
            ok.append("<Code name=\"c").append(i).append("\">");
        }
        ok.append("</Code>".repeat(QdcCodebooks.MAX_CODE_DEPTH)).append("</Codes></CodeBook>");
        assertEquals(1, new QdcCodebooks().read(new ByteArrayInputStream(ok.toString().getBytes(StandardCharsets.UTF_8)), "ok").getCodes().size());
    }

    @Test
    public void oversizedCodebookIsRefusedBySize() throws Exception {
        Path f = dir.resolve("groot.qdc");
        try (RandomAccessFile raf = new RandomAccessFile(f.toFile(), "rw")) {
            raf.setLength(100L * 1024 * 1024);
        }
        CodebookFormatException e = assertThrows(CodebookFormatException.class, () -> new QdcCodebooks().read(f));
        assertTrue(e.getMessage().contains("groot.qdc") && e.getMessage().contains("100"), e.getMessage());
    }

    @Test
    public void binaryAndWrongEncodingAreMalformedWithFileName() throws Exception {
        byte[] latin1 = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\"><Codes><Code name=\"Cli\u00EBnt\"/></Codes></CodeBook>"
                .getBytes(StandardCharsets.ISO_8859_1);
        Path f = file("latin1.qdc", latin1);
        CodebookFormatException e = assertThrows(CodebookFormatException.class, () -> new QdcCodebooks().read(f));
        assertTrue(e.getMessage().contains("latin1.qdc"), e.getMessage());
        assertEquals(2, e.line(), e.getMessage());
        byte[] binary = new byte[2048];
        new java.util.Random(3).nextBytes(binary);
        Path b = file("ruis.qdc", binary);
        CodebookFormatException r = assertThrows(CodebookFormatException.class, () -> new QdcCodebooks().read(b));
        assertTrue(r.getMessage().contains("ruis.qdc"), r.getMessage());
    }
}
