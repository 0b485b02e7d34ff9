// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteArrayDataInput;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.automaton.ByteRunAutomaton;
import org.eclipse.osgi.util.NLS;

import nl.leefwereld.model.Annotation;
import nl.leefwereld.model.AnnotationOrigin;
import nl.leefwereld.model.Client;
import nl.leefwereld.model.Conversation;
import nl.leefwereld.model.Memo;
import nl.leefwereld.model.Note;
import nl.leefwereld.model.Participant;
import nl.leefwereld.model.Trajectory;
import nl.leefwereld.model.Utterance;
import nl.leefwereld.search.internal.Analyzers;
import nl.leefwereld.store.OwnerOnlyFiles;

/**
 * A Lucene index of the utterances, notes and codings of conversations: full-text search (Dutch or English
 * stemming per conversation language, accents folded, phrase/prefix/boolean queries), retrieval of coded segments
 * with their context, code counts and the code matrix. Documents are replaced per conversation. Thread-safe.
 * Normally reached through {@link Search#of}, which keeps it in step with the store.
 */
public final class SearchIndex implements AutoCloseable {

    /**
     * Lucene tells on stderr, at its first index, that the JDK's incubating vector module is not enabled: a note for
     * its authors that would otherwise precede every command's output. Held here so the level is not collected.
     */
    private static final Logger LUCENE_VECTORIZATION = Logger.getLogger(
            "org.apache.lucene.internal.vectorization.VectorizationProvider"); //$NON-NLS-1$

    static {
        LUCENE_VECTORIZATION.setLevel(Level.SEVERE);
    }

    static final String TYPE = "type"; //$NON-NLS-1$
    static final String UTTERANCE = "utterance"; //$NON-NLS-1$
    static final String NOTE = "note"; //$NON-NLS-1$
    static final String MEMO = "memo"; //$NON-NLS-1$
    /** Stored on memo documents only: the kind of hit ({@link #MEMO}); utterances and notes tell by number. */
    static final String HIT_TYPE = "hitType"; //$NON-NLS-1$
    static final String CODING = "coding"; //$NON-NLS-1$
    /** A note on a client (in no conversation: it has no conversation field). */
    static final String CLIENT_NOTE = "clientNote"; //$NON-NLS-1$
    static final String CONVERSATION = "conversation"; //$NON-NLS-1$
    static final String TITLE = "title"; //$NON-NLS-1$
    static final String CLIENT = "client"; //$NON-NLS-1$
    static final String CLIENT_NAME = "clientName"; //$NON-NLS-1$
    static final String TRAJECTORY = "trajectory"; //$NON-NLS-1$
    static final String KIND = "kind"; //$NON-NLS-1$
    static final String DATE = "date"; //$NON-NLS-1$
    static final String NUMBER = "number"; //$NON-NLS-1$
    static final String ID = "id"; //$NON-NLS-1$
    static final String SPEAKER = "speaker"; //$NON-NLS-1$
    static final String ROLE = "role"; //$NON-NLS-1$
    static final String TEXT = "text"; //$NON-NLS-1$
    static final String BEFORE = "before"; //$NON-NLS-1$
    static final String AFTER = "after"; //$NON-NLS-1$
    static final String STEM_NL = "stem_nl"; //$NON-NLS-1$
    static final String STEM_EN = "stem_en"; //$NON-NLS-1$
    static final String EXACT = "exact"; //$NON-NLS-1$
    static final String CODE = "code"; //$NON-NLS-1$
    static final String METHOD_CODE = "mcode"; //$NON-NLS-1$
    /** {@code method:code} of a coding document, as doc values (for counts and the matrix). */
    static final String CODING_KEY = "codingKey"; //$NON-NLS-1$
    static final String CODER = "coder"; //$NON-NLS-1$
    static final String METHOD = "method"; //$NON-NLS-1$
    static final String ORIGIN = "origin"; //$NON-NLS-1$
    static final String FINGERPRINT = "leefwereld.fingerprint"; //$NON-NLS-1$
    /** Doc values of a coding document: utterance id, before, text and after, as four strings. */
    static final String SEGMENT = "segment"; //$NON-NLS-1$

    /**
     * The order of the index (conversation, utterance number) and of search results: being the same, a search for
     * the first N hits stops each segment after N (early termination), and a conversation's documents lie together.
     * Client notes have no conversation and come first.
     */
    private static final Sort ORDER = new Sort(new SortField(CONVERSATION, SortField.Type.STRING),
            new SortField(NUMBER, SortField.Type.INT));

    private final Directory directory;
    private final boolean inMemory;
    private static final Analyzer DUTCH = Analyzers.dutch();
    private static final Analyzer ENGLISH = Analyzers.english();
    private static final Analyzer EXACT_WORDS = Analyzers.exact();
    private final IndexWriter writer;
    private final SearcherManager searchers;

    private SearchIndex(Directory directory, boolean inMemory) throws IOException {
        this.directory = directory;
        this.inMemory = inMemory;
        Map<String, Analyzer> perField = Map.of(STEM_NL, DUTCH, STEM_EN, ENGLISH, EXACT, EXACT_WORDS);
        IndexWriterConfig config = new IndexWriterConfig(new PerFieldAnalyzerWrapper(EXACT_WORDS, perField));
        config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
        config.setRAMBufferSizeMB(64);
        config.setIndexSort(ORDER);
        this.writer = new IndexWriter(directory, config);
        this.searchers = new SearcherManager(writer, null);
    }

    /** An index held in memory only (for an encrypted database: no plain text on disk). */
    public static SearchIndex inMemory() {
        try {
            return new SearchIndex(new ByteBuffersDirectory(), true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * An index in this folder (created owner-only when missing). An index written by an earlier version in another
     * order is emptied (it is rebuilt from the store, its fingerprint being gone).
     */
    public static SearchIndex onDisk(Path folder) {
        try {
            OwnerOnlyFiles.createDirectories(folder);
            FSDirectory directory = FSDirectory.open(folder);
            try {
                return new SearchIndex(directory, false);
            } catch (IllegalArgumentException e) {
                // "cannot change previous indexSort": the index of an earlier version
                for (String file : directory.listAll()) {
                    directory.deleteFile(file);
                }
                return new SearchIndex(directory, false);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public boolean isInMemory() {
        return inMemory;
    }

    // ------------------------------------------------------------------------------------------------ writing

    /** Replaces the documents of this conversation (a full one, inside its trajectory and client). */
    public void index(Conversation conversation) {
        try {
            // one by one, not as a block: Lucene keeps blocks together against the index sort
            writer.deleteDocuments(new Term(CONVERSATION, conversation.getId()));
            for (Document d : documents(conversation)) {
                writer.addDocument(d);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Replaces the documents of this client's notes and memos (kinds {@code client note} and {@code client memo};
     * searchable, in no conversation).
     */
    public void indexClientNotes(Client client) {
        try {
            writer.deleteDocuments(clientNotesOf(client.getId()));
            List<Document> docs = new ArrayList<>();
            for (Note n : client.getNotes()) {
                docs.add(clientDocument(client, n.getId(), n.getAuthor(), nonNull(n.getText())));
            }
            // a client's memos, kept in step with its notes (same type, told apart by the hit type)
            for (Memo m : client.getMemos()) {
                String text = m.getTitle() == null || m.getTitle().isBlank() ? nonNull(m.getText())
                        : m.getTitle() + '\n' + nonNull(m.getText());
                Document d = clientDocument(client, m.getId(), m.getAuthor(), text);
                d.add(new StoredField(HIT_TYPE, MEMO));
                if (m.getCodeId() != null) {
                    d.add(new StringField(CODE, lower(m.getCodeId()), Field.Store.NO));
                    d.add(new StringField(METHOD_CODE, lower(nonNull(m.getMethodId()) + ':' + m.getCodeId()),
                            Field.Store.NO));
                    d.add(new StringField(METHOD, lower(m.getMethodId()), Field.Store.NO));
                }
                docs.add(d);
            }
            for (Document d : docs) {
                writer.addDocument(d);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A document of one of the client's notes or memos (type {@code client note}, in no conversation): the client,
     * the object's id, author and text; a client has no language of its own, so the text is stemmed both ways.
     */
    private static Document clientDocument(Client client, String id, String author, String text) {
        Document d = new Document();
        d.add(new StringField(TYPE, CLIENT_NOTE, Field.Store.NO));
        d.add(new StringField(CLIENT, nonNull(client.getId()), Field.Store.YES));
        d.add(new SortedDocValuesField(CLIENT, new BytesRef(nonNull(client.getId()))));
        d.add(new StoredField(CLIENT_NAME, nonNull(client.getDisplayName())));
        d.add(new StoredField(NUMBER, 0));
        d.add(new NumericDocValuesField(NUMBER, 0));
        d.add(new StoredField(ID, nonNull(id)));
        d.add(new StoredField(SPEAKER, nonNull(author)));
        d.add(new StoredField(TEXT, text));
        d.add(new TextField(STEM_NL, text, Field.Store.NO));
        d.add(new TextField(STEM_EN, text, Field.Store.NO));
        d.add(new TextField(EXACT, text, Field.Store.NO));
        return d;
    }

    private static Query clientNotesOf(String clientId) {
        return new BooleanQuery.Builder().add(new TermQuery(new Term(TYPE, CLIENT_NOTE)), Occur.FILTER)
                .add(new TermQuery(new Term(CLIENT, nonNull(clientId))), Occur.FILTER).build();
    }

    /** Deletes the notes of every client not accepted by {@code keep}. */
    public void deleteClientNotesNotIn(Predicate<String> keep) {
        Set<String> clients = withSearcher(searcher -> {
            Set<String> ids = new HashSet<>();
            searcher.search(new TermQuery(new Term(TYPE, CLIENT_NOTE)), new SimpleCollector() {
                private SortedDocValues values;

                @Override
                protected void doSetNextReader(LeafReaderContext context) throws IOException {
                    values = context.reader().getSortedDocValues(CLIENT);
                }

                @Override
                public void collect(int doc) throws IOException {
                    if (values != null && values.advanceExact(doc)) {
                        ids.add(values.lookupOrd(values.ordValue()).utf8ToString());
                    }
                }

                @Override
                public ScoreMode scoreMode() {
                    return ScoreMode.COMPLETE_NO_SCORES;
                }
            });
            return ids;
        });
        try {
            for (String id : clients) {
                if (!keep.test(id)) {
                    writer.deleteDocuments(clientNotesOf(id));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void deleteConversation(String conversationId) {
        delete(new Term(CONVERSATION, conversationId));
    }

    public void deleteClient(String clientId) {
        delete(new Term(CLIENT, clientId));
    }

    public void deleteTrajectory(String trajectoryId) {
        delete(new Term(TRAJECTORY, trajectoryId));
    }

    /** Deletes every conversation not accepted by {@code keep}. */
    public void deleteConversationsNotIn(Predicate<String> keep) {
        for (String id : conversationIds()) {
            if (!keep.test(id)) {
                deleteConversation(id);
            }
        }
    }

    public void deleteAll() {
        try {
            writer.deleteAll();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void delete(Term term) {
        try {
            writer.deleteDocuments(term);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Makes the changes durable with this fingerprint of the store (empty: not known to match), and visible to
     * searches. With {@code purge} the index is merged into one segment without the deleted documents first, so no
     * file keeps their text (costs a rewrite of the index: for erasure and retention only).
     */
    public void commit(String fingerprint, boolean purge) {
        try {
            if (purge && writer.hasDeletions()) {
                // rewrites every segment holding deleted documents (forceMergeDeletes leaves a lone segment as it is)
                writer.forceMerge(1, true);
            }
            writer.setLiveCommitData(Map.of(FINGERPRINT, fingerprint == null ? "" : fingerprint).entrySet()); //$NON-NLS-1$
            writer.commit();
            searchers.maybeRefreshBlocking();
            if (purge) {
                writer.deleteUnusedFiles();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Makes the changes visible to searches (not durable). */
    public void refresh() {
        try {
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The fingerprint of the last commit, or empty. */
    public String committedFingerprint() {
        try {
            if (!DirectoryReader.indexExists(directory)) {
                return ""; //$NON-NLS-1$
            }
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                String value = reader.getIndexCommit().getUserData().get(FINGERPRINT);
                return value == null ? "" : value; //$NON-NLS-1$
            }
        } catch (IOException e) {
            return ""; //$NON-NLS-1$
        }
    }

    /** The ids of the conversations in the index. */
    public Set<String> conversationIds() {
        return withSearcher(searcher -> {
            Set<String> ids = new HashSet<>();
            for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                Terms terms = leaf.reader().terms(CONVERSATION);
                if (terms == null) {
                    continue;
                }
                TermsEnum e = terms.iterator();
                for (BytesRef t = e.next(); t != null; t = e.next()) {
                    if (leaf.reader().docFreq(new Term(CONVERSATION, BytesRef.deepCopyOf(t))) > 0) {
                        ids.add(t.utf8ToString());
                    }
                }
            }
            ids.removeIf(id -> count(searcher, new TermQuery(new Term(CONVERSATION, id))) == 0);
            return ids;
        });
    }

    /** The number of documents (utterances, notes and codings). */
    public int documentCount() {
        return withSearcher(searcher -> searcher.getIndexReader().numDocs());
    }

    // ---------------------------------------------------------------------------------------------- documents

    private List<Document> documents(Conversation c) {
        List<Document> docs = new ArrayList<>();
        Trajectory trajectory = c.getTrajectory();
        Client client = trajectory == null ? null : trajectory.getClient();
        boolean english = Analyzers.isEnglish(c.getLanguage());
        List<Utterance> utterances = c.getUtterances();
        Map<Utterance, List<Annotation>> codings = new HashMap<>();
        for (Annotation a : c.getAnnotations()) {
            if (a.getUtterance() != null && a.getCodeId() != null && a.getOrigin() != AnnotationOrigin.SUGGESTED) {
                codings.computeIfAbsent(a.getUtterance(), u -> new ArrayList<>()).add(a);
            }
        }
        for (int i = 0; i < utterances.size(); i++) {
            Utterance u = utterances.get(i);
            Document d = common(c, trajectory, client, UTTERANCE);
            String text = nonNull(u.getText());
            d.add(new StoredField(NUMBER, i + 1));
            d.add(new NumericDocValuesField(NUMBER, i + 1));
            d.add(new StoredField(ID, nonNull(u.getId())));
            addSpeaker(d, u.getSpeaker());
            d.add(new StoredField(TEXT, text));
            d.add(new TextField(english ? STEM_EN : STEM_NL, text, Field.Store.NO));
            d.add(new TextField(EXACT, text, Field.Store.NO));
            for (Annotation a : codings.getOrDefault(u, List.of())) {
                addCoding(d, a);
            }
            docs.add(d);
            for (Annotation a : codings.getOrDefault(u, List.of())) {
                // no stored fields: retrieval reads a segment from doc values alone (no block to decompress)
                Document coding = common(c, trajectory, client, CODING, false);
                coding.add(new NumericDocValuesField(NUMBER, i + 1));
                Participant speaker = u.getSpeaker();
                String role = role(speaker);
                coding.add(new StringField(ROLE, role, Field.Store.NO));
                coding.add(sorted(dv(ROLE), role));
                coding.add(sorted(dv(SPEAKER), speaker == null ? "" : nonNull(speaker.getName()))); //$NON-NLS-1$
                coding.add(sorted(dv(TITLE), nonNull(c.getTitle())));
                coding.add(sorted(dv(CLIENT_NAME), client == null ? "" : nonNull(client.getDisplayName()))); //$NON-NLS-1$
                if (c.getDate() != null) {
                    coding.add(new NumericDocValuesField(dv(DATE), c.getDate().getTime()));
                }
                coding.add(new BinaryDocValuesField(SEGMENT, segmentValue(nonNull(u.getId()),
                        i > 0 ? nonNull(utterances.get(i - 1).getText()) : "", text, //$NON-NLS-1$
                        i + 1 < utterances.size() ? nonNull(utterances.get(i + 1).getText()) : ""))); //$NON-NLS-1$
                addCoding(coding, a);
                coding.add(new SortedDocValuesField(CODING_KEY, new BytesRef(methodCode(a))));
                String origin = a.getOrigin() == AnnotationOrigin.ACCEPTED ? CodedSegment.ACCEPTED : CodedSegment.HUMAN;
                coding.add(new StringField(ORIGIN, origin, Field.Store.NO));
                coding.add(sorted(dv(ORIGIN), origin));
                coding.add(sorted(dv(METHOD), nonNull(a.getMethodId())));
                coding.add(sorted(dv(CODE), nonNull(a.getCodeId())));
                coding.add(sorted(dv(CODER), nonNull(a.getCoder())));
                docs.add(coding);
            }
        }
        for (Note n : c.getNotes()) {
            Document d = common(c, trajectory, client, NOTE);
            String text = nonNull(n.getText());
            d.add(new StoredField(NUMBER, 0));
            d.add(new NumericDocValuesField(NUMBER, 0));
            d.add(new StoredField(ID, nonNull(n.getId())));
            d.add(new StoredField(SPEAKER, nonNull(n.getAuthor())));
            d.add(new StoredField(TEXT, text));
            d.add(new TextField(english ? STEM_EN : STEM_NL, text, Field.Store.NO));
            d.add(new TextField(EXACT, text, Field.Store.NO));
            docs.add(d);
        }
        for (Memo m : c.getMemos()) {
            Document d = common(c, trajectory, client, MEMO);
            String text = m.getTitle() == null || m.getTitle().isBlank() ? nonNull(m.getText())
                    : m.getTitle() + '\n' + nonNull(m.getText());
            int number = m.getUtterance() == null ? 0 : utterances.indexOf(m.getUtterance()) + 1;
            d.add(new StoredField(HIT_TYPE, MEMO));
            d.add(new StoredField(NUMBER, number));
            d.add(new NumericDocValuesField(NUMBER, number));
            d.add(new StoredField(ID, nonNull(m.getId())));
            d.add(new StoredField(SPEAKER, nonNull(m.getAuthor())));
            d.add(new StoredField(TEXT, text));
            d.add(new TextField(english ? STEM_EN : STEM_NL, text, Field.Store.NO));
            d.add(new TextField(EXACT, text, Field.Store.NO));
            if (m.getCodeId() != null) {
                d.add(new StringField(CODE, lower(m.getCodeId()), Field.Store.NO));
                d.add(new StringField(METHOD_CODE, lower(nonNull(m.getMethodId()) + ':' + m.getCodeId()),
                        Field.Store.NO));
                d.add(new StringField(METHOD, lower(m.getMethodId()), Field.Store.NO));
            }
            docs.add(d);
        }
        return docs;
    }

    private static Document common(Conversation c, Trajectory trajectory, Client client, String type) {
        return common(c, trajectory, client, type, true);
    }

    private static Document common(Conversation c, Trajectory trajectory, Client client, String type,
            boolean stored) {
        Document d = new Document();
        Field.Store store = stored ? Field.Store.YES : Field.Store.NO;
        d.add(new StringField(TYPE, type, Field.Store.NO));
        d.add(new StringField(CONVERSATION, c.getId(), store));
        d.add(new SortedDocValuesField(CONVERSATION, new BytesRef(c.getId())));
        String clientId = client == null ? "" : nonNull(client.getId()); //$NON-NLS-1$
        d.add(new StringField(CLIENT, clientId, store));
        d.add(new SortedDocValuesField(CLIENT, new BytesRef(clientId)));
        if (stored) {
            d.add(new StoredField(TITLE, nonNull(c.getTitle())));
            d.add(new StoredField(CLIENT_NAME, client == null ? "" : nonNull(client.getDisplayName()))); //$NON-NLS-1$
        }
        d.add(new StringField(TRAJECTORY, trajectory == null ? "" : nonNull(trajectory.getId()), Field.Store.NO)); //$NON-NLS-1$
        if (c.getKind() != null) {
            d.add(new StringField(KIND, c.getKind().getName().toLowerCase(Locale.ROOT), Field.Store.NO));
            if (!c.getKind().getLiteral().equalsIgnoreCase(c.getKind().getName())) {
                d.add(new StringField(KIND, c.getKind().getLiteral().toLowerCase(Locale.ROOT), Field.Store.NO));
            }
        }
        if (c.getDate() != null) {
            d.add(new LongPoint(DATE, c.getDate().getTime()));
            if (stored) {
                d.add(new StoredField(DATE, c.getDate().getTime()));
            }
        }
        return d;
    }

    /**
     * The doc values field of a coding document's {@code field}: a name of its own, since Lucene wants a field to
     * have the same structures in every document and the utterances' fields of that name have no doc values.
     */
    private static String dv(String field) {
        return "dv." + field; //$NON-NLS-1$
    }

    private static SortedDocValuesField sorted(String field, String value) {
        return new SortedDocValuesField(field, new BytesRef(value));
    }

    private static String role(Participant speaker) {
        return speaker == null || speaker.getRole() == null ? "" //$NON-NLS-1$
                : speaker.getRole().getLiteral().toLowerCase(Locale.ROOT);
    }

    /** The strings of a segment's doc value (VInt length and UTF-8 bytes each). */
    private static BytesRef segmentValue(String... parts) {
        ByteBuffersDataOutput out = new ByteBuffersDataOutput();
        for (String part : parts) {
            out.writeString(part);
        }
        return new BytesRef(out.toArrayCopy());
    }

    private static void addSpeaker(Document d, Participant speaker) {
        d.add(new StoredField(SPEAKER, speaker == null ? "" : nonNull(speaker.getName()))); //$NON-NLS-1$
        d.add(new StringField(ROLE, role(speaker), Field.Store.YES));
    }

    private static void addCoding(Document d, Annotation a) {
        d.add(new StringField(CODE, lower(a.getCodeId()), Field.Store.NO));
        d.add(new StringField(METHOD_CODE, lower(methodCode(a)), Field.Store.NO));
        d.add(new StringField(METHOD, lower(a.getMethodId()), Field.Store.NO));
        d.add(new StringField(CODER, lower(a.getCoder()), Field.Store.NO));
    }

    private static String methodCode(Annotation a) {
        return nonNull(a.getMethodId()) + ':' + nonNull(a.getCodeId());
    }

    private static String nonNull(String s) {
        return s == null ? "" : s; //$NON-NLS-1$
    }

    private static String lower(String s) {
        return nonNull(s).toLowerCase(Locale.ROOT);
    }

    // ----------------------------------------------------------------------------------------------- searching

    /**
     * The utterances and notes matching {@code query} (words; {@code "a phrase"}; {@code prefix*}; {@code AND},
     * {@code OR}, {@code NOT}, {@code -word}; all words are required unless OR is written), narrowed by the
     * filter, in the order of conversation and utterance; at most {@code limit}.
     *
     * @throws SearchException naming the problem when the query cannot be read
     */
    public List<SearchHit> search(String query, SearchFilter filter, int limit) {
        Query q = parse(query);
        Query full = filtered(q, filter, UTTERANCE, NOTE, MEMO, CLIENT_NOTE);
        Highlighter highlighter = new Highlighter(q);
        return withSearcher(searcher -> {
            // the index's own order: each segment stops after the first {@code limit} hits
            TopDocs top = searcher.search(full, Math.max(1, limit), ORDER, false);
            StoredFields stored = searcher.storedFields();
            List<SearchHit> hits = new ArrayList<>();
            for (ScoreDoc sd : top.scoreDocs) {
                Document d = stored.document(sd.doc);
                String text = d.get(TEXT);
                int number = d.getField(NUMBER).numericValue().intValue();
                String conversation = d.get(CONVERSATION);
                if (conversation == null) {
                    hits.add(new SearchHit("", d.get(CLIENT_NAME), d.get(CLIENT), //$NON-NLS-1$
                            d.get(HIT_TYPE) != null ? SearchHit.CLIENT_MEMO : SearchHit.CLIENT_NOTE, 0,
                            d.get(ID), d.get(SPEAKER), "", text, highlighter.matches(text))); //$NON-NLS-1$
                    continue;
                }
                hits.add(new SearchHit(conversation, d.get(TITLE), d.get(CLIENT),
                        d.get(HIT_TYPE) != null ? MEMO : number == 0 ? NOTE : UTTERANCE,
                        number, d.get(ID), d.get(SPEAKER), nonNull(d.get(ROLE)), text,
                        highlighter.matches(text)));
            }
            return hits;
        });
    }

    /** The number of utterances and notes matching, as {@link #search} would find without a limit. */
    public int count(String query, SearchFilter filter) {
        Query full = filtered(parse(query), filter, UTTERANCE, NOTE, MEMO, CLIENT_NOTE);
        return withSearcher(searcher -> count(searcher, full));
    }

    /**
     * The words of {@code text} that {@code query} matches, as [start, end) ranges (for finding in one
     * conversation without the index); empty when none.
     *
     * @throws SearchException naming the problem when the query cannot be read
     */
    public static List<int[]> matches(String query, String text) {
        return new Highlighter(parse(query)).matches(text == null ? "" : text); //$NON-NLS-1$
    }

    /** Every coded segment the filter selects (not pending suggestions), in conversation and utterance order. */
    public List<CodedSegment> retrieve(SearchFilter filter) {
        return retrieve(filter, 0, Integer.MAX_VALUE).segments();
    }

    /**
     * One page of the coded segments the filter selects, in conversation and utterance order: at most
     * {@code limit} from {@code offset}, with the total number. The order is found from doc values, and the page's
     * segments are read from doc values too (a coding document stores no fields), in index order.
     */
    public SegmentPage retrieve(SearchFilter filter, int offset, int limit) {
        if (offset < 0 || limit < 0) {
            throw new IllegalArgumentException("offset " + offset + ", limit " + limit); //$NON-NLS-1$ //$NON-NLS-2$
        }
        Query full = filtered(new MatchAllDocsQuery(), filter, CODING);
        return withSearcher(searcher -> {
            List<SegmentKey> keys = segmentKeys(searcher, full);
            keys.sort(Comparator.comparing(SegmentKey::conversation).thenComparingInt(SegmentKey::number)
                    .thenComparingInt(SegmentKey::doc));
            int from = Math.min(offset, keys.size());
            int to = (int) Math.min(keys.size(), (long) from + limit);
            List<SegmentKey> page = keys.subList(from, to);
            Integer[] inIndexOrder = new Integer[page.size()];
            for (int i = 0; i < inIndexOrder.length; i++) {
                inIndexOrder[i] = i;
            }
            // doc values are read forwards: in index order, leaf by leaf
            Arrays.sort(inIndexOrder, Comparator.comparingInt(i -> page.get(i).doc()));
            List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
            CodedSegment[] segments = new CodedSegment[page.size()];
            SegmentReader reader = null;
            for (int i : inIndexOrder) {
                SegmentKey k = page.get(i);
                if (reader == null || k.doc() >= reader.end) {
                    reader = new SegmentReader(leaves.get(ReaderUtil.subIndex(k.doc(), leaves)));
                }
                segments[i] = reader.read(k);
            }
            return new SegmentPage(List.of(segments), keys.size(), from);
        });
    }

    /** Reads coded segments of one leaf from its doc values, in increasing document order. */
    private static final class SegmentReader {
        private final int base;
        final int end;
        private final SortedDocValues title;
        private final SortedDocValues client;
        private final SortedDocValues speaker;
        private final SortedDocValues role;
        private final SortedDocValues method;
        private final SortedDocValues code;
        private final SortedDocValues coder;
        private final SortedDocValues origin;
        private final BinaryDocValues segment;
        private final Map<String, Map<Integer, String>> names = new HashMap<>();

        SegmentReader(LeafReaderContext context) throws IOException {
            LeafReader leaf = context.reader();
            base = context.docBase;
            end = base + leaf.maxDoc();
            title = leaf.getSortedDocValues(dv(TITLE));
            client = leaf.getSortedDocValues(CLIENT);
            speaker = leaf.getSortedDocValues(dv(SPEAKER));
            role = leaf.getSortedDocValues(dv(ROLE));
            method = leaf.getSortedDocValues(dv(METHOD));
            code = leaf.getSortedDocValues(dv(CODE));
            coder = leaf.getSortedDocValues(dv(CODER));
            origin = leaf.getSortedDocValues(dv(ORIGIN));
            segment = leaf.getBinaryDocValues(SEGMENT);
        }

        CodedSegment read(SegmentKey k) throws IOException {
            int doc = k.doc() - base;
            String[] texts = { "", "", "", "" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            if (segment != null && segment.advanceExact(doc)) {
                BytesRef b = segment.binaryValue();
                ByteArrayDataInput in = new ByteArrayDataInput(b.bytes, b.offset, b.length);
                for (int i = 0; i < texts.length; i++) {
                    texts[i] = in.readString();
                }
            }
            return new CodedSegment(k.conversation(), value(TITLE, title, doc), value(CLIENT, client, doc),
                    k.number(), texts[0], value(SPEAKER, speaker, doc), value(ROLE, role, doc), texts[1], texts[2],
                    texts[3], value(METHOD, method, doc), value(CODE, code, doc), value(CODER, coder, doc),
                    value(ORIGIN, origin, doc));
        }

        /** The value of a sorted doc value (each distinct value decoded once per leaf). */
        private String value(String field, SortedDocValues values, int doc) throws IOException {
            if (values == null || !values.advanceExact(doc)) {
                return ""; //$NON-NLS-1$
            }
            int ord = values.ordValue();
            Map<Integer, String> byOrd = names.computeIfAbsent(field, f -> new HashMap<>());
            String value = byOrd.get(ord);
            if (value == null) {
                value = values.lookupOrd(ord).utf8ToString();
                byOrd.put(ord, value);
            }
            return value;
        }
    }

    private record SegmentKey(int doc, String conversation, int number) {
    }

    /** Every document the query matches with its conversation and number, from doc values. */
    private static List<SegmentKey> segmentKeys(IndexSearcher searcher, Query query) throws IOException {
        List<SegmentKey> keys = new ArrayList<>();
        searcher.search(query, new SimpleCollector() {
            private SortedDocValues conversations;
            private NumericDocValues numbers;
            private int docBase;
            private final Map<Integer, String> names = new HashMap<>();

            @Override
            protected void doSetNextReader(LeafReaderContext context) throws IOException {
                conversations = context.reader().getSortedDocValues(CONVERSATION);
                numbers = context.reader().getNumericDocValues(NUMBER);
                docBase = context.docBase;
                names.clear();
            }

            @Override
            public void collect(int doc) throws IOException {
                String conversation = ""; //$NON-NLS-1$
                if (conversations != null && conversations.advanceExact(doc)) {
                    int ord = conversations.ordValue();
                    conversation = names.get(ord);
                    if (conversation == null) {
                        conversation = conversations.lookupOrd(ord).utf8ToString();
                        names.put(ord, conversation);
                    }
                }
                int number = numbers != null && numbers.advanceExact(doc) ? (int) numbers.longValue() : 0;
                keys.add(new SegmentKey(docBase + doc, conversation, number));
            }

            @Override
            public ScoreMode scoreMode() {
                return ScoreMode.COMPLETE_NO_SCORES;
            }
        });
        return keys;
    }

    /** The number of codings per {@code method:code} that the filter selects. */
    public Map<String, Integer> codeCounts(SearchFilter filter) {
        Map<String, Integer> counts = new TreeMap<>();
        Query full = filtered(new MatchAllDocsQuery(), filter, CODING);
        collect(full, CONVERSATION, (code, column) -> counts.merge(code, 1, Integer::sum));
        return counts;
    }

    /**
     * Codes × conversations (or clients when {@code byClient}) with the number of codings per cell, for what the
     * filter selects. Columns are in the order of their labels (conversation title, or the client's name).
     */
    public CodeMatrix matrix(boolean byClient, SearchFilter filter) {
        Query full = filtered(new MatchAllDocsQuery(), filter, CODING);
        Map<String, Map<String, Integer>> cells = new TreeMap<>();
        Map<String, String> labels = new HashMap<>();
        withSearcher(searcher -> {
            MatrixCollector collector = new MatrixCollector(byClient, cells, labels);
            searcher.search(full, collector);
            collector.flush();
            return null;
        });
        List<String> ordered = new ArrayList<>(labels.keySet());
        ordered.sort(Comparator.comparing((String id) -> labels.get(id)).thenComparing(id -> id));
        List<String> codes = new ArrayList<>(cells.keySet());
        int[][] counts = new int[codes.size()][ordered.size()];
        for (int r = 0; r < codes.size(); r++) {
            Map<String, Integer> row = cells.get(codes.get(r));
            for (int col = 0; col < ordered.size(); col++) {
                counts[r][col] = row.getOrDefault(ordered.get(col), 0);
            }
        }
        return new CodeMatrix(codes, ordered, ordered.stream().map(labels::get).toList(), counts);
    }

    /**
     * Counts the codings per code and column by the ordinals of their sorted doc values, leaf by leaf, and decodes
     * each code, column and column label once per leaf (not once per coding); the label (a conversation's title
     * and date, or a client's name) comes from the coding documents' own doc values, not from a query and a
     * stored document per column.
     */
    private static final class MatrixCollector extends SimpleCollector {
        private final boolean byClient;
        private final Map<String, Map<String, Integer>> cells;
        private final Map<String, String> labels;
        private SortedDocValues codes;
        private SortedDocValues columns;
        private SortedDocValues names;
        private NumericDocValues dates;
        private final Map<Long, int[]> counts = new HashMap<>();
        private String[] columnIds;
        private String[] codeIds;

        MatrixCollector(boolean byClient, Map<String, Map<String, Integer>> cells, Map<String, String> labels) {
            this.byClient = byClient;
            this.cells = cells;
            this.labels = labels;
        }

        @Override
        protected void doSetNextReader(LeafReaderContext context) throws IOException {
            flush();
            LeafReader reader = context.reader();
            codes = reader.getSortedDocValues(CODING_KEY);
            columns = reader.getSortedDocValues(byClient ? CLIENT : CONVERSATION);
            names = reader.getSortedDocValues(dv(byClient ? CLIENT_NAME : TITLE));
            dates = byClient ? null : reader.getNumericDocValues(dv(DATE));
            codeIds = codes == null ? null : new String[(int) Math.min(Integer.MAX_VALUE, codes.getValueCount())];
            columnIds = columns == null ? null
                    : new String[(int) Math.min(Integer.MAX_VALUE, columns.getValueCount())];
        }

        @Override
        public void collect(int doc) throws IOException {
            if (codes == null || columns == null || !codes.advanceExact(doc) || !columns.advanceExact(doc)) {
                return;
            }
            int code = codes.ordValue();
            int column = columns.ordValue();
            if (columnIds[column] == null) {
                // the column's first coding in this leaf (documents come in increasing order): its id and label
                String id = columns.lookupOrd(column).utf8ToString();
                columnIds[column] = id;
                if (!labels.containsKey(id)) {
                    labels.put(id, label(id, doc));
                }
            }
            if (codeIds[code] == null) {
                codeIds[code] = codes.lookupOrd(code).utf8ToString();
            }
            counts.computeIfAbsent(((long) code << 32) | column, k -> new int[1])[0]++;
        }

        private String label(String id, int doc) throws IOException {
            String name = names != null && names.advanceExact(doc) ? names.lookupOrd(names.ordValue()).utf8ToString()
                    : ""; //$NON-NLS-1$
            if (!byClient && dates != null && dates.advanceExact(doc)) {
                name = name + " (" + java.time.Instant.ofEpochMilli(dates.longValue()) //$NON-NLS-1$
                        .atZone(ZoneId.systemDefault()).toLocalDate() + ')';
            }
            return name.isBlank() ? id : name;
        }

        /** Adds the counts of the leaf just read to the cells. */
        void flush() {
            for (Map.Entry<Long, int[]> e : counts.entrySet()) {
                String code = codeIds[(int) (e.getKey() >>> 32)];
                String column = columnIds[(int) (e.getKey() & 0xffffffffL)];
                cells.computeIfAbsent(code, k -> new HashMap<>()).merge(column, e.getValue()[0], Integer::sum);
            }
            counts.clear();
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }
    }

    private interface CellSink {
        void add(String code, String column);
    }

    @SuppressWarnings("deprecation")
    private void collect(Query query, String columnField, CellSink sink) {
        withSearcher(searcher -> {
            searcher.search(query, new SimpleCollector() {
                private SortedDocValues codes;
                private SortedDocValues columns;

                @Override
                protected void doSetNextReader(LeafReaderContext context) throws IOException {
                    LeafReader reader = context.reader();
                    codes = reader.getSortedDocValues(CODING_KEY);
                    columns = reader.getSortedDocValues(columnField);
                }

                @Override
                public void collect(int doc) throws IOException {
                    if (codes != null && columns != null && codes.advanceExact(doc) && columns.advanceExact(doc)) {
                        sink.add(codes.lookupOrd(codes.ordValue()).utf8ToString(),
                                columns.lookupOrd(columns.ordValue()).utf8ToString());
                    }
                }

                @Override
                public ScoreMode scoreMode() {
                    return ScoreMode.COMPLETE_NO_SCORES;
                }
            });
            return null;
        });
    }

    private static int count(IndexSearcher searcher, Query q) {
        try {
            return searcher.count(q);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @FunctionalInterface
    private interface SearcherWork<T> {
        T run(IndexSearcher searcher) throws IOException;
    }

    private <T> T withSearcher(SearcherWork<T> work) {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return work.run(searcher);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The query over both languages: Dutch stems, English stems; prefixes and wildcards on the exact words. */
    static Query parse(String query) {
        if (query == null || query.isBlank()) {
            throw new SearchException(Messages.SearchIndex_emptyQuery);
        }
        try {
            Query nl = new ExactPrefixParser(STEM_NL, DUTCH).parse(query);
            Query en = new ExactPrefixParser(STEM_EN, ENGLISH).parse(query);
            return new BooleanQuery.Builder().add(nl, Occur.SHOULD).add(en, Occur.SHOULD).build();
        } catch (ParseException | IllegalArgumentException e) {
            throw new SearchException(NLS.bind(Messages.SearchIndex_badQuery, query, firstLine(e.getMessage())), e);
        }
    }

    private static String firstLine(String s) {
        if (s == null) {
            return ""; //$NON-NLS-1$
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    private static Query filtered(Query query, SearchFilter f, String... types) {
        BooleanQuery.Builder b = new BooleanQuery.Builder().add(query, Occur.MUST);
        BooleanQuery.Builder typeQuery = new BooleanQuery.Builder();
        for (String type : types) {
            typeQuery.add(new TermQuery(new Term(TYPE, type)), Occur.SHOULD);
        }
        b.add(typeQuery.build(), Occur.FILTER);
        if (f == null) {
            return b.build();
        }
        term(b, CLIENT, f.clientId(), false);
        term(b, TRAJECTORY, f.trajectoryId(), false);
        term(b, CONVERSATION, f.conversationId(), false);
        term(b, KIND, f.kind(), true);
        term(b, ROLE, f.speakerRole(), true);
        if (f.code() != null && !f.code().isBlank()) {
            term(b, f.code().contains(":") ? METHOD_CODE : CODE, f.code(), true); //$NON-NLS-1$
        }
        term(b, CODER, f.coder(), true);
        term(b, METHOD, f.method(), true);
        if (f.from() != null || f.to() != null) {
            ZoneId zone = ZoneId.systemDefault();
            long from = f.from() == null ? Long.MIN_VALUE : f.from().atStartOfDay(zone).toInstant().toEpochMilli();
            long to = f.to() == null ? Long.MAX_VALUE
                    : f.to().plusDays(1).atStartOfDay(zone).toInstant().toEpochMilli() - 1;
            b.add(LongPoint.newRangeQuery(DATE, from, to), Occur.FILTER);
        }
        return b.build();
    }

    private static void term(BooleanQuery.Builder b, String field, String value, boolean lowerCase) {
        if (value != null && !value.isBlank()) {
            String v = lowerCase ? value.trim().toLowerCase(Locale.ROOT) : value.trim();
            b.add(new TermQuery(new Term(field, v)), Occur.FILTER);
        }
    }

    /** Parses with stems on its field; prefix, wildcard and fuzzy terms go to the exact words. */
    private static final class ExactPrefixParser extends QueryParser {
        ExactPrefixParser(String field, Analyzer analyzer) {
            super(field, analyzer);
            setDefaultOperator(QueryParser.Operator.AND);
            setSplitOnWhitespace(true);
        }

        @Override
        protected Query getPrefixQuery(String field, String termStr) throws ParseException {
            return super.getPrefixQuery(EXACT, termStr);
        }

        @Override
        protected Query getWildcardQuery(String field, String termStr) throws ParseException {
            return super.getWildcardQuery(EXACT, termStr);
        }

        @Override
        protected Query getFuzzyQuery(String field, String termStr, float minSimilarity) throws ParseException {
            return super.getFuzzyQuery(EXACT, termStr, minSimilarity);
        }
    }

    /** Finds the words of a text that a query matches (its terms, and its prefixes on the exact words). */
    private static final class Highlighter {
        private final Set<Term> terms = new HashSet<>();
        private final List<Supplier<ByteRunAutomaton>> exactAutomata = new ArrayList<>();

        Highlighter(Query query) {
            query.visit(new QueryVisitor() {
                @Override
                public void consumeTerms(Query q, Term... ts) {
                    terms.addAll(List.of(ts));
                }

                @Override
                public void consumeTermsMatching(Query q, String field, Supplier<ByteRunAutomaton> automaton) {
                    if (EXACT.equals(field)) {
                        exactAutomata.add(automaton);
                    }
                }

                @Override
                public QueryVisitor getSubVisitor(Occur occur, Query parent) {
                    return occur == Occur.MUST_NOT ? QueryVisitor.EMPTY_VISITOR : this;
                }
            });
        }

        List<int[]> matches(String text) {
            TreeMap<Integer, Integer> ranges = new TreeMap<>();
            mark(text, STEM_NL, DUTCH, ranges);
            mark(text, STEM_EN, ENGLISH, ranges);
            mark(text, EXACT, EXACT_WORDS, ranges);
            List<int[]> result = new ArrayList<>();
            int end = -1;
            for (Map.Entry<Integer, Integer> e : ranges.entrySet()) {
                if (e.getKey() >= end) {
                    result.add(new int[] { e.getKey(), e.getValue() });
                    end = e.getValue();
                }
            }
            return result;
        }

        private void mark(String text, String field, Analyzer analyzer, Map<Integer, Integer> ranges) {
            boolean exactField = EXACT.equals(field);
            if (!exactField && terms.stream().noneMatch(t -> t.field().equals(field))) {
                return;
            }
            try (TokenStream ts = analyzer.tokenStream(field, text)) {
                CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
                OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
                ts.reset();
                while (ts.incrementToken()) {
                    String word = term.toString();
                    boolean hit = terms.contains(new Term(field, word));
                    if (!hit && exactField) {
                        BytesRef bytes = new BytesRef(word);
                        for (Supplier<ByteRunAutomaton> a : exactAutomata) {
                            if (a.get().run(bytes.bytes, bytes.offset, bytes.length)) {
                                hit = true;
                                break;
                            }
                        }
                    }
                    if (hit) {
                        ranges.merge(offset.startOffset(), offset.endOffset(), Math::max);
                    }
                }
                ts.end();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** A day given as yyyy-mm-dd, for the filters of the CLI. */
    public static LocalDate day(String value) {
        return value == null || value.isBlank() ? null : LocalDate.parse(value.trim());
    }

    @Override
    public void close() {
        try {
            searchers.close();
            writer.close();
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
