// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.fuzz;

import java.util.List;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;

import nl.leefwereld.core.privacy.IdentifierDetector;

/**
 * The identifier detector takes any text without throwing; what it finds is in text order, without overlaps, inside
 * the text and equal to the text there; and a valid BSN, a valid IBAN and an e-mail address planted between
 * spaces in any text are always found (as themselves or inside another identifier).
 */
public final class IdentifierDetectorFuzzer {

    private IdentifierDetectorFuzzer() {
    }

    public static void fuzzerTestOneInput(FuzzedDataProvider data) {
        IdentifierDetector d = new IdentifierDetector();
        d.addKnownName(data.consumeString(40));
        int[] digits = new int[8];
        for (int i = 0; i < 8; i++) {
            digits[i] = data.consumeInt(0, 9);
        }
        String before = data.consumeString(400);
        String after = data.consumeRemainingAsString();
        String bsn = bsn(digits);
        String planted = before + " bsn " + bsn + " , iban NL91ABNA0417164300 , mail a.b@c-d.nl , " + after;
        List<IdentifierDetector.Found> found = d.find(planted);
        int end = 0;
        for (IdentifierDetector.Found f : found) {
            if (f.start() < end || f.end() > planted.length() || f.start() >= f.end()
                    || !planted.substring(f.start(), f.end()).equals(f.text())) {
                throw new IllegalStateException("bad span " + f + " in " + planted);
            }
            end = f.end();
        }
        if (bsn != null) {
            mustCover(found, planted, planted.indexOf(" bsn ") + 5, bsn.length());
        }
        mustCover(found, planted, planted.indexOf("NL91ABNA0417164300"), 18);
        mustCover(found, planted, planted.indexOf("a.b@c-d.nl"), 10);
    }

    private static void mustCover(List<IdentifierDetector.Found> found, String text, int start, int length) {
        for (IdentifierDetector.Found f : found) {
            if (f.start() <= start && start + length <= f.end()) {
                return;
            }
        }
        throw new IllegalStateException("not found: " + text.substring(start, start + length) + " in " + text);
    }

    /** Nine digits passing the 11-proef made from eight, or {@code null} when no ninth digit fits. */
    private static String bsn(int[] d) {
        if (d[0] == 0) {
            d[0] = 1;
        }
        int sum = 0;
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            sum += (9 - i) * d[i];
            b.append(d[i]);
        }
        for (int last = 0; last <= 9; last++) {
            if ((sum - last) % 11 == 0) {
                return b.append(last).toString();
            }
        }
        return null;
    }
}
