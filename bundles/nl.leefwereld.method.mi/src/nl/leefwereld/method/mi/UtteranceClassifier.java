// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.method.mi;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.osgi.util.NLS;

/**
 * The word-level heuristics behind the MI suggestions, Dutch and English, on plain strings (no model objects), so
 * they can be measured and benchmarked. Stateless and thread-safe. Every hit names the words that triggered it.
 * <ul>
 * <li>Question: a sentence ending in "?"; open when it starts with a question word (hoe, wat, waarom, welke, ...,
 * how, what, why, ...) or "vertel eens"/"tell me", closed otherwise.</li>
 * <li>Backchannel: "okay", "oké", "ja", "hm", "mm" (and repetitions, "Okay. Okay.") alone are other: no code.</li>
 * <li>Reflection: in the statements (not the questions), the professional repeats or rephrases the client's previous utterance
 * (at least two shared content words, or one when the utterance is short), or starts like a reflection
 * ("het klinkt alsof", "dus je", "it sounds like", ...). A reflection that starts like a complex one ("het klinkt
 * alsof", "aan de ene kant", ...) is suggested as complex, otherwise as simple. A closed question in statement form
 * ("Je wilt weer aan het werk?", "So you want to stop?") that shares content words with the client's previous
 * utterance is a reflection with rising intonation: the reflection replaces the closed question.</li>
 * <li>Persuade: an obligation or advice put on the client in a statement ("u moet echt", "je zou eigenlijk", "het
 * is beter als u", "you should", "you need to", "you have to"), unless the client voiced that obligation in the
 * previous utterance (then it is given back, a reflection) or the utterance gives information.</li>
 * <li>Affirmation, giving information: marker phrases (giving information in Dutch and English).</li>
 * <li>Client change talk / sustain talk: marker phrases ("ik wil", "ik ga", "ik zou graag" / "het lukt me niet",
 * "ik heb geen zin", ...); when both occur, the last one counts (ambivalence ends where the client ends).</li>
 * </ul>
 */
public final class UtteranceClassifier {

    /** One suggested code with the span (in the utterance's text) and the reason. */
    public record Hit(MiCode code, int spanStart, int spanEnd, String reason, double confidence) {
    }

    private static final Pattern SENTENCE = Pattern.compile("[^.!?\\n]+[.!?]*"); //$NON-NLS-1$
    private static final Pattern OPEN = Pattern.compile(
            "^\\s*(?:\\p{L}+,\\s+)?(?:(?:en|maar|dus|ok[eé]?|and|so|but|oké)[,]?\\s+)?" //$NON-NLS-1$
                    + "(hoe|wat|waarom|waardoor|waarover|waarmee|waaraan|waarin|welke?|wie|waar|wanneer|in hoeverre|" //$NON-NLS-1$
                    + "vertel(?: eens| me)?|how|what|why|which|who|where|when|tell me)\\b"); //$NON-NLS-1$
    /** Question words that ask for one fact ("hoe lang", "how many"): closed questions. */
    private static final Pattern FACT = Pattern.compile(
            "^\\s*(?:(?:en|maar|dus|and|so|but)[,]?\\s+)?(hoe ?lang|hoe laat|hoe oud|hoeveel|how many|how much|how long|how old|what time)\\b"); //$NON-NLS-1$
    private static final Pattern TELL = Pattern.compile("^\\s*(vertel (?:eens|me|daar eens)|tell me)\\b"); //$NON-NLS-1$
    private static final Pattern REFLECTION_COMPLEX = Pattern.compile("\\b(het klinkt (?:alsof|of|als)|" //$NON-NLS-1$
            + "het lijkt (?:alsof|of)|aan de ene kant|je maakt je zorgen|je hebt het gevoel|je voelt je|je bent bang|" //$NON-NLS-1$
            + "je merkt|eigenlijk wil je|het is belangrijk voor je|je wilt graag|" //$NON-NLS-1$
            + "it sounds like|sounds like|on the one hand|you feel|you're worried|you are worried|" //$NON-NLS-1$
            + "it's important to you|you really want|it seems|seems to|matters a lot to you|means a lot to you)\\b"); //$NON-NLS-1$
    /** A statement about the client: it starts with "je", "u", "you", ... (a common form of reflection). */
    private static final Pattern YOU_STATEMENT = Pattern.compile("^\\s*(?:\\p{L}+,\\s+)?((?:je|jij|u|jouw|uw|you|your|you're)\\s+\\p{L}+)"); //$NON-NLS-1$
    private static final Pattern REFLECTION_SIMPLE = Pattern.compile("^\\s*(dus je|dus jij|dus u|je zegt|u zegt|" //$NON-NLS-1$
            + "als ik (?:het|je|u) goed begrijp|so you|you're saying|you are saying|you said)\\b"); //$NON-NLS-1$
    private static final Pattern AFFIRM = Pattern.compile("\\b(goed dat (?:je|u) (?!er bent|hier bent)|" //$NON-NLS-1$
            + "knap|sterk (?:dat|van|hoe)|wat goed|wat sterk|dat is (?:goed|mooi|sterk)|" //$NON-NLS-1$
            + "(?:een )?(?:grote|mooie|goede|belangrijke) stap|goed voorbereid|(?:mooi|goed) (?:plan|idee)|" //$NON-NLS-1$
            + "(?:geeft|geef) niet (?:snel )?op|komt van jezelf|" //$NON-NLS-1$
            + "je hebt (?:hard|veel)|je bent een doorzetter|" //$NON-NLS-1$
            + "dat vraagt (?:moed|lef|doorzettingsvermogen)|doorzettingsvermogen|doorzetter|moedig|dapper|trots op je|ik waardeer|petje af|compliment|" //$NON-NLS-1$
            + "je hebt het (?:toch )?(?:maar )?gedaan|je hebt doorgezet|dat heb je goed|" //$NON-NLS-1$
            + "well done|good for you|great job|you've worked hard|you have worked hard|that took courage|" //$NON-NLS-1$
            + "i appreciate|impressive|you did it|you're someone who|you are someone who)"); //$NON-NLS-1$
    private static final Pattern INFORMATION = Pattern.compile("\\b(de regel is|de regels|u heeft recht op|" //$NON-NLS-1$
            + "je hebt recht op|volgens de|de wet|de gemeente|het uwv|de uitkering|de aanvraag|de termijn|" //$NON-NLS-1$
            + "binnen \\d+ (?:dagen|weken)|per maand|euro|de schuldhulp|de budgetcursus|de toeslag|" //$NON-NLS-1$
            + "onderzoek laat zien|uit onderzoek|dat betekent dat|daarvoor moet je|daarvoor kun je|" //$NON-NLS-1$
            + "je kunt (?:bij|daar|een|ook)|u kunt (?:bij|daar|een|ook)|er is een (?:regeling|mogelijkheid|cursus|fonds)|" //$NON-NLS-1$
            + "gratis|(?:elke|iedere) (?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|week|maand)|" //$NON-NLS-1$
            + "ondersteuning|het wijkteam|het buurthuis|het taalhuis|(?:huur)?contract|schuldeisers|een regeling|" //$NON-NLS-1$
            + "(?:zorgt|zorgen) ervoor dat|er is ook|" //$NON-NLS-1$
            + "research shows|studies show|the rule is|you are entitled|you're entitled|the deadline|per month|" //$NON-NLS-1$
            + "you can apply|there is a (?:program|course|fund|scheme)|that means that|the benefit|" //$NON-NLS-1$
            + "research (?:suggests|has shown)|studies (?:suggest|have shown)|evidence (?:shows|suggests)|according to|" //$NON-NLS-1$
            + "the (?:recommended|guidelines?|law|council|job cent(?:re|er)|clinic|programme|program)|" //$NON-NLS-1$
            + "(?:is|are) (?:linked|associated) (?:to|with)|(?:can|may) (?:lead to|cause|increase|reduce)|increases? the risk|" //$NON-NLS-1$
            + "\\d+ (?:percent|per cent|%)|free of charge|for free|(?:every|each) (?:monday|tuesday|wednesday|thursday|friday|week|month)|" //$NON-NLS-1$
            + "you can (?:get|call|contact|find|ask for|go to|sign up)|most people|it is common|it's common|there are (?:several|some|many))"); //$NON-NLS-1$
    /** Advice or an obligation put on the client (persuading without permission), Dutch and English. */
    private static final Pattern PERSUADE = Pattern.compile("(?:^\\s*|[.!,;:]\\s*|\\b(?:dus|dan|en|maar|so|then|and|but)\\s+)(" //$NON-NLS-1$
            + "(?:u|je|jij) moet(?: echt| eigenlijk| toch| gewoon| nu| wel)*|(?:u|je|jij) zou(?:dt)? (?:echt |eigenlijk |toch |gewoon |beter )*(?:moeten|eigenlijk)|" //$NON-NLS-1$
            + "(?:u|je|jij) kunt (?:beter|maar beter)|(?:u|je|jij) kan (?:beter|maar beter)|het is (?:echt )?beter (?:als|dat|om)|het beste (?:is|kunt|kun)|" //$NON-NLS-1$
            + "ik vind dat (?:u|je|jij) |ik zou (?:het|dat) (?:echt )?(?:wel )?doen|" //$NON-NLS-1$
            + "you (?:really |just )?(?:should|need to|have to|must|ought to|'d better|had better)|you've got to|it would be better if you)"); //$NON-NLS-1$
    /** Words by which a client voices an obligation or advice to themselves. */
    private static final Pattern OBLIGATION = Pattern.compile("\\b(moet|moeten|moest|zou moeten|beter|should|need to|have to|must|ought to|got to)\\b"); //$NON-NLS-1$
    /** Only acknowledgements ("okay", "oké", "ja", "hm", "mm", repeated): other, not a reflection. */
    private static final Pattern BACKCHANNEL = Pattern.compile("^\\s*(?:(?:okay|ok|oké|oke|okee|ja|jaja|jawel|hm+|mm+|hmm+|mhm+|uhu|yeah|yes)[\\s.,!…-]*)+$"); //$NON-NLS-1$
    private static final Pattern CHANGE = Pattern.compile("\\b(ik wil (?!niet|geen)|ik ga (?!niet|toch niet)|" //$NON-NLS-1$
            + "ik zou graag|ik zou [^.?!]{0,40}?(?:willen|kunnen)|(?:dat|dan) wil ik(?! niet)|wil ik (?:wel|graag)|" //$NON-NLS-1$
            + "(?:dat|dan) kan ik(?! niet)|misschien moet ik|ik wil graag|ik heb besloten|ik ben van plan|ik neem me voor|" //$NON-NLS-1$
            + "het wordt tijd|ik kan (?:het|dat) wel|ik moet (?:echt|eigenlijk|toch)|ik probeer|ik heb al\\b|" //$NON-NLS-1$
            + "misschien kan ik|ik zou kunnen|ik kan best|dan kan ik|ik wil echt|ik ga het doen|" //$NON-NLS-1$
            + "i want to|i'm going to|i am going to|i will (?!not)|i'd like to|i would like to|i could|" //$NON-NLS-1$
            + "i need to|i've decided|i have decided|i plan to|i can do)"); //$NON-NLS-1$
    private static final Pattern SUSTAIN = Pattern.compile("\\b(het lukt me niet|het lukt (?:toch )?niet|" //$NON-NLS-1$
            + "ik heb geen zin|heeft geen zin|ik kan (?:het|dat) niet|ik kan niet|ik wil niet|ik wil geen|ik ga niet|" //$NON-NLS-1$
            + "geen tijd|het is niet nodig|ik zie het niet zitten|waarom zou ik|het maakt (?:toch )?niet uit|" //$NON-NLS-1$
            + "ik hoef (?:niet|geen)|ik heb het te druk|dat gaat niet|dat gaat me niet lukken|ik ben er niet aan toe|" //$NON-NLS-1$
            + "ik heb geen probleem|niks mis mee|geen (?:tijd|geld|zin|rijbewijs)\\b|n(?:ie|i)ks voor mij|niet voor mij|" //$NON-NLS-1$
            + "zit er (?:nu )?(?:echt )?niet in|blijf ik gewoon|helpt (?:toch )?niet|helpen (?:toch )?niet|niks helpt|" //$NON-NLS-1$
            + "geen verschil|" //$NON-NLS-1$
            + "i can't|i cannot|i don't want|i do not want|no point|i won't|i will not|it doesn't matter|" //$NON-NLS-1$
            + "not going to|i don't see the point|i don't need|i'm fine as i am|too busy)"); //$NON-NLS-1$
    private static final Pattern WORD = Pattern.compile("\\p{L}+"); //$NON-NLS-1$
    private static final Pattern MARKS = Pattern.compile("\\p{M}+"); //$NON-NLS-1$

    private static final Set<String> STOP = new java.util.HashSet<>(java.util.Arrays.asList(("de het een en of maar dus dat die dit deze daar hier er " //$NON-NLS-1$
            + "ik je jij u we wij ze zij hij mij me mijn jouw uw ons onze hun haar zijn ben bent is was waren " //$NON-NLS-1$
            + "heb hebt heeft hebben had wil wilt wilde kan kun kunt kon moet moest zou zouden ga gaat gaan " //$NON-NLS-1$
            + "niet geen wel ook nog al dan toen als om op in aan bij van voor met naar uit tot over door te " //$NON-NLS-1$
            + "heel erg zo wat hoe nou toch even eens echt gewoon eigenlijk misschien best beetje veel meer " //$NON-NLS-1$
            + "ja nee oké oke hmm zegt zeg zeggen vind vindt klinkt voel voelt " //$NON-NLS-1$
            + "the a an and or but so that this these those there here it its i you your we our they them he " //$NON-NLS-1$
            + "she him her my me am are is was were have has had do does did not no yes can could would will " //$NON-NLS-1$
            + "to of in on at for with from about just really very much more some what how like feel").split(" "))); //$NON-NLS-1$ //$NON-NLS-2$

    /** Classifies a professional's utterance. */
    public List<Hit> professional(String text, String previousClientText) {
        List<Hit> hits = new ArrayList<>();
        if (text == null || text.isBlank() || BACKCHANNEL.matcher(text.toLowerCase(Locale.ROOT)).matches()) {
            return hits;
        }
        boolean question = false;
        Matcher s = SENTENCE.matcher(text);
        while (s.find()) {
            String sentence = s.group();
            int start = s.start() + (sentence.length() - sentence.stripLeading().length());
            int end = s.end();
            if (question) {
                break;
            }
            String lowerSentence = sentence.toLowerCase(Locale.ROOT);
            if (sentence.strip().endsWith("?") || TELL.matcher(lowerSentence).lookingAt()) { //$NON-NLS-1$
                question = true;
                Matcher open = OPEN.matcher(lowerSentence);
                if (open.lookingAt() && !FACT.matcher(lowerSentence).lookingAt()) {
                    String word = open.group(1).toLowerCase(Locale.ROOT);
                    hits.add(new Hit(MiCode.OPEN_QUESTION, start, end, NLS.bind(Messages.Suggest_openQuestion, word), 0.8));
                } else {
                    String first = firstWord(sentence);
                    hits.add(new Hit(MiCode.CLOSED_QUESTION, start, end, NLS.bind(Messages.Suggest_closedQuestion, first),
                            0.7));
                }
            }
        }
        String lower = lower(text);
        String gi = find(INFORMATION, statements(lower));
        if (gi != null) {
            hits.add(hit(text, MiCode.GIVING_INFORMATION, gi, NLS.bind(Messages.Suggest_information, gi), 0.6));
        }
        String af = find(AFFIRM, statements(lower));
        if (af != null) {
            hits.add(hit(text, MiCode.AFFIRM, af, NLS.bind(Messages.Suggest_affirm, af), 0.7));
        }
        String stated = statements(lower);
        String persuade = gi != null ? null : find(PERSUADE, stated);
        if (persuade != null && previousClientText != null && OBLIGATION.matcher(lower(previousClientText)).find()) {
            persuade = null; // the client's own obligation given back: a reflection
        }
        if (persuade != null) {
            hits.add(hit(text, MiCode.PERSUADE, persuade, NLS.bind(Messages.Suggest_persuade, persuade), 0.6));
        }
        boolean otherMarker = gi != null || af != null || persuade != null;
        Hit reflection = stated.isBlank() ? null : reflection(stated, previousClientText, otherMarker);
        if (reflection == null && !otherMarker && hits.stream().noneMatch(h -> h.code() == MiCode.OPEN_QUESTION)) {
            Hit rising = risingReflection(lower, previousClientText);
            if (rising != null) {
                hits.removeIf(h -> h.code() == MiCode.CLOSED_QUESTION);
                reflection = rising;
            }
        }
        if (reflection != null) {
            hits.add(reflection);
        }
        return hits;
    }

    /**
     * A closed question in the form of a statement about the client ("je wilt ...?", "dus u ...?", "so you ...?")
     * sharing content words with the client's previous utterance: a reflection with rising intonation.
     */
    private static Hit risingReflection(String text, String previousClientText) {
        if (previousClientText == null || text.indexOf('?') < 0) {
            return null;
        }
        Matcher you = YOU_STATEMENT.matcher(text);
        Matcher simple = REFLECTION_SIMPLE.matcher(text);
        String complex = find(REFLECTION_COMPLEX, text);
        if (!you.lookingAt() && !simple.lookingAt() && complex == null) {
            return null;
        }
        Set<String> shared = shared(text, previousClientText);
        if (shared.isEmpty()) {
            return null;
        }
        return new Hit(complex != null ? MiCode.COMPLEX_REFLECTION : MiCode.SIMPLE_REFLECTION, -1, -1,
                NLS.bind(Messages.Suggest_reflectionRising, String.join(", ", sharedWords(text, shared))), 0.5); //$NON-NLS-1$
    }

    private static Set<String> shared(String text, String previousClientText) {
        Set<String> theirs = new LinkedHashSet<>(contentStems(previousClientText));
        Set<String> shared = new LinkedHashSet<>();
        for (String w : contentStems(text)) {
            if (theirs.contains(w)) {
                shared.add(w);
            }
        }
        return shared;
    }

    private static Hit reflection(String text, String previousClientText, boolean otherMarker) {
        String complex = find(REFLECTION_COMPLEX, text);
        if (complex != null && previousClientText != null) {
            return new Hit(MiCode.COMPLEX_REFLECTION, -1, -1, NLS.bind(Messages.Suggest_reflectionComplex, complex), 0.6);
        }
        Matcher sm = REFLECTION_SIMPLE.matcher(text);
        String simple = sm.lookingAt() ? sm.group(1).strip() : null;
        if (simple != null && previousClientText != null) {
            return new Hit(MiCode.SIMPLE_REFLECTION, -1, -1, NLS.bind(Messages.Suggest_reflectionStarter, simple), 0.6);
        }
        if (previousClientText == null || otherMarker) {
            return null;
        }
        List<String> mine = contentStems(text);
        Set<String> shared = shared(text, previousClientText);
        boolean enough = shared.size() >= 2 && shared.size() * 3 >= mine.size()
                || shared.size() == 1 && mine.size() <= 3;
        if (!enough) {
            Matcher you = YOU_STATEMENT.matcher(text);
            if (you.lookingAt()) {
                return new Hit(MiCode.SIMPLE_REFLECTION, -1, -1,
                            NLS.bind(Messages.Suggest_reflectionYou, you.group(1).toLowerCase(Locale.ROOT)), 0.5);
            }
            return null;
        }
        return new Hit(MiCode.SIMPLE_REFLECTION, -1, -1,
                NLS.bind(Messages.Suggest_reflectionOverlap, String.join(", ", sharedWords(text, shared))), //$NON-NLS-1$
                Math.min(0.9, 0.4 + 0.1 * shared.size()));
    }

    /** Classifies a client's utterance: change talk, sustain talk or nothing (neutral is not suggested). */
    public Hit client(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String lower = lower(text);
        Matcher ct = CHANGE.matcher(lower);
        Matcher st = SUSTAIN.matcher(lower);
        int ctAt = -1;
        String ctWords = null;
        while (ct.find()) {
            ctAt = ct.start();
            ctWords = ct.group(1).strip();
        }
        int stAt = -1;
        String stWords = null;
        while (st.find()) {
            stAt = st.start();
            stWords = st.group(1).strip();
        }
        if (ctAt < 0 && stAt < 0) {
            return null;
        }
        if (stAt >= ctAt) {
            return hit(text, MiCode.SUSTAIN_TALK, stWords, NLS.bind(Messages.Suggest_sustainTalk, stWords), 0.6);
        }
        return hit(text, MiCode.CHANGE_TALK, ctWords, NLS.bind(Messages.Suggest_changeTalk, ctWords), 0.6);
    }

    /** The sentence holding the (first occurrence of the) marker, as a hit. */
    private static Hit hit(String text, MiCode code, String marker, String reason, double confidence) {
        int at = text.toLowerCase(Locale.ROOT).lastIndexOf(marker.toLowerCase(Locale.ROOT));
        Matcher s = SENTENCE.matcher(text);
        while (at >= 0 && s.find()) {
            if (s.start() <= at && at < s.end()) {
                String sentence = s.group();
                int start = s.start() + (sentence.length() - sentence.stripLeading().length());
                return new Hit(code, start, s.end(), reason, confidence);
            }
        }
        return new Hit(code, -1, -1, reason, confidence);
    }

    /** Lower case with the same length (so offsets stay valid), or the text itself. */
    private static String lower(String text) {
        String l = text.toLowerCase(Locale.ROOT);
        return l.length() == text.length() ? l : text;
    }

    /** The text with its questions blanked out (same length, so offsets stay valid). */
    private static String statements(String text) {
        if (text.indexOf('?') < 0) {
            return text;
        }
        StringBuilder b = new StringBuilder(text);
        Matcher s = SENTENCE.matcher(text);
        while (s.find()) {
            if (s.group().strip().endsWith("?")) { //$NON-NLS-1$
                for (int i = s.start(); i < s.end(); i++) {
                    b.setCharAt(i, ' ');
                }
            }
        }
        return b.toString();
    }

    private static String find(Pattern p, String text) {
        Matcher m = p.matcher(text);
        return m.find() ? m.group(1).strip().toLowerCase(Locale.ROOT) : null;
    }

    private static String firstWord(String sentence) {
        Matcher m = WORD.matcher(sentence);
        return m.find() ? m.group().toLowerCase(Locale.ROOT) : ""; //$NON-NLS-1$
    }

    /** The content words of the text reduced to a crude stem (no stop words, at least 3 letters). */
    static List<String> contentStems(String text) {
        List<String> result = new ArrayList<>();
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            String w = m.group();
            if (w.length() < 3 || STOP.contains(w)) {
                continue;
            }
            result.add(stem(w));
        }
        return result;
    }

    private static String stem(String word) {
        String w = word;
        for (int i = 0; i < word.length(); i++) {
            if (word.charAt(i) > 127) {
                w = MARKS.matcher(Normalizer.normalize(word, Normalizer.Form.NFD)).replaceAll(""); //$NON-NLS-1$
                break;
            }
        }
        if (w.length() > 5 && w.endsWith("en")) { //$NON-NLS-1$
            w = w.substring(0, w.length() - 2);
        } else if (w.length() > 4 && (w.endsWith("e") || w.endsWith("s") || w.endsWith("t"))) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            w = w.substring(0, w.length() - 1);
        }
        return w.length() > 6 ? w.substring(0, 6) : w;
    }

    /** The words of the text whose stems are shared, as written. */
    private static List<String> sharedWords(String text, Set<String> shared) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            String w = m.group().toLowerCase(Locale.ROOT);
            if (w.length() >= 3 && !STOP.contains(w) && shared.contains(stem(w)) && !words.contains(w)) {
                words.add(w);
            }
        }
        return words;
    }
}
