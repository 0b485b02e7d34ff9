// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.search.internal;

import java.io.IOException;
import java.util.Locale;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

import nl.leefwereld.core.text.DutchStemmer;

/**
 * The analyzers of the index, built from Lucene's classes directly (no SPI lookup by name): every one lower-cases
 * and folds accents ("cliënt" = "client"); the Dutch one adds the matching key of core's {@link DutchStemmer} (so
 * "brieven" finds "brief" and "betaald" finds "betalen"), the English one Porter's stemmer. The exact one stems
 * nothing: prefix and wildcard queries run on it.
 */
public final class Analyzers {

    private Analyzers() {
    }

    /** Dutch: tokens, lower case, accents folded, core's Dutch matching key. */
    public static Analyzer dutch() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                StandardTokenizer source = new StandardTokenizer();
                TokenStream result = new ASCIIFoldingFilter(new LowerCaseFilter(source));
                return new TokenStreamComponents(source, new DutchKeyFilter(result));
            }

            @Override
            protected TokenStream normalize(String fieldName, TokenStream in) {
                return new ASCIIFoldingFilter(new LowerCaseFilter(in));
            }
        };
    }

    /** English: tokens, possessives removed, lower case, accents folded, Porter stems. */
    public static Analyzer english() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                StandardTokenizer source = new StandardTokenizer();
                TokenStream result = new ASCIIFoldingFilter(
                        new LowerCaseFilter(new EnglishPossessiveFilter(source)));
                return new TokenStreamComponents(source, new PorterStemFilter(result));
            }

            @Override
            protected TokenStream normalize(String fieldName, TokenStream in) {
                return new ASCIIFoldingFilter(new LowerCaseFilter(in));
            }
        };
    }

    /** Words as written, lower case and accents folded. */
    public static Analyzer exact() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                StandardTokenizer source = new StandardTokenizer();
                return new TokenStreamComponents(source, new ASCIIFoldingFilter(new LowerCaseFilter(source)));
            }

            @Override
            protected TokenStream normalize(String fieldName, TokenStream in) {
                return new ASCIIFoldingFilter(new LowerCaseFilter(in));
            }
        };
    }

    /** Whether a conversation language means English ("en", "en-GB", "English"); anything else is Dutch. */
    public static boolean isEnglish(String language) {
        if (language == null) {
            return false;
        }
        String l = language.trim().toLowerCase(Locale.ROOT);
        return l.equals("en") || l.startsWith("en-") || l.startsWith("en_") || l.startsWith("engl"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
    }

    /** Replaces each token by core's Dutch matching key (numbers and one-letter tokens stay as they are). */
    static final class DutchKeyFilter extends TokenFilter {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

        DutchKeyFilter(TokenStream input) {
            super(input);
        }

        @Override
        public boolean incrementToken() throws IOException {
            if (!input.incrementToken()) {
                return false;
            }
            String word = term.toString();
            if (word.length() > 1 && Character.isLetter(word.charAt(0))) {
                String key = DutchStemmer.stem(word);
                if (!key.isEmpty()) {
                    term.setEmpty().append(key);
                }
            }
            return true;
        }
    }
}
