// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.method.stress;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import nl.leefwereld.core.text.Clause;
import nl.leefwereld.core.text.DutchText;
import nl.leefwereld.core.text.Token;

/**
 * The steps a text asks of its reader, counted within sentences: an enumeration item is one step; in a sentence,
 * each clause that gives an instruction (an imperative at its start, also after "en": "neem ... mee, print ... en zet
 * ...") or "u moet/dient/wilt u" is one, and a sentence that orders its steps with sequence words ("eerst ... dan ...
 * daarna ... tot slot") has at least as many steps as sequence words.
 */
final class Steps {

    /** A step: where it starts and ends in the text, and its first words. */
    record Step(int start, int end, String head) {
    }

    /** Imperatives of instructions in letters and conversations. */
    private static final Set<String> IMPERATIVES = Set.of("stuur", "lever", "vul", "neem", "breng", "zorg", "meld", "onderteken", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
            "bel", "maak", "upload", "geef", "kom", "lees", "controleer", "bewaar", "wijzig", "schrijf", "vraag", "regel", "ga", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$ //$NON-NLS-13$
            "houd", "hou", "let", "toon", "overleg", "print", "mail", "log", "teken", "kopieer", "scan", "zet", "plak", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$ //$NON-NLS-13$ //$NON-NLS-14$
            "verstuur", "download", "open", "kies", "klik", "vermeld", "voeg"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
    /** Linking words that may stand before an imperative. */
    private static final Set<String> LINKING = Set.of("en", "ook", "verder", "daarnaast", "vervolgens", "dan", "daarna", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
            "tenslotte", "bovendien", "eerst", "als", "tot", "slot", "ten", "slotte", "laatste"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$
    private static final Pattern DEMAND = Pattern.compile("(?iu)\\b(?:u moet|moet u|u dient|dient u|u bent verplicht|bent u verplicht|wilt u)\\b"); //$NON-NLS-1$
    /** Sequence words that each open a step. */
    private static final Pattern SEQUENCE = Pattern.compile(
            "(?iu)\\b(?:eerst|dan|daarna|vervolgens|tot slot|ten slotte|tenslotte|als laatste|als eerste|ten eerste|ten tweede|ten derde|ten vierde)\\b"); //$NON-NLS-1$

    private Steps() {
    }

    /** The steps of one sentence of {@code text}. */
    static List<Step> of(String text, DutchText.Sentence sentence, boolean enumerationItem) {
        List<Step> steps = new ArrayList<>();
        if (enumerationItem) {
            steps.add(step(text, sentence.start(), sentence.end()));
            return steps;
        }
        String s = sentence.text();
        int offset = sentence.start();
        for (Clause clause : DutchText.clauses(s)) {
            List<Token> tokens = clause.tokens();
            for (int i = 0; i < tokens.size(); i++) {
                Token t = tokens.get(i);
                boolean leading = i == 0 || tokens.subList(0, i).stream().allMatch(x -> LINKING.contains(x.lower()));
                boolean afterAnd = i > 0 && tokens.get(i - 1).is("en", "of"); //$NON-NLS-1$ //$NON-NLS-2$
                if (IMPERATIVES.contains(t.lower()) && (leading || afterAnd) && !(i + 1 < tokens.size() && tokens.get(i + 1).is("u", "je", "ik", "we"))) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                    steps.add(step(text, offset + t.start(), offset + clause.end()));
                }
            }
            if (steps.isEmpty() || steps.get(steps.size() - 1).start() < offset + clause.start()) {
                if (DEMAND.matcher(clause.text(s)).find()) {
                    steps.add(step(text, offset + clause.start(), offset + clause.end()));
                }
            }
        }
        List<Integer> sequence = new ArrayList<>();
        java.util.regex.Matcher m = SEQUENCE.matcher(s);
        while (m.find()) {
            sequence.add(Integer.valueOf(m.start()));
        }
        if (sequence.size() >= 2 && sequence.size() > steps.size()) {
            steps.clear();
            for (int k = 0; k < sequence.size(); k++) {
                int from = offset + sequence.get(k).intValue();
                int to = k + 1 < sequence.size() ? offset + sequence.get(k + 1).intValue() : sentence.end();
                steps.add(step(text, from, to));
            }
        }
        return steps;
    }

    private static Step step(String text, int start, int end) {
        List<DutchText.Word> words = DutchText.words(text, start, end);
        int e = end;
        while (e > start && !Character.isLetterOrDigit(text.charAt(e - 1))) {
            e--;
        }
        if (words.isEmpty()) {
            return new Step(start, e, text.substring(start, e));
        }
        int n = Math.min(4, words.size());
        String head = text.substring(words.get(0).start(), words.get(n - 1).end());
        return new Step(start, e, n < words.size() ? head + " \u2026" : head); //$NON-NLS-1$
    }
}
