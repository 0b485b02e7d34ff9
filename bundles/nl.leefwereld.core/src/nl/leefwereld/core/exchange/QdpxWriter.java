// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.core.exchange;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import nl.leefwereld.core.codebook.QdcCodebooks;
import nl.leefwereld.core.io.TranscriptWriter;
import nl.leefwereld.model.Annotation;
import nl.leefwereld.model.Client;
import nl.leefwereld.model.ClientAttribute;
import nl.leefwereld.model.Code;
import nl.leefwereld.model.Codebook;
import nl.leefwereld.model.Conversation;
import nl.leefwereld.model.Memo;
import nl.leefwereld.model.Note;
import nl.leefwereld.model.Trajectory;
import nl.leefwereld.model.Utterance;
import nl.leefwereld.store.CodebookEntry;
import nl.leefwereld.store.ConversationStore;
import nl.leefwereld.store.OwnerOnlyFiles;

/**
 * Writes conversations as a REFI-QDA 1.0 project ({@code .qdpx}): a zip archive with {@code project.qde} (namespace
 * {@value QdcCodebooks#PROJECT_NAMESPACE}, valid against REFI-QDA's {@code Project.xsd}) and {@code Sources/} with
 * the plain text of every conversation (the transcript format of {@link TranscriptWriter}: header lines, then
 * {@code [tijd] Naam: tekst} per utterance).
 * <ul>
 * <li>Users: the coders of the annotations and the authors of notes, and Leefwereld itself.</li>
 * <li>Codebook: one code per method ({@code name} = the method id, not codable) holding the codes used
 * ({@code name} = the label from the method's codebook, or the code id). GUIDs are name-based on method and code id,
 * so the same code has the same GUID in every export.</li>
 * <li>Variables and cases: every client is a case with its attributes as text variables and its conversations as
 * source references; its notes are notes referenced from the case as sources (a REFI-QDA note is a text source, and
 * {@code Case} has no {@code NoteRef}).</li>
 * <li>Text sources: one per conversation ({@code guid} from its id); every annotation is a
 * {@code PlainTextSelection} over the whole utterance (or its span) as character positions (code points) of the
 * source text, with one coding; its note is a note referenced from the selection. Conversation notes are notes
 * referenced from the source.</li>
 * </ul>
 * The file is created owner-only. Stateless.
 */
public final class QdpxWriter {

    static final String NS = QdcCodebooks.PROJECT_NAMESPACE;
    private static final Pattern GUID = Pattern
            .compile("[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}"); //$NON-NLS-1$
    private static final String LEEFWERELD_USER = "Leefwereld"; //$NON-NLS-1$

    private final Map<String, Codebook> codebooks;
    private final Map<String, List<CodebookEntry>> kept;

    /** Without codebooks: codes are named by their id. */
    public QdpxWriter() {
        this(Map.of());
    }

    /** @param codebooks the methods' codebooks by method id, for the codes' labels, descriptions and colours */
    public QdpxWriter(Map<String, Codebook> codebooks) {
        this(codebooks, Map.of());
    }

    /**
     * @param codebooks the methods' codebooks by method id, for the codes' labels, descriptions and colours
     * @param kept      the codebook entries kept in the store by method id ({@link ConversationStore#codebooks()}):
     *                  written even when no coding uses them, with their name, description and colour
     */
    public QdpxWriter(Map<String, Codebook> codebooks, Map<String, List<CodebookEntry>> kept) {
        this.codebooks = Map.copyOf(codebooks);
        this.kept = Map.copyOf(kept);
    }

    /** The GUID of a Leefwereld id: the id itself when it is one, else a name-based UUID of it. */
    public static String guid(String kind, String id) {
        if (id != null && GUID.matcher(id).matches()) {
            return id.toLowerCase(java.util.Locale.ROOT);
        }
        return UUID.nameUUIDFromBytes((kind + ':' + id).getBytes(StandardCharsets.UTF_8)).toString();
    }

    /** The GUID of the parent code of a method. */
    public static String methodGuid(String methodId) {
        return UUID.nameUUIDFromBytes(("leefwereld:method:" + methodId).getBytes(StandardCharsets.UTF_8)).toString(); //$NON-NLS-1$
    }

    /** The GUID of a method's code. */
    public static String codeGuid(String methodId, String codeId) {
        return UUID.nameUUIDFromBytes(("leefwereld:code:" + methodId + '/' + codeId).getBytes(StandardCharsets.UTF_8)) //$NON-NLS-1$
                .toString();
    }

    /** The figures of one export. */
    public record Summary(int conversations, int clients, int codings, int notes, long bytes) {
    }

    /** Writes the conversations (fully loaded, attached to their trajectory and client) to a new owner-only file. */
    public Summary write(List<Conversation> conversations, String projectName, Path file) throws IOException {
        Summary s;
        try (OutputStream out = new java.io.BufferedOutputStream(OwnerOnlyFiles.newOutputStream(file), 1 << 16)) {
            s = write(conversations, projectName, out);
        }
        return new Summary(s.conversations(), s.clients(), s.codings(), s.notes(), java.nio.file.Files.size(file));
    }

    /** Writes the project to a stream (finished, not closed). */
    public Summary write(List<Conversation> conversations, String projectName, OutputStream out) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        Map<String, String> sources = new LinkedHashMap<>();
        byte[] project;
        int[] counts = new int[3];
        try {
            java.io.ByteArrayOutputStream xml = new java.io.ByteArrayOutputStream();
            writeProject(conversations, projectName, xml, sources, counts);
            project = xml.toByteArray();
        } catch (XMLStreamException e) {
            throw new IOException(e.getMessage(), e);
        }
        zip.putNextEntry(new ZipEntry("project.qde")); //$NON-NLS-1$
        zip.write(project);
        zip.closeEntry();
        for (Map.Entry<String, String> e : sources.entrySet()) {
            zip.putNextEntry(new ZipEntry("Sources/" + e.getKey())); //$NON-NLS-1$
            zip.write(e.getValue().getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        zip.finish();
        out.flush();
        long clients = conversations.stream().map(QdpxWriter::client).filter(Objects::nonNull).map(Client::getId).distinct().count();
        return new Summary(conversations.size(), (int) clients, counts[0], counts[1], -1);
    }

    private static Client client(Conversation c) {
        Trajectory t = c.getTrajectory();
        return t == null ? null : t.getClient();
    }

    private record Placed(String text, int[] starts, int[] ends) {
    }

    /** The source text and, per utterance, where its text starts and ends (UTF-16 indices). */
    static Placed place(Conversation c) {
        String text = new TranscriptWriter().write(c);
        List<Utterance> us = c.getUtterances();
        List<String> blocks = new ArrayList<>();
        List<Integer> textOffsets = new ArrayList<>();
        StringBuilder tail = new StringBuilder();
        for (Utterance u : us) {
            StringBuilder b = new StringBuilder();
            if (u.getStartMillis() != null) {
                b.append('[').append(TranscriptWriter.formatTime(u.getStartMillis().longValue())).append("] "); //$NON-NLS-1$
            }
            b.append(u.getSpeaker() == null ? "?" : u.getSpeaker().getName()).append(": "); //$NON-NLS-1$ //$NON-NLS-2$
            textOffsets.add(Integer.valueOf(b.length()));
            String[] lines = (u.getText() == null ? "" : u.getText()).split("\r\n|\r|\n"); //$NON-NLS-1$ //$NON-NLS-2$
            for (int i = 0; i < lines.length; i++) {
                if (i > 0) {
                    b.append('\n').append("  "); //$NON-NLS-1$
                }
                b.append(lines[i]);
            }
            b.append('\n');
            blocks.add(b.toString());
            tail.append(b);
        }
        int[] starts = new int[us.size()];
        int[] ends = new int[us.size()];
        if (!text.endsWith(tail.toString())) {
            throw new IllegalStateException("transcript layout changed"); //$NON-NLS-1$
        }
        int at = text.length() - tail.length();
        for (int i = 0; i < us.size(); i++) {
            starts[i] = at + textOffsets.get(i).intValue();
            ends[i] = at + blocks.get(i).length() - 1;
            at += blocks.get(i).length();
        }
        return new Placed(text, starts, ends);
    }

    /** Index {@code k} of the utterance's text in the written block (continuation lines are indented by two). */
    private static int inBlock(String text, int k) {
        int shift = 0;
        int max = Math.min(k, text == null ? 0 : text.length());
        for (int i = 0; i < max; i++) {
            if (text.charAt(i) == '\n') {
                shift += 2;
            }
        }
        return k + shift;
    }

    private void writeProject(List<Conversation> conversations, String projectName, OutputStream out,
            Map<String, String> sources, int[] counts) throws XMLStreamException {
        XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8"); //$NON-NLS-1$
        String systemUser = guid("user", LEEFWERELD_USER); //$NON-NLS-1$
        Map<String, String> users = new LinkedHashMap<>();
        users.put(LEEFWERELD_USER, systemUser);
        // codes used, per method
        Map<String, Map<String, String>> codes = new LinkedHashMap<>();
        Map<String, Client> clients = new LinkedHashMap<>();
        Map<String, String> variables = new LinkedHashMap<>();
        for (Conversation c : conversations) {
            for (Annotation a : c.getAnnotations()) {
                if (a.getUtterance() == null || a.getCodeId() == null) {
                    continue;
                }
                String method = a.getMethodId() == null ? "" : a.getMethodId(); //$NON-NLS-1$
                codes.computeIfAbsent(method, m -> new LinkedHashMap<>()).putIfAbsent(a.getCodeId(), label(method, a.getCodeId()));
                if (a.getCoder() != null && !a.getCoder().isBlank()) {
                    users.putIfAbsent(a.getCoder(), guid("user", a.getCoder())); //$NON-NLS-1$
                }
            }
            for (Note n : c.getNotes()) {
                if (n.getAuthor() != null && !n.getAuthor().isBlank()) {
                    users.putIfAbsent(n.getAuthor(), guid("user", n.getAuthor())); //$NON-NLS-1$
                }
            }
            for (Memo m : c.getMemos()) {
                if (m.getAuthor() != null && !m.getAuthor().isBlank()) {
                    users.putIfAbsent(m.getAuthor(), guid("user", m.getAuthor())); //$NON-NLS-1$
                }
            }
            Client client = client(c);
            if (client != null && clients.putIfAbsent(client.getId(), client) == null) {
                for (Memo m : client.getMemos()) {
                    if (m.getAuthor() != null && !m.getAuthor().isBlank()) {
                        users.putIfAbsent(m.getAuthor(), guid("user", m.getAuthor())); //$NON-NLS-1$
                    }
                }
                for (Note n : client.getNotes()) {
                    if (n.getAuthor() != null && !n.getAuthor().isBlank()) {
                        users.putIfAbsent(n.getAuthor(), guid("user", n.getAuthor())); //$NON-NLS-1$
                    }
                }
                for (ClientAttribute attribute : client.getAttributes()) {
                    if (attribute.getName() != null) {
                        variables.putIfAbsent(attribute.getName(), guid("variable", attribute.getName())); //$NON-NLS-1$
                    }
                }
            }
        }
        for (Map.Entry<String, List<CodebookEntry>> m : kept.entrySet()) {
            for (CodebookEntry e : m.getValue()) {
                codes.computeIfAbsent(m.getKey(), k -> new LinkedHashMap<>()).putIfAbsent(e.codeId(), label(m.getKey(), e.codeId()));
            }
        }
        w.writeStartDocument("UTF-8", "1.0"); //$NON-NLS-1$ //$NON-NLS-2$
        w.writeStartElement("Project"); //$NON-NLS-1$
        w.writeDefaultNamespace(NS);
        w.writeAttribute("name", projectName); //$NON-NLS-1$
        w.writeAttribute("origin", "Leefwereld"); //$NON-NLS-1$ //$NON-NLS-2$
        w.writeAttribute("creatingUserGUID", systemUser); //$NON-NLS-1$
        w.writeAttribute("creationDateTime", dateTime(new Date())); //$NON-NLS-1$

        w.writeStartElement("Users"); //$NON-NLS-1$
        for (Map.Entry<String, String> u : users.entrySet()) {
            w.writeEmptyElement("User"); //$NON-NLS-1$
            w.writeAttribute("guid", u.getValue()); //$NON-NLS-1$
            w.writeAttribute("name", u.getKey()); //$NON-NLS-1$
        }
        w.writeEndElement();

        if (!codes.isEmpty()) {
            w.writeStartElement("CodeBook"); //$NON-NLS-1$
            w.writeStartElement("Codes"); //$NON-NLS-1$
            for (Map.Entry<String, Map<String, String>> m : codes.entrySet()) {
                w.writeStartElement("Code"); //$NON-NLS-1$
                w.writeAttribute("guid", methodGuid(m.getKey())); //$NON-NLS-1$
                w.writeAttribute("name", m.getKey()); //$NON-NLS-1$
                w.writeAttribute("isCodable", "false"); //$NON-NLS-1$ //$NON-NLS-2$
                for (Map.Entry<String, String> code : m.getValue().entrySet()) {
                    Code known = find(m.getKey(), code.getKey());
                    CodebookEntry stored = keptEntry(m.getKey(), code.getKey());
                    String colour = known != null ? known.getColour() : stored == null ? null : stored.colour();
                    String description = known != null ? known.getDescription() : stored == null ? null : stored.description();
                    w.writeStartElement("Code"); //$NON-NLS-1$
                    w.writeAttribute("guid", codeGuid(m.getKey(), code.getKey())); //$NON-NLS-1$
                    w.writeAttribute("name", code.getValue()); //$NON-NLS-1$
                    w.writeAttribute("isCodable", "true"); //$NON-NLS-1$ //$NON-NLS-2$
                    if (colour != null && colour.matches("#[0-9A-Fa-f]{6}")) { //$NON-NLS-1$
                        w.writeAttribute("color", colour.toUpperCase(java.util.Locale.ROOT)); //$NON-NLS-1$
                    }
                    if (description != null && !description.isBlank()) {
                        element(w, "Description", description); //$NON-NLS-1$
                    }
                    w.writeEndElement();
                }
                w.writeEndElement();
            }
            w.writeEndElement();
            w.writeEndElement();
        }

        if (!variables.isEmpty()) {
            w.writeStartElement("Variables"); //$NON-NLS-1$
            for (Map.Entry<String, String> v : variables.entrySet()) {
                w.writeEmptyElement("Variable"); //$NON-NLS-1$
                w.writeAttribute("guid", v.getValue()); //$NON-NLS-1$
                w.writeAttribute("name", v.getKey()); //$NON-NLS-1$
                w.writeAttribute("typeOfVariable", "Text"); //$NON-NLS-1$ //$NON-NLS-2$
            }
            w.writeEndElement();
        }

        List<Note> notes = new ArrayList<>();
        Map<Note, String> noteAuthors = new LinkedHashMap<>();
        if (!clients.isEmpty()) {
            w.writeStartElement("Cases"); //$NON-NLS-1$
            for (Client client : clients.values()) {
                w.writeStartElement("Case"); //$NON-NLS-1$
                w.writeAttribute("guid", guid("client", client.getId())); //$NON-NLS-1$ //$NON-NLS-2$
                w.writeAttribute("name", client.getDisplayName() == null ? client.getId() : client.getDisplayName()); //$NON-NLS-1$
                for (ClientAttribute attribute : client.getAttributes()) {
                    if (attribute.getName() == null) {
                        continue;
                    }
                    w.writeStartElement("VariableValue"); //$NON-NLS-1$
                    w.writeEmptyElement("VariableRef"); //$NON-NLS-1$
                    w.writeAttribute("targetGUID", variables.get(attribute.getName())); //$NON-NLS-1$
                    element(w, "TextValue", attribute.getValue() == null ? "" : attribute.getValue()); //$NON-NLS-1$ //$NON-NLS-2$
                    w.writeEndElement();
                }
                for (Conversation c : conversations) {
                    if (client(c) == client) {
                        w.writeEmptyElement("SourceRef"); //$NON-NLS-1$
                        w.writeAttribute("targetGUID", guid("conversation", c.getId())); //$NON-NLS-1$ //$NON-NLS-2$
                    }
                }
                // a note is a text source in REFI-QDA and a case has no NoteRef: the client's notes are its sources
                for (Note n : client.getNotes()) {
                    addNote(n, users, systemUser, notes, noteAuthors);
                    w.writeEmptyElement("SourceRef"); //$NON-NLS-1$
                    w.writeAttribute("targetGUID", guid("note", n.getId())); //$NON-NLS-1$ //$NON-NLS-2$
                }
                for (Memo m : client.getMemos()) { // memos as notes, the same way
                    Note n = asNote(m);
                    addNote(n, users, systemUser, notes, noteAuthors);
                    w.writeEmptyElement("SourceRef"); //$NON-NLS-1$
                    w.writeAttribute("targetGUID", guid("note", n.getId())); //$NON-NLS-1$ //$NON-NLS-2$
                }
                w.writeEndElement();
            }
            w.writeEndElement();
        }

        if (!conversations.isEmpty()) {
            w.writeStartElement("Sources"); //$NON-NLS-1$
            for (Conversation c : conversations) {
                Placed placed = place(c);
                String sourceGuid = guid("conversation", c.getId()); //$NON-NLS-1$
                String path = sourceGuid + ".txt"; //$NON-NLS-1$
                sources.put(path, placed.text());
                w.writeStartElement("TextSource"); //$NON-NLS-1$
                w.writeAttribute("guid", sourceGuid); //$NON-NLS-1$
                w.writeAttribute("name", c.getTitle() == null ? c.getId() : c.getTitle()); //$NON-NLS-1$
                w.writeAttribute("plainTextPath", "internal://" + path); //$NON-NLS-1$ //$NON-NLS-2$
                w.writeAttribute("creatingUser", systemUser); //$NON-NLS-1$
                if (c.getDate() != null) {
                    w.writeAttribute("creationDateTime", dateTime(c.getDate())); //$NON-NLS-1$
                }
                String text = placed.text();
                for (Annotation a : c.getAnnotations()) {
                    int index = a.getUtterance() == null ? -1 : c.getUtterances().indexOf(a.getUtterance());
                    if (index < 0 || a.getCodeId() == null) {
                        continue;
                    }
                    int start = placed.starts()[index];
                    int end = placed.ends()[index];
                    String ut = a.getUtterance().getText();
                    if (a.getSpanStart() >= 0 && a.getSpanEnd() > a.getSpanStart() && ut != null && a.getSpanEnd() <= ut.length()) {
                        int s = placed.starts()[index] + inBlock(ut, a.getSpanStart());
                        int e = placed.starts()[index] + inBlock(ut, a.getSpanEnd());
                        start = s;
                        end = Math.min(e, end);
                    }
                    String coder = a.getCoder() == null || a.getCoder().isBlank() ? null : users.get(a.getCoder());
                    w.writeStartElement("PlainTextSelection"); //$NON-NLS-1$
                    w.writeAttribute("guid", guid("selection", a.getId() + "/selection")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    w.writeAttribute("name", shortName(text.substring(start, end))); //$NON-NLS-1$
                    w.writeAttribute("startPosition", Integer.toString(text.codePointCount(0, start))); //$NON-NLS-1$
                    w.writeAttribute("endPosition", Integer.toString(text.codePointCount(0, end))); //$NON-NLS-1$
                    w.writeAttribute("creatingUser", coder == null ? systemUser : coder); //$NON-NLS-1$
                    w.writeStartElement("Coding"); //$NON-NLS-1$
                    w.writeAttribute("guid", guid("annotation", a.getId())); //$NON-NLS-1$ //$NON-NLS-2$
                    w.writeAttribute("creatingUser", coder == null ? systemUser : coder); //$NON-NLS-1$
                    w.writeEmptyElement("CodeRef"); //$NON-NLS-1$
                    w.writeAttribute("targetGUID", codeGuid(a.getMethodId() == null ? "" : a.getMethodId(), a.getCodeId())); //$NON-NLS-1$ //$NON-NLS-2$
                    w.writeEndElement();
                    counts[0]++;
                    if (a.getNote() != null && !a.getNote().isBlank()) {
                        Note memo = nl.leefwereld.model.ModelFactory.eINSTANCE.createNote();
                        memo.setId(guid("memo", a.getId())); //$NON-NLS-1$
                        memo.setText(a.getNote());
                        notes.add(memo);
                        noteAuthors.put(memo, coder == null ? systemUser : coder);
                        w.writeEmptyElement("NoteRef"); //$NON-NLS-1$
                        w.writeAttribute("targetGUID", memo.getId()); //$NON-NLS-1$
                    }
                    w.writeEndElement();
                }
                List<Note> sourceNotes = new ArrayList<>(c.getNotes());
                for (Memo m : c.getMemos()) {
                    // a memo on an utterance or span: a selection without coding that refers to the memo's note;
                    // on the conversation or a code: a note of the source
                    int index = m.getUtterance() == null ? -1 : c.getUtterances().indexOf(m.getUtterance());
                    Note n = asNote(m);
                    if (index < 0) {
                        sourceNotes.add(n);
                        continue;
                    }
                    int start = placed.starts()[index];
                    int end = placed.ends()[index];
                    String ut = m.getUtterance().getText();
                    if (m.getSpanStart() >= 0 && m.getSpanEnd() > m.getSpanStart() && ut != null
                            && m.getSpanEnd() <= ut.length()) {
                        int e = placed.starts()[index] + inBlock(ut, m.getSpanEnd());
                        start = placed.starts()[index] + inBlock(ut, m.getSpanStart());
                        end = Math.min(e, end);
                    }
                    addNote(n, users, systemUser, notes, noteAuthors);
                    w.writeStartElement("PlainTextSelection"); //$NON-NLS-1$
                    w.writeAttribute("guid", guid("selection", m.getId() + "/memo")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    w.writeAttribute("name", shortName(text.substring(start, end))); //$NON-NLS-1$
                    w.writeAttribute("startPosition", Integer.toString(text.codePointCount(0, start))); //$NON-NLS-1$
                    w.writeAttribute("endPosition", Integer.toString(text.codePointCount(0, end))); //$NON-NLS-1$
                    w.writeAttribute("creatingUser", noteAuthors.get(n)); //$NON-NLS-1$
                    w.writeEmptyElement("NoteRef"); //$NON-NLS-1$
                    w.writeAttribute("targetGUID", guid("note", n.getId())); //$NON-NLS-1$ //$NON-NLS-2$
                    w.writeEndElement();
                }
                for (Note n : sourceNotes) {
                    addNote(n, users, systemUser, notes, noteAuthors);
                    w.writeEmptyElement("NoteRef"); //$NON-NLS-1$
                    w.writeAttribute("targetGUID", guid("note", n.getId())); //$NON-NLS-1$ //$NON-NLS-2$
                }
                w.writeEndElement();
            }
            w.writeEndElement();
        }
        if (!notes.isEmpty()) {
            w.writeStartElement("Notes"); //$NON-NLS-1$
            for (Note n : notes) {
                w.writeStartElement("Note"); //$NON-NLS-1$
                w.writeAttribute("guid", guid("note", n.getId())); //$NON-NLS-1$ //$NON-NLS-2$
                w.writeAttribute("name", shortName(n.getText() == null ? "" : n.getText())); //$NON-NLS-1$ //$NON-NLS-2$
                w.writeAttribute("creatingUser", noteAuthors.get(n)); //$NON-NLS-1$
                if (n.getCreated() != null) {
                    w.writeAttribute("creationDateTime", dateTime(n.getCreated())); //$NON-NLS-1$
                }
                element(w, "PlainTextContent", n.getText() == null ? "" : n.getText()); //$NON-NLS-1$ //$NON-NLS-2$
                w.writeEndElement();
                counts[1]++;
            }
            w.writeEndElement();
        }
        w.writeEndElement();
        w.writeEndDocument();
        w.close();
    }

    /** A memo as a REFI-QDA note: its title, a blank line and its text; a code memo says which code. */
    private static Note asNote(Memo m) {
        Note n = nl.leefwereld.model.ModelFactory.eINSTANCE.createNote();
        n.setId(m.getId());
        StringBuilder text = new StringBuilder();
        if (m.getTitle() != null && !m.getTitle().isBlank()) {
            text.append(m.getTitle()).append("\n\n"); //$NON-NLS-1$
        }
        if (m.getCodeId() != null) {
            text.append(m.getMethodId() == null ? "" : m.getMethodId() + ':').append(m.getCodeId()).append(": "); //$NON-NLS-1$ //$NON-NLS-2$
        }
        n.setText(text.append(m.getText() == null ? "" : m.getText()).toString()); //$NON-NLS-1$
        n.setAuthor(m.getAuthor());
        n.setCreated(m.getCreated());
        return n;
    }

    private static void addNote(Note n, Map<String, String> users, String systemUser, List<Note> notes,
            Map<Note, String> noteAuthors) {
        notes.add(n);
        String author = n.getAuthor() == null ? null : users.get(n.getAuthor());
        noteAuthors.put(n, author == null ? systemUser : author);
    }

    private String label(String methodId, String codeId) {
        Code code = find(methodId, codeId);
        if (code != null && code.getLabel() != null && !code.getLabel().isBlank()) {
            return code.getLabel();
        }
        CodebookEntry stored = keptEntry(methodId, codeId);
        return stored != null && stored.name() != null && !stored.name().isBlank() ? stored.name() : codeId;
    }

    private CodebookEntry keptEntry(String methodId, String codeId) {
        for (CodebookEntry e : kept.getOrDefault(methodId, List.of())) {
            if (codeId.equals(e.codeId())) {
                return e;
            }
        }
        return null;
    }

    private Code find(String methodId, String codeId) {
        Codebook book = codebooks.get(methodId);
        return book == null ? null : find(book.getCodes(), codeId);
    }

    private static Code find(List<Code> codes, String codeId) {
        for (Code c : codes) {
            if (codeId.equals(c.getId())) {
                return c;
            }
            Code inner = find(c.getCodes(), codeId);
            if (inner != null) {
                return inner;
            }
        }
        return null;
    }

    private static void element(XMLStreamWriter w, String name, String text) throws XMLStreamException {
        w.writeStartElement(name);
        w.writeCharacters(xmlSafe(text));
        w.writeEndElement();
    }

    /** Characters XML 1.0 cannot hold are left out. */
    static String xmlSafe(String s) {
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            boolean ok = ch == '\t' || ch == '\n' || ch == '\r' || (ch >= 0x20 && ch <= 0xD7FF) || (ch >= 0xE000 && ch <= 0xFFFD)
                    || Character.isSurrogate(ch);
            if (!ok && b == null) {
                b = new StringBuilder(s.substring(0, i));
            } else if (ok && b != null) {
                b.append(ch);
            }
        }
        return b == null ? s : b.toString();
    }

    private static String shortName(String text) {
        String s = xmlSafe(text).replaceAll("\\s+", " ").strip(); //$NON-NLS-1$ //$NON-NLS-2$
        return s.length() <= 60 ? s : s.substring(0, 57) + "..."; //$NON-NLS-1$
    }

    static String dateTime(Date date) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME
                .format(Instant.ofEpochMilli(date.getTime()).truncatedTo(ChronoUnit.SECONDS).atOffset(ZoneOffset.UTC));
    }
}
