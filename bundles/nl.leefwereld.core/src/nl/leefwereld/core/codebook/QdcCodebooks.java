// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.core.codebook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.XMLStreamWriter;

import org.eclipse.osgi.util.NLS;

import nl.leefwereld.model.Code;
import nl.leefwereld.core.io.UserFileException;
import nl.leefwereld.core.io.UserFiles;
import nl.leefwereld.model.Codebook;
import nl.leefwereld.model.ModelFactory;

/**
 * Reads and writes codebooks in the REFI-QDA codebook exchange format ({@code .qdc}, namespace
 * {@value #NAMESPACE}), the format QDA tools (ATLAS.ti, MAXQDA, NVivo, QDA Miner, …) exchange codebooks in:
 *
 * <pre>
 * &lt;CodeBook xmlns="urn:QDA-XML:codebook:1.0" origin="Leefwereld"&gt;
 *   &lt;Codes&gt;
 *     &lt;Code guid="5f0c…" name="Open vraag" isCodable="true" color="#2E7D32"&gt;
 *       &lt;Description&gt;Een vraag die ruimte laat voor het eigen verhaal.&lt;/Description&gt;
 *       &lt;Code guid="…" name="…" isCodable="true"/&gt;
 *     &lt;/Code&gt;
 *   &lt;/Codes&gt;
 * &lt;/CodeBook&gt;
 * </pre>
 *
 * Mapping: {@code guid} ↔ {@link Code#getId()}, {@code name} ↔ label, {@code color} ↔ colour ({@code #RRGGBB},
 * upper case), {@code <Description>} ↔ description, nested {@code <Code>} ↔ {@link Code#getCodes()}.
 * Reading is lenient where the standard is strict and nothing is lost: a missing guid gets a stable
 * name-based UUID; {@code <Sets>}, {@code isCodable} and elements of other namespaces are read over (the model has
 * no place for them). Writing is strict: ids that are not GUIDs are written as name-based UUIDs of the id.
 * <p>
 * Safety: the XML is parsed with the JDK's StAX parser without DTD support; a document with a DOCTYPE is
 * rejected (so no external entities, no entity expansion: XXE and "billion laughs" cannot happen). Errors name
 * the file, line and column. Writing to a file goes through a temporary file in the same folder and an atomic
 * move: on any failure the existing file stays as it was. Stateless.
 * </p>
 */
public final class QdcCodebooks {

    /** The REFI-QDA codebook namespace. */
    public static final String NAMESPACE = "urn:QDA-XML:codebook:1.0"; //$NON-NLS-1$
    /** The usual file extension, without dot. */
    public static final String EXTENSION = "qdc"; //$NON-NLS-1$
    /** The REFI-QDA project namespace (the {@code project.qde} inside a {@code .qdpx}), whose {@code <CodeBook>} is read by {@link QdpxProjects}. */
    public static final String PROJECT_NAMESPACE = "urn:QDA-XML:project:1.0"; //$NON-NLS-1$
    /** The largest .qdc file {@link #read(Path)} reads: 20 MB. */
    public static final long MAX_FILE_BYTES = 20L * 1024 * 1024;
    /** The deepest nesting of codes read; deeper documents are refused (instead of overflowing the stack). */
    public static final int MAX_CODE_DEPTH = 64;

    private static final Pattern COLOUR = Pattern.compile("#[0-9A-Fa-f]{6}"); //$NON-NLS-1$
    private static final Pattern GUID = Pattern
            .compile("[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}"); //$NON-NLS-1$
    private static final String ORIGIN = "Leefwereld"; //$NON-NLS-1$

    /** Reads a .qdc file; the codebook's id is a new UUID and its name the file name without extension. */
    public Codebook read(Path file) throws IOException {
        String source = file.toString();
        try {
            long size = UserFiles.check(file, Long.MAX_VALUE); // a regular file: a FIFO would block the open below
            if (size > MAX_FILE_BYTES) {
                throw new CodebookFormatException(NLS.bind(Messages.Qdc_tooLarge, new Object[] { source,
                        Long.valueOf(size / (1024 * 1024)), Long.valueOf(MAX_FILE_BYTES / (1024 * 1024)) }), source, -1, -1, null);
            }
        } catch (UserFileException e) {
            throw new CodebookFormatException(e.getMessage(), source, -1, -1, e);
        }
        try (InputStream in = UserFiles.open(file, MAX_FILE_BYTES)) {
            Codebook codebook = read(in, source);
            String name = file.getFileName().toString();
            int dot = name.lastIndexOf('.');
            codebook.setName(dot > 0 ? name.substring(0, dot) : name);
            return codebook;
        } catch (CodebookFormatException e) {
            throw e;
        } catch (IOException e) {
            throw new IOException(NLS.bind(Messages.Qdc_unreadable, source, e.getMessage()), e);
        }
    }

    /**
     * Reads a codebook from a stream (not closed).
     *
     * @param source the file name or other description used in error messages
     * @throws CodebookFormatException when the content is not a safe, well-formed REFI-QDA codebook
     */
    public Codebook read(InputStream in, String source) throws IOException {
        return readDocument(in, source, false);
    }

    /**
     * Reads the {@code <CodeBook>} of a REFI-QDA project document ({@code project.qde}, root {@code <Project>} in
     * {@link #PROJECT_NAMESPACE}); a project without codebook gives an empty codebook.
     */
    Codebook readProject(InputStream in, String source) throws IOException {
        return readDocument(in, source, true);
    }

    private Codebook readDocument(InputStream in, String source, boolean project) throws IOException {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, Boolean.FALSE);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, Boolean.FALSE);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, Boolean.TRUE);
        factory.setXMLResolver((publicId, systemId, baseUri, namespace) -> {
            throw new XMLStreamException(Messages.Qdc_doctype);
        });
        XMLStreamReader r = null;
        try {
            r = factory.createXMLStreamReader(source, in);
            Codebook codebook = ModelFactory.eINSTANCE.createCodebook();
            codebook.setId(UUID.randomUUID().toString());
            int event = next(r, source);
            while (event != XMLStreamConstants.START_ELEMENT) {
                event = next(r, source);
            }
            String root = project ? "Project" : "CodeBook"; //$NON-NLS-1$ //$NON-NLS-2$
            String rootNamespace = project ? PROJECT_NAMESPACE : NAMESPACE;
            if (!root.equals(r.getLocalName()) || !rootNamespace.equals(r.getNamespaceURI())) {
                throw error(source, r.getLocation(), NLS.bind(project ? Messages.Qdpx_notAProject : Messages.Qdc_notACodebook,
                        r.getLocalName(), r.getNamespaceURI() == null ? "" : r.getNamespaceURI()), null); //$NON-NLS-1$
            }
            Set<String> guids = new HashSet<>();
            while ((event = next(r, source)) != XMLStreamConstants.END_ELEMENT) {
                if (event == XMLStreamConstants.START_ELEMENT) {
                    if (project && is(r, "CodeBook")) { //$NON-NLS-1$
                        while ((event = next(r, source)) != XMLStreamConstants.END_ELEMENT) {
                            if (event == XMLStreamConstants.START_ELEMENT) {
                                if (is(r, "Codes")) { //$NON-NLS-1$
                                    readCodes(r, source, codebook.getCodes(), "", guids); //$NON-NLS-1$
                                } else {
                                    skip(r, source);
                                }
                            }
                        }
                    } else if (!project && is(r, "Codes")) { //$NON-NLS-1$
                        readCodes(r, source, codebook.getCodes(), "", guids); //$NON-NLS-1$
                    } else {
                        skip(r, source);
                    }
                }
            }
            while (next(r, source) != XMLStreamConstants.END_DOCUMENT) {
                // comments and processing instructions after the root; the parser checks well-formedness
            }
            return codebook;
        } catch (XMLStreamException e) {
            throw malformed(source, e);
        } finally {
            if (r != null) {
                try {
                    r.close();
                } catch (XMLStreamException e) {
                    // nothing to release beyond the stream, which the caller closes
                }
            }
        }
    }

    private void readCodes(XMLStreamReader r, String source, List<Code> into, String path, Set<String> guids)
            throws XMLStreamException, CodebookFormatException {
        int event;
        while ((event = next(r, source)) != XMLStreamConstants.END_ELEMENT) {
            if (event == XMLStreamConstants.START_ELEMENT) {
                if (is(r, "Code")) { //$NON-NLS-1$
                    into.add(readCode(r, source, path, guids, 1));
                } else {
                    skip(r, source);
                }
            }
        }
    }

    private Code readCode(XMLStreamReader r, String source, String parentPath, Set<String> guids, int depth)
            throws XMLStreamException, CodebookFormatException {
        Location at = r.getLocation();
        if (depth > MAX_CODE_DEPTH) {
            throw error(source, at, NLS.bind(Messages.Qdc_tooDeep, Integer.valueOf(MAX_CODE_DEPTH)), null);
        }
        String name = r.getAttributeValue(null, "name"); //$NON-NLS-1$
        String guid = r.getAttributeValue(null, "guid"); //$NON-NLS-1$
        String color = r.getAttributeValue(null, "color"); //$NON-NLS-1$
        String codable = r.getAttributeValue(null, "isCodable"); //$NON-NLS-1$
        if (name == null || name.isBlank()) {
            throw error(source, at, Messages.Qdc_codeWithoutName, null);
        }
        String path = parentPath + '/' + name;
        if (guid == null || guid.isBlank()) {
            guid = UUID.nameUUIDFromBytes(path.getBytes(StandardCharsets.UTF_8)).toString();
        }
        if (!guids.add(guid)) {
            throw error(source, at, NLS.bind(Messages.Qdc_duplicateGuid, guid), null);
        }
        if (color != null && !color.isBlank() && !COLOUR.matcher(color.trim()).matches()) {
            throw error(source, at, NLS.bind(Messages.Qdc_badColour, color), null);
        }
        if (codable != null && !List.of("true", "false", "1", "0").contains(codable.trim())) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            throw error(source, at, NLS.bind(Messages.Qdc_badCodable, codable), null);
        }
        Code code = ModelFactory.eINSTANCE.createCode();
        code.setId(guid);
        code.setLabel(name);
        if (color != null && !color.isBlank()) {
            code.setColour(color.trim().toUpperCase(Locale.ROOT));
        }
        int event;
        while ((event = next(r, source)) != XMLStreamConstants.END_ELEMENT) {
            if (event == XMLStreamConstants.START_ELEMENT) {
                if (is(r, "Description")) { //$NON-NLS-1$
                    code.setDescription(elementText(r));
                } else if (is(r, "Code")) { //$NON-NLS-1$
                    code.getCodes().add(readCode(r, source, path, guids, depth + 1));
                } else {
                    skip(r, source);
                }
            }
        }
        return code;
    }

    private static boolean is(XMLStreamReader r, String localName) {
        return localName.equals(r.getLocalName())
                && (NAMESPACE.equals(r.getNamespaceURI()) || PROJECT_NAMESPACE.equals(r.getNamespaceURI()));
    }

    /** Skips the current element with everything in it. */
    private static void skip(XMLStreamReader r, String source) throws XMLStreamException, CodebookFormatException {
        int depth = 1;
        while (depth > 0) {
            int event = next(r, source);
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }

    private static int next(XMLStreamReader r, String source) throws XMLStreamException, CodebookFormatException {
        int event;
        try {
            event = r.next();
        } catch (RuntimeException e) {
            // the JDK's StAX parser reports some malformed DTDs unchecked (a MissingResourceException for its own
            // missing message): still a malformed file, named as such
            throw new XMLStreamException(String.valueOf(e.getMessage()), e);
        }
        if (event == XMLStreamConstants.DTD || event == XMLStreamConstants.ENTITY_DECLARATION) {
            throw error(source, r.getLocation(), Messages.Qdc_doctype, null);
        }
        return event;
    }

    private static String elementText(XMLStreamReader r) throws XMLStreamException {
        try {
            return r.getElementText();
        } catch (RuntimeException e) { // as in next(): the parser's unchecked reports are malformed input too
            throw new XMLStreamException(String.valueOf(e.getMessage()), e);
        }
    }

    private static CodebookFormatException error(String source, Location at, String message, Throwable cause) {
        int line = at == null ? -1 : at.getLineNumber();
        int column = at == null ? -1 : at.getColumnNumber();
        return new CodebookFormatException(
                NLS.bind(Messages.Qdc_at, new Object[] { source, Integer.valueOf(line), Integer.valueOf(column), message }),
                source, line, column, cause);
    }

    private static CodebookFormatException malformed(String source, XMLStreamException e) {
        String detail = e.getMessage() == null ? e.toString() : e.getMessage();
        int m = detail.indexOf("Message: "); //$NON-NLS-1$
        if (m >= 0) {
            detail = detail.substring(m + "Message: ".length()); //$NON-NLS-1$
        }
        detail = detail.strip();
        String message = Messages.Qdc_doctype.equals(detail) ? detail : NLS.bind(Messages.Qdc_malformed, detail);
        return error(source, e.getLocation(), message, e);
    }

    /**
     * Writes the codebook to a file. The content is made in memory first and written through a temporary file
     * and an atomic move, so on failure (bad colour, full disk) the existing file is unchanged.
     */
    public void write(Codebook codebook, Path file) throws IOException {
        byte[] bytes = toBytes(codebook);
        Path target = file.toAbsolutePath();
        Path folder = target.getParent();
        Path temp = null;
        try {
            Files.createDirectories(folder);
            temp = Files.createTempFile(folder, target.getFileName().toString(), ".tmp"); //$NON-NLS-1$
            Files.write(temp, bytes);
            try {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            temp = null;
        } catch (IOException e) {
            throw new IOException(NLS.bind(Messages.Qdc_cannotWrite, target, e.getMessage()), e);
        } finally {
            if (temp != null) {
                Files.deleteIfExists(temp);
            }
        }
    }

    /** Writes the codebook to a stream as UTF-8 (flushed, not closed). */
    public void write(Codebook codebook, OutputStream out) throws IOException {
        out.write(toBytes(codebook));
        out.flush();
    }

    /**
     * The codebook as a UTF-8 .qdc document.
     *
     * @throws IOException when a code's colour is not {@code #RRGGBB} (the message names the code)
     */
    public byte[] toBytes(Codebook codebook) throws IOException {
        List<String> problems = new ArrayList<>();
        check(codebook.getCodes(), problems);
        if (!problems.isEmpty()) {
            throw new IOException(String.join("; ", problems)); //$NON-NLS-1$
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            XMLStreamWriter w = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(bytes, "UTF-8"); //$NON-NLS-1$
            w.writeStartDocument("utf-8", "1.0"); //$NON-NLS-1$ //$NON-NLS-2$
            w.writeCharacters("\n"); //$NON-NLS-1$
            w.setDefaultNamespace(NAMESPACE);
            w.writeStartElement(NAMESPACE, "CodeBook"); //$NON-NLS-1$
            w.writeDefaultNamespace(NAMESPACE);
            w.writeAttribute("origin", ORIGIN); //$NON-NLS-1$
            w.writeCharacters("\n  "); //$NON-NLS-1$
            if (codebook.getCodes().isEmpty()) {
                w.writeEmptyElement(NAMESPACE, "Codes"); //$NON-NLS-1$
            } else {
                w.writeStartElement(NAMESPACE, "Codes"); //$NON-NLS-1$
                for (Code c : codebook.getCodes()) {
                    writeCode(w, c, 2);
                }
                w.writeCharacters("\n  "); //$NON-NLS-1$
                w.writeEndElement();
            }
            w.writeCharacters("\n"); //$NON-NLS-1$
            w.writeEndElement();
            w.writeCharacters("\n"); //$NON-NLS-1$
            w.writeEndDocument();
            w.close();
        } catch (XMLStreamException e) {
            throw new IOException(e.getMessage(), e);
        }
        return bytes.toByteArray();
    }

    private static void check(List<Code> codes, List<String> problems) {
        for (Code c : codes) {
            if (c.getColour() != null && !c.getColour().isBlank() && !COLOUR.matcher(c.getColour().trim()).matches()) {
                problems.add(NLS.bind(Messages.Qdc_writeBadColour, label(c), c.getColour()));
            }
            check(c.getCodes(), problems);
        }
    }

    private static String label(Code c) {
        return c.getLabel() == null || c.getLabel().isBlank() ? String.valueOf(c.getId()) : c.getLabel();
    }

    private static void writeCode(XMLStreamWriter w, Code c, int depth) throws XMLStreamException {
        String indent = "\n" + "  ".repeat(depth); //$NON-NLS-1$ //$NON-NLS-2$
        w.writeCharacters(indent);
        boolean empty = c.getCodes().isEmpty() && (c.getDescription() == null || c.getDescription().isEmpty());
        if (empty) {
            w.writeEmptyElement(NAMESPACE, "Code"); //$NON-NLS-1$
        } else {
            w.writeStartElement(NAMESPACE, "Code"); //$NON-NLS-1$
        }
        w.writeAttribute("guid", guid(c.getId())); //$NON-NLS-1$
        w.writeAttribute("name", label(c)); //$NON-NLS-1$
        w.writeAttribute("isCodable", "true"); //$NON-NLS-1$ //$NON-NLS-2$
        if (c.getColour() != null && !c.getColour().isBlank()) {
            w.writeAttribute("color", c.getColour().trim().toUpperCase(Locale.ROOT)); //$NON-NLS-1$
        }
        if (empty) {
            return;
        }
        if (c.getDescription() != null && !c.getDescription().isEmpty()) {
            w.writeCharacters(indent + "  "); //$NON-NLS-1$
            w.writeStartElement(NAMESPACE, "Description"); //$NON-NLS-1$
            w.writeCharacters(c.getDescription());
            w.writeEndElement();
        }
        for (Code child : c.getCodes()) {
            writeCode(w, child, depth + 1);
        }
        w.writeCharacters(indent);
        w.writeEndElement();
    }

    /** The id when it is a GUID, otherwise a stable name-based UUID of it (or a new one when there is no id). */
    static String guid(String id) {
        if (id == null || id.isBlank()) {
            return UUID.randomUUID().toString();
        }
        if (GUID.matcher(id).matches()) {
            return id;
        }
        return UUID.nameUUIDFromBytes(("leefwereld:" + id).getBytes(StandardCharsets.UTF_8)).toString(); //$NON-NLS-1$
    }
}
