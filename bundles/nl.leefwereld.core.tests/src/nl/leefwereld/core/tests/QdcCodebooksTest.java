// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.leefwereld.core.codebook.CodebookFormatException;
import nl.leefwereld.core.codebook.QdcCodebooks;
import nl.leefwereld.model.Code;
import nl.leefwereld.model.Codebook;
import nl.leefwereld.model.ModelFactory;

public class QdcCodebooksTest {

    @TempDir
    Path dir;

    private static Code code(String id, String label, String colour, String description, Code... children) {
        Code c = ModelFactory.eINSTANCE.createCode();
        c.setId(id);
        c.setLabel(label);
        c.setColour(colour);
        c.setDescription(description);
        c.getCodes().addAll(List.of(children));
        return c;
    }

    private Path file(String name, String content) throws IOException {
        Path f = dir.resolve(name);
        Files.writeString(f, content, StandardCharsets.UTF_8);
        return f;
    }

    @Test
    public void roundTripKeepsNestedCodesColoursAndDescriptions() throws Exception {
        Codebook book = ModelFactory.eINSTANCE.createCodebook();
        book.getCodes().add(code("0b7a2f7e-1111-4c1e-9a55-000000000001", "Vragen", "#aa00ff", null,
                code("0b7a2f7e-1111-4c1e-9a55-000000000002", "Open vraag", "#2E7D32", "Hoe, wat & waarom <open>; cliënt \"zelf\""),
                code("0b7a2f7e-1111-4c1e-9a55-000000000003", "Gesloten vraag", null, "",
                        code("0b7a2f7e-1111-4c1e-9a55-000000000004", "Ja/nee", "#000000", "diep genest"))));
        book.getCodes().add(code("reflectie", "Reflectie", null, "Teruggeven"));
        Path f = dir.resolve("book.qdc");
        new QdcCodebooks().write(book, f);
        String xml = Files.readString(f, StandardCharsets.UTF_8);
        assertTrue(xml.contains("xmlns=\"urn:QDA-XML:codebook:1.0\""), xml);
        assertTrue(xml.contains("isCodable=\"true\""), xml);

        Codebook read = new QdcCodebooks().read(f);
        assertEquals("book", read.getName());
        assertEquals(2, read.getCodes().size());
        Code vragen = read.getCodes().get(0);
        assertEquals("0b7a2f7e-1111-4c1e-9a55-000000000001", vragen.getId());
        assertEquals("#AA00FF", vragen.getColour(), "colours are normalised to #RRGGBB upper case");
        assertEquals(2, vragen.getCodes().size());
        assertEquals("Hoe, wat & waarom <open>; cliënt \"zelf\"", vragen.getCodes().get(0).getDescription());
        assertEquals("#2E7D32", vragen.getCodes().get(0).getColour());
        Code jaNee = vragen.getCodes().get(1).getCodes().get(0);
        assertEquals("Ja/nee", jaNee.getLabel());
        assertEquals("#000000", jaNee.getColour());
        assertEquals("diep genest", jaNee.getDescription());
        assertEquals(null, vragen.getCodes().get(1).getColour());
        Code reflectie = read.getCodes().get(1);
        assertTrue(reflectie.getId().matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"),
                "a non-GUID id is written as a GUID: " + reflectie.getId());

        // writing what was read gives the same document
        new QdcCodebooks().write(read, dir.resolve("again.qdc"));
        assertEquals(xml, Files.readString(dir.resolve("again.qdc"), StandardCharsets.UTF_8));
    }

    @Test
    public void readsAFileOfAnotherToolAndSkipsWhatTheModelHasNoPlaceFor() throws Exception {
        Path f = file("other.qdc", """
                <?xml version="1.0" encoding="utf-8"?>
                <CodeBook xmlns="urn:QDA-XML:codebook:1.0" origin="Some QDA tool">
                  <Codes>
                    <Code guid="AB4C9B4C-6DAD-4F07-A8B0-0F7B3F2B6C11" name="Werk" isCodable="false">
                      <Code name="Zonder guid" isCodable="true" color="#123abc"/>
                    </Code>
                  </Codes>
                  <Sets>
                    <Set guid="AB4C9B4C-6DAD-4F07-A8B0-0F7B3F2B6C12" name="Set"><MemberCode targetGUID="AB4C9B4C-6DAD-4F07-A8B0-0F7B3F2B6C11"/></Set>
                  </Sets>
                </CodeBook>
                """);
        Codebook book = new QdcCodebooks().read(f);
        assertEquals(1, book.getCodes().size());
        Code child = book.getCodes().get(0).getCodes().get(0);
        assertEquals("Zonder guid", child.getLabel());
        assertEquals("#123ABC", child.getColour());
        String id = child.getId();
        assertEquals(id, new QdcCodebooks().read(f).getCodes().get(0).getCodes().get(0).getId(),
                "a missing guid gets a stable id");
    }

    @Test
    public void externalEntitiesAreRejectedWithFileAndLine() throws Exception {
        Path secret = file("secret.txt", "geheim");
        Path f = file("xxe.qdc", "<?xml version=\"1.0\"?>\n<!DOCTYPE CodeBook [ <!ENTITY xxe SYSTEM \"" + secret.toUri()
                + "\"> ]>\n<CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\"><Codes><Code guid=\"x\" name=\"&xxe;\" isCodable=\"true\"/></Codes></CodeBook>\n");
        CodebookFormatException e = assertThrows(CodebookFormatException.class, () -> new QdcCodebooks().read(f));
        assertTrue(e.getMessage().contains("xxe.qdc"), e.getMessage());
        assertTrue(e.getMessage().contains("DOCTYPE"), e.getMessage());
        assertEquals(2, e.line(), e.getMessage());
        assertTrue(!e.getMessage().contains("geheim"));
    }

    @Test
    public void billionLaughsIsRejected() throws Exception {
        StringBuilder doc = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n <!ENTITY lol \"lol\">\n");
        doc.append(" <!ENTITY lol1 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">\n");
        for (int i = 2; i <= 9; i++) {
            doc.append(" <!ENTITY lol").append(i).append(" \"");
            for (int j = 0; j < 10; j++) {
                doc.append("&lol").append(i - 1).append(';');
            }
            doc.append("\">\n");
        }
        doc.append("]>\n<CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\"><Codes><Code guid=\"x\" name=\"&lol9;\" isCodable=\"true\"/></Codes></CodeBook>\n");
        Path f = file("lol.qdc", doc.toString());
        long start = System.nanoTime();
        CodebookFormatException e = assertThrows(CodebookFormatException.class, () -> new QdcCodebooks().read(f));
        assertTrue(e.getMessage().contains("DOCTYPE") && e.getMessage().contains("lol.qdc"), e.getMessage());
        assertTrue(System.nanoTime() - start < 5_000_000_000L, "rejected without expanding");
    }

    @Test
    public void malformedXmlNamesFileLineAndColumn() throws Exception {
        Path f = file("kapot.qdc", """
                <?xml version="1.0" encoding="utf-8"?>
                <CodeBook xmlns="urn:QDA-XML:codebook:1.0">
                  <Codes>
                    <Code guid="a" name="Open vraag" isCodable="true">
                  </Codes>
                </CodeBook>
                """);
        CodebookFormatException e = assertThrows(CodebookFormatException.class, () -> new QdcCodebooks().read(f));
        assertEquals(5, e.line(), e.getMessage());
        assertTrue(e.column() > 0);
        assertTrue(e.getMessage().contains("kapot.qdc") && e.getMessage().matches("(?s).*(line|regel) 5, .*"), e.getMessage());
    }

    @Test
    public void wrongRootOrBadContentIsAClearError() throws Exception {
        CodebookFormatException wrongRoot = assertThrows(CodebookFormatException.class, () -> new QdcCodebooks()
                .read(new ByteArrayInputStream("<Project xmlns=\"urn:QDA-XML:project:1.0\"/>".getBytes(StandardCharsets.UTF_8)), "p.qde"));
        assertTrue(wrongRoot.getMessage().contains("urn:QDA-XML:codebook:1.0") && wrongRoot.getMessage().contains("p.qde"),
                wrongRoot.getMessage());
        CodebookFormatException badColour = assertThrows(CodebookFormatException.class, () -> new QdcCodebooks().read(
                new ByteArrayInputStream("<CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\">\n<Codes>\n<Code guid=\"a\" name=\"x\" isCodable=\"true\" color=\"red\"/></Codes></CodeBook>"
                        .getBytes(StandardCharsets.UTF_8)), "c.qdc"));
        assertEquals(3, badColour.line(), badColour.getMessage());
        assertTrue(badColour.getMessage().contains("red"), badColour.getMessage());
        CodebookFormatException duplicate = assertThrows(CodebookFormatException.class, () -> new QdcCodebooks().read(
                new ByteArrayInputStream("<CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\"><Codes><Code guid=\"a\" name=\"x\" isCodable=\"true\"/><Code guid=\"a\" name=\"y\" isCodable=\"true\"/></Codes></CodeBook>"
                        .getBytes(StandardCharsets.UTF_8)), "d.qdc"));
        assertTrue(duplicate.getMessage().contains("'a'"), duplicate.getMessage());
    }

    @Test
    public void aFailedWriteLeavesTheExistingFileIntact() throws Exception {
        Path f = file("bestaand.qdc", "oude inhoud");
        Codebook book = ModelFactory.eINSTANCE.createCodebook();
        book.getCodes().add(code("0b7a2f7e-1111-4c1e-9a55-000000000009", "Kleur", "rood", null));
        IOException e = assertThrows(IOException.class, () -> new QdcCodebooks().write(book, f));
        assertTrue(e.getMessage().contains("Kleur") && e.getMessage().contains("rood"), e.getMessage());
        assertEquals("oude inhoud", Files.readString(f, StandardCharsets.UTF_8));
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count(), "no temporary file left behind");
        }
    }
}
