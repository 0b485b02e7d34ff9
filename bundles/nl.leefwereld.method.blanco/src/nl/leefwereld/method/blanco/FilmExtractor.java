// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.method.blanco;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.leefwereld.method.blanco.model.FilmEvent;
import nl.leefwereld.method.blanco.model.NetworkPerson;
import nl.leefwereld.model.Conversation;
import nl.leefwereld.model.ParticipantRole;
import nl.leefwereld.model.Utterance;

/**
 * Suggests film material from what the client said: events (factual sentences with a time: "in 2019", "na de
 * scheiding", "vorig jaar") and the people the client names ("mijn zus Anja", "de huisarts", "de buurvrouw"), with
 * closeness and support read from the same sentence ("helpt", "elke dag", "geen contact"). Only suggestions with
 * the client's sentence as quote: the professional checks them with the client, whose view of the network counts.
 */
public final class FilmExtractor {

    /** What was suggested; the objects are not yet in a film. */
    public record Suggestions(List<FilmEvent> events, List<NetworkPerson> people) {
    }

    private static final Map<String, String> ROLES = new LinkedHashMap<>();
    static {
        String family = Messages.Relation_family;
        String friends = Messages.Relation_friends;
        String neighbours = Messages.Relation_neighbours;
        String care = Messages.Relation_professional;
        String volunteers = Messages.Relation_volunteer;
        String carers = Messages.Relation_carer;
        String work = Messages.Relation_work;
        for (String r : new String[] { "moeder", "vader", "zus", "zusje", "broer", "broertje", "zoon", "dochter", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
                "oma", "opa", "tante", "oom", "neef", "nicht", "partner", "vrouw", "man", "ex", "kinderen", "moeder", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$
                "schoonmoeder", "vriend", "mother", "father", "sister", "brother", "son", "daughter", "wife", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$
                "husband" }) { //$NON-NLS-1$
            ROLES.put(r, family);
        }
        ROLES.put("vriend", friends); //$NON-NLS-1$
        ROLES.put("vriendin", friends); //$NON-NLS-1$
        ROLES.put("vrienden", friends); //$NON-NLS-1$
        ROLES.put("friend", friends); //$NON-NLS-1$
        for (String r : new String[] { "buurvrouw", "buurman", "buren", "neighbour", "neighbor" }) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
            ROLES.put(r, neighbours);
        }
        for (String r : new String[] { "huisarts", "dokter", "psycholoog", "psychiater", "bewindvoerder", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
                "schuldhulpverlener", "wijkverpleegkundige", "thuiszorg", "begeleider", "wijkteam", "gp", "doctor" }) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
            ROLES.put(r, care);
        }
        for (String r : new String[] { "vrijwilliger", "vrijwilligster", "maatje", "buddy", "volunteer" }) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
            ROLES.put(r, volunteers);
        }
        for (String r : new String[] { "mantelzorger", "carer" }) { //$NON-NLS-1$ //$NON-NLS-2$
            ROLES.put(r, carers);
        }
        for (String r : new String[] { "collega", "baas", "werkgever", "leidinggevende", "colleague", "boss" }) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
            ROLES.put(r, work);
        }
    }

    private static final Pattern PERSON = Pattern.compile("(?iu)\\b(?:mijn|m'n|onze|ons|de|het|een|my|our|the|a|an)\\s+(" //$NON-NLS-1$
            + String.join("|", ROLES.keySet()) + ")\\b(?:,?\\s+(?-i:(\\p{Lu}\\p{Ll}+)))?"); //$NON-NLS-1$ //$NON-NLS-2$
    private static final Pattern NAME_BEFORE = Pattern.compile("(\\p{Lu}\\p{Ll}+),\\s+(?:mijn|m'n|my)\\s+$"); //$NON-NLS-1$

    private static final Pattern SUPPORT = Pattern.compile("(?iu)\\b(helpt|hielp|helpen|steunt|steunde|kookt|brengt|" //$NON-NLS-1$
            + "haalt|past\\s+op|regelt|luistert|springt\\s+bij|komt\\s+langs|komt\\s+elke|doet\\s+de\\s+boodschappen|" //$NON-NLS-1$
            + "kan\\s+ik\\s+bellen|bel\\s+ik|steun\\s+en\\s+toeverlaat|helps|helped|supports|cooks|visits)\\b"); //$NON-NLS-1$
    private static final Pattern VERY_CLOSE = Pattern.compile("(?iu)\\b(elke\\s+dag|iedere\\s+dag|dagelijks|" //$NON-NLS-1$
            + "steun\\s+en\\s+toeverlaat|alles\\s+voor\\s+mij|every\\s+day)\\b"); //$NON-NLS-1$
    private static final Pattern DISTANT = Pattern.compile("(?iu)\\b(geen\\s+contact|ruzie|niet\\s+meer|nooit\\s+meer|" //$NON-NLS-1$
            + "zie\\s+ik\\s+nooit|no\\s+contact|fell\\s+out)\\b"); //$NON-NLS-1$

    private static final Pattern WHEN = Pattern.compile("(?iu)(" //$NON-NLS-1$
            + "\\b(?:in|sinds|vanaf|tot|na|voor|begin|eind|zomer|winter)\\s+(?:19|20)\\d\\d\\b" //$NON-NLS-1$
            + "|\\b(?:19|20)\\d\\d\\b" //$NON-NLS-1$
            + "|\\b(?:na|sinds|voor|tijdens)\\s+(?:de|het|mijn|m'n)\\s+\\p{L}+" //$NON-NLS-1$
            + "|\\btoen\\s+ik\\s+\\d+\\s+(?:was|jaar)\\b" //$NON-NLS-1$
            + "|\\bop\\s+(?:mijn|m'n)\\s+\\d+(?:e|ste|de)\\b" //$NON-NLS-1$
            + "|\\b(?:vorig|vorige|afgelopen)\\s+(?:jaar|week|maand|zomer|winter)\\b" //$NON-NLS-1$
            + "|\\b(?:\\d+|een|twee|drie|vier|vijf|zes|tien)\\s+jaar\\s+geleden\\b" //$NON-NLS-1$
            + "|\\bals\\s+kind\\b" //$NON-NLS-1$
            + "|\\b(?:in|since)\\s+(?:19|20)\\d\\d\\b|\\bafter\\s+the\\s+\\p{L}+|\\blast\\s+(?:year|month|week)\\b" //$NON-NLS-1$
            + "|\\b\\d+\\s+years?\\s+ago\\b" //$NON-NLS-1$
            + ")"); //$NON-NLS-1$

    private final SentenceClassifier classifier = new SentenceClassifier();

    /** Suggestions from the client utterances of {@code conversations}, in the order told. */
    public Suggestions extract(List<Conversation> conversations) {
        List<FilmEvent> events = new ArrayList<>();
        Map<String, NetworkPerson> people = new LinkedHashMap<>();
        for (Conversation c : conversations) {
            for (Utterance u : c.getUtterances()) {
                if (u.getSpeaker() == null || u.getSpeaker().getRole() != ParticipantRole.CLIENT || u.getText() == null) {
                    continue;
                }
                for (Sentence s : classifier.sentences(u.getText())) {
                    String text = s.text();
                    if (text.endsWith("?")) { //$NON-NLS-1$
                        continue;
                    }
                    Matcher when = WHEN.matcher(text);
                    if (when.find() && !classifier.classify(text).isJudgment()) {
                        events.add(Films.event(when.group(1), text, text));
                    }
                    people(text, people);
                }
            }
        }
        return new Suggestions(events, new ArrayList<>(people.values()));
    }

    private static void people(String sentence, Map<String, NetworkPerson> people) {
        Matcher m = PERSON.matcher(sentence);
        while (m.find()) {
            String role = m.group(1).toLowerCase(Locale.ROOT);
            String article = sentence.substring(m.start(), m.start(1)).strip().toLowerCase(Locale.ROOT);
            boolean possessive = !(article.equals("de") || article.equals("het") || article.equals("the") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    || article.equals("een") || article.equals("a") || article.equals("an")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            if (!possessive && Messages.Relation_family.equals(ROLES.get(role))) {
                continue; // "de man van de thuiszorg" is nobody's husband
            }
            String name = m.group(2);
            if (name == null) {
                Matcher before = NAME_BEFORE.matcher(sentence.substring(0, m.start(1)));
                if (before.find()) {
                    name = before.group(1);
                }
            }
            String key = role + '|' + (name == null ? "" : name); //$NON-NLS-1$
            if (people.containsKey(key)) {
                continue;
            }
            boolean support = SUPPORT.matcher(sentence).find();
            int closeness;
            if (DISTANT.matcher(sentence).find()) {
                closeness = Films.FARTHEST;
                support = false;
            } else if (VERY_CLOSE.matcher(sentence).find()) {
                closeness = Films.CLOSEST;
            } else if (support) {
                closeness = 2;
            } else {
                closeness = Messages.Relation_professional.equals(ROLES.get(role)) ? 4 : 3;
            }
            NetworkPerson p = Films.person(name == null ? role : name, role, ROLES.get(role), closeness, support);
            p.setQuote(sentence);
            people.put(key, p);
        }
    }
}
