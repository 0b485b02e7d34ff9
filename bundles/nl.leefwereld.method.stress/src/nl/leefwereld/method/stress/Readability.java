// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.method.stress;

import java.util.List;

import nl.leefwereld.core.text.DutchText;

/**
 * Readability figures of a Dutch text: average sentence length, share of long words (3 or more syllables, or more
 * than 12 letters) and the Flesch-Douma reading ease {@code 206.835 - 0.93 * words/sentence - 77 * syllables/word}
 * (Douma 1960), with syllables counted by {@link DutchText#syllables(String)}. Higher is easier; about 60-70 is
 * ordinary text, below 45 is hard for many readers, certainly under stress.
 *
 * @param sentences  number of sentences
 * @param words      number of words
 * @param syllables  number of syllables
 * @param longWords  number of long words
 * @param longSentences number of sentences of more than {@link StressLanguage#LONG_SENTENCE_WORDS} words
 */
public record Readability(int sentences, int words, int syllables, int longWords, int longSentences) {

    /**
     * The figures of a letter's body only ({@link LetterBody}): letterhead, addresses, date, reference and salutation
     * lines and the closing are no sentences a reader has to work through.
     */
    public static Readability ofLetter(String text) {
        String t = text == null ? "" : text; //$NON-NLS-1$
        int[] body = LetterBody.of(t);
        return of(t.substring(body[0], body[1]));
    }

    /** The figures of a text. */
    public static Readability of(String text) {
        List<DutchText.Sentence> list = DutchText.sentences(text == null ? "" : text); //$NON-NLS-1$
        int words = 0;
        int syllables = 0;
        int longWords = 0;
        int longSentences = 0;
        for (DutchText.Sentence s : list) {
            words += s.words().size();
            if (s.words().size() > StressLanguage.LONG_SENTENCE_WORDS) {
                longSentences++;
            }
            for (DutchText.Word w : s.words()) {
                int n = DutchText.syllables(w.text());
                syllables += n;
                if (isLong(w.text(), n)) {
                    longWords++;
                }
            }
        }
        return new Readability(list.size(), words, syllables, longWords, longSentences);
    }

    /** A long word: 3 or more syllables, or more than 12 letters. */
    public static boolean isLong(String word, int syllables) {
        return syllables >= 3 || word.codePoints().filter(Character::isLetter).count() > 12;
    }

    /** Words per sentence (0 for an empty text). */
    public double averageSentenceLength() {
        return sentences == 0 ? 0 : words / (double) sentences;
    }

    /** Syllables per word (0 for an empty text). */
    public double syllablesPerWord() {
        return words == 0 ? 0 : syllables / (double) words;
    }

    /** Long words as a fraction 0..1 of all words. */
    public double longWordShare() {
        return words == 0 ? 0 : longWords / (double) words;
    }

    /** The Flesch-Douma reading ease; {@code NaN} for a text without words. */
    public double fleschDouma() {
        if (words == 0) {
            return Double.NaN;
        }
        return 206.835 - 0.93 * averageSentenceLength() - 77 * syllablesPerWord();
    }

    /** A label for the Flesch-Douma score, in the user's language. */
    public String level() {
        double f = fleschDouma();
        if (Double.isNaN(f)) {
            return ""; //$NON-NLS-1$
        }
        if (f >= 80) {
            return Messages.Readability_levelEasy;
        }
        if (f >= 60) {
            return Messages.Readability_levelNormal;
        }
        if (f >= 45) {
            return Messages.Readability_levelFairlyHard;
        }
        if (f >= 30) {
            return Messages.Readability_levelHard;
        }
        return Messages.Readability_levelVeryHard;
    }
}
