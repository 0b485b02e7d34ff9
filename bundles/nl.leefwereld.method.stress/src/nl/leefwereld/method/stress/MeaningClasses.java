// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.method.stress;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import nl.leefwereld.core.text.DutchStemmer;
import nl.leefwereld.core.text.DutchText;
import nl.leefwereld.core.text.Token;

/**
 * Welcome-guide steps recognised by meaning rather than fixed phrases: a sentence of the professional is tokenised
 * by the Dutch text layer and its stems are looked up in classes of words that carry the step's meaning, so "Wat
 * heeft u nodig?", "Wat zou je het meest helpen?" and "Wat moet er vandaag gebeuren zodat u met een goed gevoel naar
 * huis gaat?" all ask for the need:
 * <ul>
 * <li>ask the need: a question to the client (u, je, jij, jullie) with a word of need (nodig, helpen, hulp,
 * behoefte), priority (dringend, urgent, belangrijk, eerst, meest), concern (zorgen, spannend), outcome (gebeuren,
 * regelen, oplossen, goed gevoel) or agenda ("waar wilt u het over hebben / praten");</li>
 * <li>explain today: a statement of the professional (ik, we) about today or this conversation (vandaag, dit
 * gesprek, straks, nu) with a word of plan or explanation (uitleggen, vertellen, bespreken, kijken, kennismaken,
 * bedoeld, duren), or a length of time (uur, kwartier, minuten) for "we" or the conversation;</li>
 * <li>ask the experience: a question starting with "hoe" and a verb of being or feeling (is, voelt, gaat, was,
 * ervaart, staat) about the client or being here; such a question is no need question, even with "hulp" in it.</li>
 * </ul>
 * System words (BSN, inkomen, formulier, ...) in the sentence rule out the need and the experience.
 */
final class MeaningClasses {

    private static final Set<String> YOU = Set.of("u", "je", "jij", "jou", "jullie", "uw", "jouw"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
    private static final Set<String> SPEAKER = Set.of("ik", "we", "wij"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    private static final Set<String> NEED = stems("nodig", "helpen", "hulp", "behoefte", "dringend", "dringendst", "urgent", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
            "belangrijk", "belangrijkst", "allerbelangrijkste", "zorgen", "gebeuren", "regelen", "geregeld", "oplossen", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
            "opgelost", "voorrang", "prioriteit", "spelen", "speelt", "wens", "wensen", "willen"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
    /** Agenda: "waar wilt u het over hebben / praten / beginnen". */
    private static final Set<String> AGENDA = stems("hebben", "praten", "beginnen", "spreken"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
    private static final Set<String> QUESTION_WORDS = Set.of("wat", "waar", "waarmee", "welk", "welke", "hoe", "als"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
    private static final Set<String> TODAY = stems("vandaag", "gesprek", "straks", "zometeen", "vanochtend", "vanmiddag"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
    private static final Set<String> PLAN = stems("uitleg", "uitleggen", "leg", "vertellen", "vertel", "bespreken", "kijken", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
            "kennismaken", "kennis", "bedoeld", "duurt", "eruitziet", "verloopt", "doen", "horen", "afspreken", "vragen", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$
            "stel", "gaan"); //$NON-NLS-1$ //$NON-NLS-2$
    private static final Set<String> DURATION = stems("uur", "uurtje", "kwartier", "minuten", "minuut", "tijd"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
    private static final Set<String> BEING = Set.of("is", "voelt", "gaat", "was", "ervaart", "beleeft", "bevalt", "staat"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$

    private MeaningClasses() {
    }

    private static Set<String> stems(String... words) {
        Set<String> s = new HashSet<>();
        for (String w : words) {
            s.add(DutchStemmer.stem(w));
        }
        return Set.copyOf(s);
    }

    /** The words that make a sentence of {@code text} ask for the client's need, or {@code null}. */
    static String needQuestion(String text) {
        for (DutchText.Sentence s : questions(text)) {
            List<Token> t = DutchText.tokens(s.text());
            if (experienceQuestion(s.text()) != null) {
                continue; // "Hoe is het voor je om hulp te vragen?" asks how it is, not what is needed
            }
            if (Patterns.find(Patterns.SYSTEM, s.text()) != null || t.stream().noneMatch(x -> YOU.contains(x.lower()))
                    || t.stream().noneMatch(x -> QUESTION_WORDS.contains(x.lower()))) {
                continue;
            }
            for (Token x : t) {
                if (NEED.contains(x.stem())) {
                    return x.text();
                }
            }
            if (t.get(0).is("waar", "waarover") && t.stream().anyMatch(x -> AGENDA.contains(x.stem()))) { //$NON-NLS-1$ //$NON-NLS-2$
                return s.text().substring(0, Math.min(s.text().length(), 40));
            }
        }
        return null;
    }

    /** The words that make a sentence of {@code text} explain what happens today, or {@code null}. */
    static String explainToday(String text) {
        for (DutchText.Sentence s : DutchText.sentences(text)) {
            if (s.text().endsWith("?")) { //$NON-NLS-1$
                continue;
            }
            List<Token> t = DutchText.tokens(s.text());
            boolean speaker = t.stream().anyMatch(x -> SPEAKER.contains(x.lower()));
            boolean conversation = t.stream().anyMatch(x -> x.is("gesprek")); //$NON-NLS-1$
            Token today = t.stream().filter(x -> TODAY.contains(x.stem())).findFirst().orElse(null);
            Token plan = t.stream().filter(x -> PLAN.contains(x.stem())).findFirst().orElse(null);
            Token duration = t.stream().filter(x -> DURATION.contains(x.stem())).findFirst().orElse(null);
            if ((speaker || conversation) && today != null && plan != null) {
                return today.text() + " \u2026 " + plan.text(); //$NON-NLS-1$
            }
            if ((speaker && today != null || conversation) && duration != null) {
                return duration.text();
            }
        }
        return null;
    }

    /** The words that make a sentence of {@code text} ask how it is for the client, or {@code null}. */
    static String experienceQuestion(String text) {
        for (DutchText.Sentence s : questions(text)) {
            List<Token> t = DutchText.tokens(s.text());
            int k = t.size() > 1 && t.get(0).is("en") ? 1 : 0; //$NON-NLS-1$
            if (t.size() < k + 3 || !t.get(k).is("hoe") || !BEING.contains(t.get(k + 1).lower()) //$NON-NLS-1$
                    || Patterns.find(Patterns.SYSTEM, s.text()) != null) {
                continue;
            }
            boolean aboutClient = t.stream().anyMatch(x -> YOU.contains(x.lower()) || x.is("hier", "om")); //$NON-NLS-1$ //$NON-NLS-2$
            if (aboutClient) {
                return t.get(k).text() + ' ' + t.get(k + 1).text();
            }
        }
        return null;
    }

    private static List<DutchText.Sentence> questions(String text) {
        return DutchText.sentences(text).stream().filter(s -> s.text().endsWith("?")).toList(); //$NON-NLS-1$
    }
}
