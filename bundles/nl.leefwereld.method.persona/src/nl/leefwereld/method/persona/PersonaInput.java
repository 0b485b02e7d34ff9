// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.method.persona;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;

import nl.leefwereld.core.coding.CodeLabels;
import nl.leefwereld.method.persona.cluster.MixedData;
import nl.leefwereld.model.Annotation;
import nl.leefwereld.model.AnnotationOrigin;
import nl.leefwereld.model.Client;
import nl.leefwereld.model.ClientAttribute;
import nl.leefwereld.model.Code;
import nl.leefwereld.model.Conversation;
import nl.leefwereld.model.ConversationKind;
import nl.leefwereld.model.Participant;
import nl.leefwereld.model.ParticipantRole;
import nl.leefwereld.model.Trajectory;
import nl.leefwereld.model.Utterance;
import nl.leefwereld.store.ConversationStore;

/**
 * The clients as persona analysis sees them: their attributes, the themes (codes) of their conversations and
 * panel contributions, and their own utterances (for quotes), each client named by its pseudonym (or a keyed
 * hash). The table for clustering is {@link #table()}.
 *
 * <p>Whose words are whose: in a client's own conversations the utterances of the one client participant are the
 * client's. In a panel conversation (kind {@code panel}) with several client participants, a participant whose
 * name equals the pseudonym of a known client contributes to that client; the words of other panel participants
 * cannot be tied to a client and are left out. Only codes that a person gave or accepted count as themes
 * (suggestions do not).</p>
 */
public final class PersonaInput {

    /** Value of a theme column when the client's conversations carry the code. */
    public static final String THEME_YES = "ja"; //$NON-NLS-1$
    /** Value of a theme column when they do not. */
    public static final String THEME_NO = "nee"; //$NON-NLS-1$

    /** One client. */
    public static final class Member {
        private final String key;
        private final Client client;
        private final Map<String, String> attributes = new LinkedHashMap<>();
        private final Set<String> themes = new LinkedHashSet<>();
        private final List<Quote> utterances = new ArrayList<>();
        private boolean coded;
        private boolean panel;

        Member(String key, Client client) {
            this.key = key;
            this.client = client;
        }

        /** Pseudonym or keyed hash: the only name of the client in output. */
        public String key() {
            return key;
        }

        /** The model object (for storing; never shown). */
        public Client client() {
            return client;
        }

        /** Attribute name to value as stored (first value of a name). */
        public Map<String, String> attributes() {
            return attributes;
        }

        /** Labels of the codes of the client's conversations. */
        public Set<String> themes() {
            return themes;
        }

        /** The client's own utterances, with the themes coded on them. */
        public List<Quote> utterances() {
            return utterances;
        }

        /** Whether the client contributed to a panel conversation. */
        public boolean panel() {
            return panel;
        }
    }

    /** A client's own words. */
    public record Quote(String clientKey, String conversationId, String utteranceId, String text, Set<String> themes) {
    }

    private final List<Member> members;
    private final List<String> attributeNames;
    private final List<String> themeNames;
    private MixedData table;

    private PersonaInput(List<Member> members, List<String> attributeNames, List<String> themeNames) {
        this.members = members;
        this.attributeNames = attributeNames;
        this.themeNames = themeNames;
    }

    /**
     * Loads every client with its conversations from the store, in one read of each table for all conversations
     * ({@link ConversationStore#listClientsWithConversations()}; it was one set of queries per conversation).
     */
    public static PersonaInput load(ConversationStore store, PseudonymKey key, CodeLabels labels,
            IProgressMonitor monitor) {
        SubMonitor sub = SubMonitor.convert(monitor, 2);
        List<Client> clients = store.listClientsWithConversations();
        if (sub.isCanceled()) {
            throw new OperationCanceledException();
        }
        sub.worked(1);
        return of(clients, null, key, labels, sub.split(1));
    }

    /**
     * @param clients the clients (header copies are fine)
     * @param loader  loads a full conversation by id (e.g. {@code store::loadConversation}); the conversation
     *                headers in the clients' trajectories are used as they are when it is {@code null}
     * @param key     names clients without a pseudonym
     * @param labels  labels of codes; {@code null}: method and code id
     */
    public static PersonaInput of(List<Client> clients, Function<String, Conversation> loader, PseudonymKey key,
            CodeLabels labels, IProgressMonitor monitor) {
        SubMonitor sub = SubMonitor.convert(monitor, clients.size() * 2);
        List<Member> members = new ArrayList<>();
        Map<String, Member> byPseudonym = new HashMap<>();
        Map<String, String> attributeSpelling = new LinkedHashMap<>();
        // the spelling of each attribute name as stored, looked up once per distinct name, not once per value
        Map<String, String> nameOf = new HashMap<>();
        for (Client client : clients) {
            Member m = new Member(key.keyOf(client), client);
            for (ClientAttribute a : client.getAttributes()) {
                String raw = a.getName();
                String value = a.getValue();
                if (raw == null || value == null || value.isBlank()) {
                    continue;
                }
                String name = nameOf.get(raw);
                if (name == null) {
                    name = raw.isBlank() ? "" : attributeSpelling.computeIfAbsent(raw.strip().toLowerCase(Locale.ROOT), //$NON-NLS-1$
                            x -> raw.strip());
                    nameOf.put(raw, name);
                }
                if (!name.isEmpty()) {
                    m.attributes.putIfAbsent(name, value.strip());
                }
            }
            members.add(m);
            if (client.getPseudonym() != null && !client.getPseudonym().isBlank()) {
                byPseudonym.put(client.getPseudonym().strip().toLowerCase(Locale.ROOT), m);
            }
        }
        sub.worked(clients.size());
        for (Member m : members) {
            if (sub.isCanceled()) {
                throw new OperationCanceledException();
            }
            for (Trajectory t : m.client.getTrajectories()) {
                for (Conversation header : t.getConversations()) {
                    Conversation c = loader == null ? header : loader.apply(header.getId());
                    if (c != null) {
                        collect(m, c, byPseudonym, labels);
                    }
                }
            }
            sub.worked(1);
        }
        Map<String, Integer> themeUse = new TreeMap<>();
        for (Member m : members) {
            for (String theme : m.themes) {
                themeUse.merge(theme, 1, Integer::sum);
            }
        }
        List<String> themes = new ArrayList<>(themeUse.keySet());
        return new PersonaInput(members, new ArrayList<>(attributeSpelling.values()), themes);
    }

    private static void collect(Member holder, Conversation c, Map<String, Member> byPseudonym, CodeLabels labels) {
        List<Participant> clientParticipants = c.getParticipants().stream()
                .filter(p -> p.getRole() == ParticipantRole.CLIENT).toList();
        boolean panel = c.getKind() == ConversationKind.PANEL;
        Map<Participant, Member> owner = new HashMap<>();
        for (Participant p : clientParticipants) {
            Member matched = p.getName() == null ? null : byPseudonym.get(p.getName().strip().toLowerCase(Locale.ROOT));
            if (matched != null) {
                owner.put(p, matched);
            } else if (clientParticipants.size() == 1) {
                owner.put(p, holder);
            }
        }
        Map<Utterance, Set<String>> themesOf = new HashMap<>();
        for (Annotation a : c.getAnnotations()) {
            if (a.getOrigin() == AnnotationOrigin.SUGGESTED || a.getCodeId() == null) {
                continue;
            }
            String label = label(a, labels);
            Member m = a.getUtterance() == null ? holder
                    : a.getUtterance().getSpeaker() == null ? holder : owner.getOrDefault(a.getUtterance().getSpeaker(), holder);
            m.themes.add(label);
            m.coded = true;
            if (a.getUtterance() != null) {
                themesOf.computeIfAbsent(a.getUtterance(), u -> new LinkedHashSet<>()).add(label);
            }
        }
        for (Utterance u : c.getUtterances()) {
            Member m = u.getSpeaker() == null ? null : owner.get(u.getSpeaker());
            if (m == null || u.getText() == null || u.getText().isBlank()) {
                continue;
            }
            if (panel) {
                m.panel = true;
            }
            m.utterances.add(new Quote(m.key, c.getId(), u.getId(), u.getText().strip(),
                    Set.copyOf(themesOf.getOrDefault(u, Set.of()))));
        }
    }

    private static String label(Annotation a, CodeLabels labels) {
        if (labels != null) {
            String label = labels.find(a).map(Code::getLabel).orElse(null);
            if (label != null && !label.isBlank()) {
                return label;
            }
        }
        return a.getMethodId() + ':' + a.getCodeId();
    }

    public List<Member> members() {
        return members;
    }

    /** Names of the client attributes, in first-seen order. */
    public List<String> attributeNames() {
        return attributeNames;
    }

    /** Labels of the themes (codes) found in the conversations, sorted. */
    public List<String> themeNames() {
        return themeNames;
    }

    /** Only the members for which {@code keep} holds (e.g. the panel), as a new input. */
    public PersonaInput subset(java.util.function.Predicate<Member> keep) {
        List<Member> kept = members.stream().filter(keep).toList();
        Set<String> themes = new java.util.TreeSet<>();
        kept.forEach(m -> themes.addAll(m.themes));
        return new PersonaInput(new ArrayList<>(kept), attributeNames, new ArrayList<>(themes));
    }

    /** The attribute (or {@code "thema: <label>"}) behind each categorical column, then each numeric column. */
    public String columnName(boolean numeric, int column) {
        table();
        return numeric ? table.numericName(column) : table.categoricalName(column);
    }

    /**
     * The table for clustering: an attribute is numeric when every value of it parses as a number (a decimal
     * comma is accepted), categorical otherwise (values compared without regard to case); each theme is a column
     * with the values {@value #THEME_YES}/{@value #THEME_NO} (unknown for clients without coded conversations).
     */
    public synchronized MixedData table() {
        if (table != null) {
            return table;
        }
        int n = members.size();
        // one pass over the members per attribute: its column of values, parsed once
        List<String> numericNames = new ArrayList<>();
        List<String> categoricalNames = new ArrayList<>();
        List<double[]> numericColumns = new ArrayList<>();
        List<String[]> categoricalColumns = new ArrayList<>();
        for (String a : attributeNames) {
            String[] values = new String[n];
            double[] parsed = new double[n];
            boolean numeric = true;
            boolean any = false;
            for (int i = 0; i < n; i++) {
                String v = members.get(i).attributes.get(a);
                values[i] = v;
                parsed[i] = Double.NaN;
                if (v != null) {
                    any = true;
                    if (numeric) {
                        parsed[i] = parseNumber(v);
                        numeric = !Double.isNaN(parsed[i]);
                    }
                }
            }
            if (!any) {
                continue;
            }
            if (numeric) {
                numericNames.add(a);
                numericColumns.add(parsed);
            } else {
                categoricalNames.add(a);
                categoricalColumns.add(values);
            }
        }
        double[][] num = new double[n][numericNames.size()];
        for (int j = 0; j < numericNames.size(); j++) {
            double[] column = numericColumns.get(j);
            for (int i = 0; i < n; i++) {
                num[i][j] = column[i];
            }
        }
        int q = categoricalNames.size() + themeNames.size();
        int[][] cat = new int[n][q];
        String[][] labels = new String[q][];
        String[] names = new String[q];
        for (int l = 0; l < categoricalNames.size(); l++) {
            names[l] = categoricalNames.get(l);
            String[] column = categoricalColumns.get(l);
            Map<String, Integer> codes = new HashMap<>();
            Map<String, Integer> exact = new HashMap<>(); // as spelled: no lower-casing for a value seen before
            List<String> spelled = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                String v = column[i];
                if (v == null) {
                    cat[i][l] = -1;
                    continue;
                }
                Integer code = exact.get(v);
                if (code == null) {
                    code = codes.computeIfAbsent(v.toLowerCase(Locale.ROOT), x -> {
                        spelled.add(v);
                        return Integer.valueOf(spelled.size() - 1);
                    });
                    exact.put(v, code);
                }
                cat[i][l] = code.intValue();
            }
            labels[l] = spelled.toArray(String[]::new);
        }
        for (int t = 0; t < themeNames.size(); t++) {
            int l = categoricalNames.size() + t;
            names[l] = Messages.bind(Messages.Persona_themeColumn, themeNames.get(t));
            labels[l] = new String[] { THEME_NO, THEME_YES };
            for (int i = 0; i < n; i++) {
                Member m = members.get(i);
                cat[i][l] = !m.coded ? -1 : m.themes.contains(themeNames.get(t)) ? 1 : 0;
            }
        }
        table = new MixedData(numericNames.toArray(String[]::new), num, names, cat, labels);
        return table;
    }

    /** A number in Dutch or English notation ({@code 3,5}, {@code 3.5}, {@code 1.234,5} not), else NaN. */
    public static double parseNumber(String s) {
        String t = s.strip();
        if (t.isEmpty() || t.length() > 30) {
            return Double.NaN;
        }
        if (t.indexOf(',') >= 0 && t.indexOf('.') < 0) {
            t = t.replace(',', '.');
        }
        int i = t.charAt(0) == '-' || t.charAt(0) == '+' ? 1 : 0;
        int digits = 0;
        int dots = 0;
        for (; i < t.length(); i++) {
            char ch = t.charAt(i);
            if (ch >= '0' && ch <= '9') {
                digits++;
            } else if (ch == '.' && dots == 0) {
                dots++;
            } else {
                return Double.NaN;
            }
        }
        return digits == 0 ? Double.NaN : Double.parseDouble(t);
    }

}
