// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.core.exchange;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.eclipse.osgi.util.NLS;

import nl.leefwereld.core.io.TranscriptParseResult;
import nl.leefwereld.core.io.TranscriptParser;
import nl.leefwereld.core.commands.ConversationCommands;
import nl.leefwereld.model.Annotation;
import nl.leefwereld.model.AnnotationOrigin;
import nl.leefwereld.model.Client;
import nl.leefwereld.model.ClientAttribute;
import nl.leefwereld.model.Code;
import nl.leefwereld.model.Codebook;
import nl.leefwereld.model.Conversation;
import nl.leefwereld.model.ConversationKind;
import nl.leefwereld.model.ModelFactory;
import nl.leefwereld.model.Memo;
import nl.leefwereld.model.Note;
import nl.leefwereld.model.Participant;
import nl.leefwereld.model.Utterance;
import nl.leefwereld.store.CodebookEntry;

/**
 * Reads a REFI-QDA project ({@code .qdpx}) from Leefwereld or another tool (ATLAS.ti, MAXQDA, NVivo, QualCoder)
 * into conversations, not yet stored.
 * <ul>
 * <li>The archive is checked with {@link SafeZip#QDPX} (the limits of {@link nl.leefwereld.core.codebook.QdpxProjects}
 * and a compression ratio); {@code project.qde} is parsed with StAX without DTD support.</li>
 * <li>Every text source becomes a conversation; its text ({@code PlainTextContent} or {@code Sources/…}) is read as
 * a transcript where it has speaker turns ({@code Naam: tekst}), otherwise every paragraph becomes an utterance
 * of one unknown speaker (a warning).</li>
 * <li>Codes: those written by Leefwereld go back to their method and code id (the parent code is the method id,
 * GUIDs name-based); codes of other tools become codes of method {@value #FOREIGN_METHOD} named by their name.
 * Every coding of a selection becomes an annotation on the utterance where the selection starts: the whole
 * utterance when the selection covers it, otherwise a span.</li>
 * <li>Notes referenced from a source become notes of the conversation; notes of a selection the note of its
 * annotations. Cases become clients with their text variables as attributes; notes a case refers to as sources
 * become the client's notes.</li>
 * </ul>
 * Stateless.
 */
public final class QdpxReader {

    /** The method id of codes made in other tools. */
    public static final String FOREIGN_METHOD = "refi-qda"; //$NON-NLS-1$

    /**
     * What a project holds: clients (from cases, with their conversations' ids), all conversations, and every code
     * of its codebook by method id (code id, name, description, colour), also those no coding uses.
     */
    public record Project(String name, List<Conversation> conversations, Map<Client, List<Conversation>> clients,
            List<String> warnings, Map<String, List<CodebookEntry>> codebook) {
    }

    /** A minimal element tree. */
    private static final class Node {
        final String name;
        final Map<String, String> attributes = new HashMap<>();
        final List<Node> children = new ArrayList<>();
        final StringBuilder text = new StringBuilder();

        Node(String name) {
            this.name = name;
        }

        String attr(String key) {
            return attributes.get(key);
        }

        Node child(String childName) {
            for (Node n : children) {
                if (n.name.equals(childName)) {
                    return n;
                }
            }
            return null;
        }

        List<Node> all(String childName) {
            List<Node> result = new ArrayList<>();
            for (Node n : children) {
                if (n.name.equals(childName)) {
                    result.add(n);
                }
            }
            return result;
        }
    }

    private final Map<String, Codebook> codebooks;
    /** Per method: whether its codes may cover spans (core's rule, asked once per method). */
    private final Map<String, Boolean> spansAllowed = new HashMap<>();

    public QdpxReader() {
        this(Map.of());
    }

    /** @param codebooks the installed methods' codebooks by method id (labels back to code ids) */
    public QdpxReader(Map<String, Codebook> codebooks) {
        this.codebooks = Map.copyOf(codebooks);
    }

    /** Reads the project. */
    public Project read(Path file) throws IOException {
        String source = file.toString();
        Map<String, byte[]> entries = SafeZip.check(file, SafeZip.QDPX, name -> {
            String lower = name.toLowerCase(Locale.ROOT);
            return lower.equals("project.qde") || lower.startsWith("sources/"); //$NON-NLS-1$ //$NON-NLS-2$
        });
        byte[] qde = null;
        Map<String, byte[]> sources = new HashMap<>();
        for (Map.Entry<String, byte[]> e : entries.entrySet()) {
            String lower = e.getKey().toLowerCase(Locale.ROOT);
            if (lower.equals("project.qde") && qde == null) { //$NON-NLS-1$
                qde = e.getValue();
            } else if (lower.startsWith("sources/")) { //$NON-NLS-1$
                sources.put(lower.substring("sources/".length()), e.getValue()); //$NON-NLS-1$
            }
        }
        if (qde == null) {
            throw new ExchangeFormatException(NLS.bind(Messages.Qdpx_noProject, source));
        }
        Node root = parse(qde, source);
        if (!"Project".equals(root.name)) { //$NON-NLS-1$
            throw new ExchangeFormatException(NLS.bind(Messages.Qdpx_notProject, source, root.name));
        }
        return build(root, sources, source);
    }

    private static Node parse(byte[] xml, String source) throws ExchangeFormatException {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, Boolean.FALSE);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, Boolean.FALSE);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, Boolean.FALSE);
        try {
            XMLStreamReader r = factory.createXMLStreamReader(new ByteArrayInputStream(xml));
            List<Node> stack = new ArrayList<>();
            Node root = null;
            while (r.hasNext()) {
                int event = r.next();
                switch (event) {
                    case XMLStreamConstants.DTD -> throw new ExchangeFormatException(
                            NLS.bind(Messages.Zip_doctype, source, "project.qde")); //$NON-NLS-1$
                    case XMLStreamConstants.START_ELEMENT -> {
                        if (stack.size() > 200) {
                            throw new ExchangeFormatException(NLS.bind(Messages.Qdpx_malformed, source, "depth")); //$NON-NLS-1$
                        }
                        Node n = new Node(r.getLocalName());
                        for (int i = 0; i < r.getAttributeCount(); i++) {
                            n.attributes.put(r.getAttributeLocalName(i), r.getAttributeValue(i));
                        }
                        if (stack.isEmpty()) {
                            root = n;
                        } else {
                            stack.get(stack.size() - 1).children.add(n);
                        }
                        stack.add(n);
                    }
                    case XMLStreamConstants.END_ELEMENT -> stack.remove(stack.size() - 1);
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                        if (!stack.isEmpty()) {
                            stack.get(stack.size() - 1).text.append(r.getText());
                        }
                    }
                    default -> {
                        // comments, processing instructions
                    }
                }
            }
            if (root == null) {
                throw new ExchangeFormatException(NLS.bind(Messages.Qdpx_malformed, source, "empty")); //$NON-NLS-1$
            }
            return root;
        } catch (XMLStreamException | RuntimeException e) {
            String where = e instanceof XMLStreamException x && x.getLocation() != null
                    ? " (" + x.getLocation().getLineNumber() + ':' + x.getLocation().getColumnNumber() + ')' //$NON-NLS-1$
                    : ""; //$NON-NLS-1$
            throw new ExchangeFormatException(NLS.bind(Messages.Qdpx_malformed, source, e.getMessage() + where), e);
        }
    }

    private record CodeRef(String methodId, String codeId) {
    }

    private Project build(Node root, Map<String, byte[]> sourceFiles, String source) throws ExchangeFormatException {
        List<String> warnings = new ArrayList<>();
        ModelFactory f = ModelFactory.eINSTANCE;
        Map<String, String> users = new HashMap<>();
        Node usersNode = root.child("Users"); //$NON-NLS-1$
        if (usersNode != null) {
            for (Node u : usersNode.all("User")) { //$NON-NLS-1$
                users.put(lower(u.attr("guid")), u.attr("name")); //$NON-NLS-1$ //$NON-NLS-2$
            }
        }
        Map<String, CodeRef> codes = new HashMap<>();
        Map<String, Node> codeNodes = new LinkedHashMap<>();
        Node codeBook = root.child("CodeBook"); //$NON-NLS-1$
        if (codeBook != null && codeBook.child("Codes") != null) { //$NON-NLS-1$
            for (Node c : codeBook.child("Codes").all("Code")) { //$NON-NLS-1$ //$NON-NLS-2$
                String name = c.attr("name"); //$NON-NLS-1$
                if (name != null && QdpxWriter.methodGuid(name).equals(lower(c.attr("guid")))) { //$NON-NLS-1$
                    for (Node child : c.all("Code")) { //$NON-NLS-1$
                        codes.put(lower(child.attr("guid")), leefwereldCode(name, child)); //$NON-NLS-1$
                        codeNodes.put(lower(child.attr("guid")), child); //$NON-NLS-1$
                        foreign(child.all("Code"), codes, codeNodes); //$NON-NLS-1$
                    }
                } else {
                    foreign(List.of(c), codes, codeNodes);
                }
            }
        }
        Map<String, List<CodebookEntry>> codebook = new LinkedHashMap<>();
        for (Map.Entry<String, Node> e : codeNodes.entrySet()) {
            CodeRef ref = codes.get(e.getKey());
            Node node = e.getValue();
            Node description = node.child("Description"); //$NON-NLS-1$
            String text = description == null ? null : description.text.toString().strip();
            List<CodebookEntry> list = codebook.computeIfAbsent(ref.methodId(), m -> new ArrayList<>());
            if (list.stream().noneMatch(x -> x.codeId().equals(ref.codeId()))) {
                list.add(new CodebookEntry(ref.codeId(), node.attr("name"), text == null || text.isEmpty() ? null : text, //$NON-NLS-1$
                        colour(node.attr("color")))); //$NON-NLS-1$
            }
        }
        Map<String, String> variables = new HashMap<>();
        Node variablesNode = root.child("Variables"); //$NON-NLS-1$
        if (variablesNode != null) {
            for (Node v : variablesNode.all("Variable")) { //$NON-NLS-1$
                variables.put(lower(v.attr("guid")), v.attr("name")); //$NON-NLS-1$ //$NON-NLS-2$
            }
        }
        Map<String, Node> notes = new HashMap<>();
        Node notesNode = root.child("Notes"); //$NON-NLS-1$
        if (notesNode != null) {
            for (Node n : notesNode.all("Note")) { //$NON-NLS-1$
                notes.put(lower(n.attr("guid")), n); //$NON-NLS-1$
            }
        }
        List<Conversation> conversations = new ArrayList<>();
        Map<String, Conversation> bySource = new HashMap<>();
        Node sourcesNode = root.child("Sources"); //$NON-NLS-1$
        if (sourcesNode != null) {
            for (Node s : sourcesNode.all("TextSource")) { //$NON-NLS-1$
                String text = sourceText(s, sourceFiles, source);
                if (text == null) {
                    warnings.add(NLS.bind(Messages.Qdpx_sourceMissing, source, s.attr("name"))); //$NON-NLS-1$
                    continue;
                }
                Conversation c = conversation(s, text, codes, users, notes, source, warnings);
                conversations.add(c);
                bySource.put(lower(s.attr("guid")), c); //$NON-NLS-1$
            }
            int others = sourcesNode.children.size() - sourcesNode.all("TextSource").size(); //$NON-NLS-1$
            if (others > 0) {
                warnings.add(NLS.bind(Messages.Qdpx_otherSources, source, Integer.valueOf(others)));
            }
        }
        Map<Client, List<Conversation>> clients = new LinkedHashMap<>();
        Node casesNode = root.child("Cases"); //$NON-NLS-1$
        if (casesNode != null) {
            for (Node k : casesNode.all("Case")) { //$NON-NLS-1$
                Client client = f.createClient();
                client.setId(k.attr("guid") == null ? UUID.randomUUID().toString() : lower(k.attr("guid"))); //$NON-NLS-1$ //$NON-NLS-2$
                client.setDisplayName(k.attr("name")); //$NON-NLS-1$
                for (Node vv : k.all("VariableValue")) { //$NON-NLS-1$
                    Node ref = vv.child("VariableRef"); //$NON-NLS-1$
                    String name = ref == null ? null : variables.get(lower(ref.attr("targetGUID"))); //$NON-NLS-1$
                    if (name == null) {
                        continue;
                    }
                    String value = null;
                    for (Node v : vv.children) {
                        if (!v.name.equals("VariableRef")) { //$NON-NLS-1$
                            value = v.text.toString().strip();
                        }
                    }
                    ClientAttribute a = f.createClientAttribute();
                    a.setName(name);
                    a.setValue(value);
                    client.getAttributes().add(a);
                }
                List<Conversation> own = new ArrayList<>();
                for (Node ref : k.all("SourceRef")) { //$NON-NLS-1$
                    Conversation c = bySource.get(lower(ref.attr("targetGUID"))); //$NON-NLS-1$
                    if (c != null && clients.values().stream().noneMatch(l -> l.contains(c))) {
                        own.add(c);
                    }
                    Node note = c == null ? notes.get(lower(ref.attr("targetGUID"))) : null; //$NON-NLS-1$
                    if (note != null) {
                        client.getNotes().add(note(note, users));
                    }
                }
                clients.put(client, own);
            }
        }
        return new Project(root.attr("name"), conversations, clients, warnings, codebook); //$NON-NLS-1$
    }

    private CodeRef leefwereldCode(String methodId, Node code) {
        String name = code.attr("name"); //$NON-NLS-1$
        String guid = lower(code.attr("guid")); //$NON-NLS-1$
        if (name != null && QdpxWriter.codeGuid(methodId, name).equals(guid)) {
            return new CodeRef(methodId, name);
        }
        Codebook book = codebooks.get(methodId);
        if (book != null) {
            Code found = byGuidOrLabel(book.getCodes(), methodId, guid, name);
            if (found != null) {
                return new CodeRef(methodId, found.getId());
            }
        }
        return new CodeRef(methodId, name);
    }

    private static Code byGuidOrLabel(List<Code> list, String methodId, String guid, String label) {
        for (Code c : list) {
            if (QdpxWriter.codeGuid(methodId, c.getId()).equals(guid) || (label != null && label.equals(c.getLabel()))) {
                return c;
            }
            Code inner = byGuidOrLabel(c.getCodes(), methodId, guid, label);
            if (inner != null) {
                return inner;
            }
        }
        return null;
    }

    private static void foreign(List<Node> list, Map<String, CodeRef> codes, Map<String, Node> nodes) {
        for (Node c : list) {
            String name = c.attr("name"); //$NON-NLS-1$
            if (name != null) {
                codes.put(lower(c.attr("guid")), new CodeRef(FOREIGN_METHOD, name)); //$NON-NLS-1$
                nodes.put(lower(c.attr("guid")), c); //$NON-NLS-1$
            }
            foreign(c.all("Code"), codes, nodes); //$NON-NLS-1$
        }
    }

    /** A colour {@code #RRGGBB} (upper case), or null for anything else. */
    private static String colour(String s) {
        return s != null && s.strip().matches("#[0-9A-Fa-f]{6}") ? s.strip().toUpperCase(Locale.ROOT) : null; //$NON-NLS-1$
    }

    private static String sourceText(Node s, Map<String, byte[]> files, String source) throws ExchangeFormatException {
        Node content = s.child("PlainTextContent"); //$NON-NLS-1$
        if (content != null) {
            return content.text.toString();
        }
        String path = s.attr("plainTextPath"); //$NON-NLS-1$
        if (path == null) {
            return null;
        }
        String name = path.startsWith("internal://") ? path.substring("internal://".length()) : null; //$NON-NLS-1$ //$NON-NLS-2$
        byte[] bytes = name == null ? null : files.get(name.toLowerCase(Locale.ROOT));
        if (bytes == null) {
            return null;
        }
        int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, start, bytes.length - start)).toString();
        } catch (CharacterCodingException e) {
            throw new ExchangeFormatException(NLS.bind(Messages.Qdpx_sourceNotUtf8, source, name), e);
        }
    }

    private Conversation conversation(Node s, String text, Map<String, CodeRef> codes, Map<String, String> users,
            Map<String, Node> notes, String source, List<String> warnings) {
        ModelFactory f = ModelFactory.eINSTANCE;
        String name = s.attr("name"); //$NON-NLS-1$
        TranscriptParseResult parse = new TranscriptParser().parse(text);
        Conversation c;
        // UTF-16 index where each utterance starts in the text, and where its text starts
        int[] starts;
        int[] textStarts;
        int[] lineStarts = lineStarts(text);
        if (!parse.hasErrors()) {
            c = parse.conversation();
            List<Utterance> us = c.getUtterances();
            starts = new int[us.size()];
            textStarts = new int[us.size()];
            for (int i = 0; i < us.size(); i++) {
                int line = parse.lineOf(us.get(i));
                starts[i] = line > 0 && line <= lineStarts.length ? lineStarts[line - 1] : 0;
                String first = us.get(i).getText().split("\n", 2)[0]; //$NON-NLS-1$
                int lineEnd = line < lineStarts.length ? lineStarts[line] : text.length();
                int at = first.isEmpty() ? -1 : text.lastIndexOf(first, lineEnd);
                textStarts[i] = at >= starts[i] ? at : starts[i];
            }
        } else {
            warnings.add(NLS.bind(Messages.Qdpx_noTurns, source, name));
            c = f.createConversation();
            c.setKind(ConversationKind.OTHER);
            Participant unknown = f.createParticipant();
            unknown.setId(UUID.randomUUID().toString());
            unknown.setName(Messages.Subtitle_unknownSpeaker);
            c.getParticipants().add(unknown);
            List<Integer> s0 = new ArrayList<>();
            for (int i = 0; i < lineStarts.length; i++) {
                int end = i + 1 < lineStarts.length ? lineStarts[i + 1] : text.length();
                String line = text.substring(lineStarts[i], end);
                if (line.isBlank()) {
                    continue;
                }
                Utterance u = f.createUtterance();
                u.setId(UUID.randomUUID().toString());
                u.setSpeaker(unknown);
                u.setText(line.strip());
                c.getUtterances().add(u);
                s0.add(Integer.valueOf(lineStarts[i]));
            }
            starts = s0.stream().mapToInt(Integer::intValue).toArray();
            textStarts = starts.clone();
            SpeakerRoles.assign(c.getParticipants());
        }
        String guid = s.attr("guid"); //$NON-NLS-1$
        c.setId(guid == null ? UUID.randomUUID().toString() : lower(guid));
        if (name != null && !name.isBlank() && (c.getTitle() == null || c.getTitle().isBlank())) {
            c.setTitle(name);
        }
        Date created = date(s.attr("creationDateTime")); //$NON-NLS-1$
        if (created != null) {
            c.setDate(created);
        }
        for (Node sel : s.all("PlainTextSelection")) { //$NON-NLS-1$
            int startCp = integer(sel.attr("startPosition")); //$NON-NLS-1$
            int endCp = integer(sel.attr("endPosition")); //$NON-NLS-1$
            if (startCp < 0 || endCp < startCp || c.getUtterances().isEmpty()) {
                warnings.add(NLS.bind(Messages.Qdpx_badSelection, source, sel.attr("guid"))); //$NON-NLS-1$
                continue;
            }
            int start = offset(text, startCp);
            int end = offset(text, endCp);
            int index = 0;
            for (int i = 0; i < starts.length; i++) {
                if (starts[i] <= start) {
                    index = i;
                }
            }
            Utterance u = c.getUtterances().get(index);
            int uStart = textStarts[index];
            int uEnd = index + 1 < starts.length ? starts[index + 1] : text.length();
            while (uEnd > uStart && Character.isWhitespace(text.charAt(uEnd - 1))) {
                uEnd--;
            }
            boolean whole = start <= uStart && end >= uEnd;
            StringBuilder memo = new StringBuilder();
            for (Node ref : sel.all("NoteRef")) { //$NON-NLS-1$
                Node note = notes.get(lower(ref.attr("targetGUID"))); //$NON-NLS-1$
                if (note != null && note.child("PlainTextContent") != null) { //$NON-NLS-1$
                    if (memo.length() > 0) {
                        memo.append('\n');
                    }
                    memo.append(note.child("PlainTextContent").text); //$NON-NLS-1$
                }
            }
            for (Node coding : sel.all("Coding")) { //$NON-NLS-1$
                Node ref = coding.child("CodeRef"); //$NON-NLS-1$
                CodeRef code = ref == null ? null : codes.get(lower(ref.attr("targetGUID"))); //$NON-NLS-1$
                if (code == null) {
                    warnings.add(NLS.bind(Messages.Qdpx_unknownCode, source, ref == null ? "-" : ref.attr("targetGUID"))); //$NON-NLS-1$ //$NON-NLS-2$
                    continue;
                }
                Annotation a = f.createAnnotation();
                String id = coding.attr("guid"); //$NON-NLS-1$
                a.setId(id == null ? UUID.randomUUID().toString() : lower(id));
                a.setUtterance(u);
                a.setMethodId(code.methodId());
                a.setCodeId(code.codeId());
                a.setOrigin(AnnotationOrigin.MANUAL);
                String coder = users.get(lower(coding.attr("creatingUser"))); //$NON-NLS-1$
                if (coder == null) {
                    coder = users.get(lower(sel.attr("creatingUser"))); //$NON-NLS-1$
                }
                a.setCoder("Leefwereld".equals(coder) ? null : coder); //$NON-NLS-1$
                if (!whole) {
                    int from = Math.max(0, start - uStart);
                    int to = Math.min(u.getText().length(), Math.max(from, end - uStart));
                    if (to > from && !spansAllowed.computeIfAbsent(String.valueOf(code.methodId()),
                            ConversationCommands::spansAllowed)) {
                        // core's span rule: the code is kept on the whole utterance, and the import says so
                        warnings.add(source + ": " + ConversationCommands.spansRefused(code.methodId(), //$NON-NLS-1$
                                code.codeId()));
                    } else if (to > from) {
                        a.setSpanStart(from);
                        a.setSpanEnd(to);
                    }
                }
                if (memo.length() > 0) {
                    a.setNote(memo.toString());
                }
                c.getAnnotations().add(a);
            }
            if (sel.all("Coding").isEmpty()) { //$NON-NLS-1$
                // a selection with notes and no coding: memos on the utterance (or the span), as Leefwereld writes them
                for (Node ref : sel.all("NoteRef")) { //$NON-NLS-1$
                    Node note = notes.get(lower(ref.attr("targetGUID"))); //$NON-NLS-1$
                    if (note == null) {
                        continue;
                    }
                    Note n = note(note, users);
                    Memo m = f.createMemo();
                    m.setId(n.getId() == null ? UUID.randomUUID().toString() : n.getId());
                    m.setText(n.getText());
                    m.setAuthor(n.getAuthor());
                    m.setCreated(n.getCreated());
                    m.setModified(n.getCreated());
                    m.setUtterance(u);
                    int from = Math.max(0, start - uStart);
                    int to = Math.min(u.getText() == null ? 0 : u.getText().length(), Math.max(from, end - uStart));
                    if (!whole && to > from) {
                        m.setSpanStart(from);
                        m.setSpanEnd(to);
                    }
                    c.getMemos().add(m);
                }
            }
        }
        for (Node ref : s.all("NoteRef")) { //$NON-NLS-1$
            Node note = notes.get(lower(ref.attr("targetGUID"))); //$NON-NLS-1$
            if (note == null) {
                continue;
            }
            c.getNotes().add(note(note, users));
        }
        return c;
    }

    private static Note note(Node note, Map<String, String> users) {
        Note n = ModelFactory.eINSTANCE.createNote();
        n.setId(lower(note.attr("guid"))); //$NON-NLS-1$
        Node content = note.child("PlainTextContent"); //$NON-NLS-1$
        n.setText(content == null ? note.attr("name") : content.text.toString()); //$NON-NLS-1$
        String author = users.get(lower(note.attr("creatingUser"))); //$NON-NLS-1$
        n.setAuthor("Leefwereld".equals(author) ? null : author); //$NON-NLS-1$
        n.setCreated(date(note.attr("creationDateTime"))); //$NON-NLS-1$
        return n;
    }

    private static int[] lineStarts(String text) {
        List<Integer> starts = new ArrayList<>();
        starts.add(Integer.valueOf(0));
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch == '\n' || (ch == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
                starts.add(Integer.valueOf(i + 1));
            }
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The UTF-16 index of a code-point position (clipped to the text). */
    private static int offset(String text, int codePoints) {
        int cps = text.codePointCount(0, text.length());
        return text.offsetByCodePoints(0, Math.min(codePoints, cps));
    }

    private static int integer(String s) {
        try {
            return s == null ? -1 : Integer.parseInt(s.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static Date date(String s) {
        if (s == null) {
            return null;
        }
        try {
            return Date.from(OffsetDateTime.parse(s).toInstant());
        } catch (DateTimeParseException e) {
            try {
                return Date.from(java.time.LocalDateTime.parse(s).atZone(java.time.ZoneId.systemDefault()).toInstant());
            } catch (DateTimeParseException e2) {
                return null;
            }
        }
    }

    private static String lower(String s) {
        if (s == null) {
            return null;
        }
        String t = s.strip();
        if (t.startsWith("{") && t.endsWith("}")) { //$NON-NLS-1$ //$NON-NLS-2$
            t = t.substring(1, t.length() - 1);
        }
        return t.toLowerCase(Locale.ROOT);
    }
}
