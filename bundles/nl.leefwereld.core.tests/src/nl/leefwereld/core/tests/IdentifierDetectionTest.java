// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import nl.leefwereld.core.privacy.IdentifierDetector;
import nl.leefwereld.core.privacy.NameScrubber;
import nl.leefwereld.core.privacy.PseudonymKey;

/**
 * Measures the pseudonymiser (the real {@link NameScrubber} with its {@link IdentifierDetector}) on two labelled
 * sets of Dutch social-domain conversations: {@code identifiers/labelled.txt}, which it was tuned on, and
 * {@code identifiers/heldout.txt}, written before tuning and never tuned on. A gold identifier counts as found when
 * every letter and digit of it is replaced; a replacement counts as right when it overlaps a gold identifier.
 */
public class IdentifierDetectionTest {

    private static final List<String> DIRECT = List.of("TEL", "BSN", "IBAN", "MAIL", "PC", "DATE", "PLATE"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
    private static final Pattern MARK = Pattern.compile("\\[\\[([A-Z]+):(.*?)\\]\\]"); //$NON-NLS-1$

    private record Gold(String kind, int start, int end) {
    }

    private record Utterance(String text, List<Gold> gold) {
    }

    private record Doc(List<String> known, List<Utterance> utterances) {
    }

    /** Per kind: found and total; plus replacements right and total (under "precision"). */
    record Figures(Map<String, int[]> recall, int right, int replaced, List<String> missed, List<String> wrong) {
        double recall(String kind) {
            int[] r = recall.get(kind);
            return r == null ? 1.0 : r[0] / (double) r[1];
        }

        double names() {
            return recall("NAME"); //$NON-NLS-1$
        }

        double precision() {
            return replaced == 0 ? 1.0 : right / (double) replaced;
        }

        int total() {
            return recall.values().stream().mapToInt(r -> r[1]).sum();
        }

        @Override
        public String toString() {
            StringBuilder b = new StringBuilder();
            recall.forEach((k, r) -> b.append(String.format(Locale.ROOT, "%s %d/%d=%.3f  ", k, r[0], r[1], r[0] / (double) r[1]))); //$NON-NLS-1$
            b.append(String.format(Locale.ROOT, "precision %d/%d=%.3f", right, replaced, precision())); //$NON-NLS-1$
            b.append("\n  missed: ").append(missed).append("\n  wrong: ").append(wrong); //$NON-NLS-1$ //$NON-NLS-2$
            return b.toString();
        }
    }

    static List<Doc> load(String resource) throws IOException {
        String text;
        try (InputStream in = IdentifierDetectionTest.class.getResourceAsStream(resource)) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<Doc> docs = new ArrayList<>();
        for (String block : text.split("\n---\n")) { //$NON-NLS-1$
            List<String> known = new ArrayList<>();
            List<Utterance> utterances = new ArrayList<>();
            for (String line : block.split("\n")) { //$NON-NLS-1$
                if (line.startsWith("#") || line.isBlank()) { //$NON-NLS-1$
                    continue;
                }
                if (line.startsWith("@known:")) { //$NON-NLS-1$
                    Arrays.stream(line.substring(7).split(";")).map(String::strip).forEach(known::add); //$NON-NLS-1$
                    continue;
                }
                // "Speaker: text": the speaker is the participant's label, the text is what the export scrubs
                String body = line.substring(line.indexOf(": ") + 2); //$NON-NLS-1$
                StringBuilder plain = new StringBuilder();
                List<Gold> gold = new ArrayList<>();
                Matcher m = MARK.matcher(body);
                int at = 0;
                while (m.find()) {
                    plain.append(body, at, m.start());
                    int start = plain.length();
                    plain.append(m.group(2));
                    gold.add(new Gold(m.group(1), start, plain.length()));
                    at = m.end();
                }
                plain.append(body.substring(at));
                utterances.add(new Utterance(plain.toString(), gold));
            }
            docs.add(new Doc(known, utterances));
        }
        return docs;
    }

    static Figures measure(String resource) throws IOException {
        Map<String, int[]> recall = new TreeMap<>();
        int right = 0;
        int replaced = 0;
        List<String> missed = new ArrayList<>();
        List<String> wrong = new ArrayList<>();
        for (Doc doc : load(resource)) {
            NameScrubber scrubber = new NameScrubber(PseudonymKey.of(new byte[32]));
            doc.known().forEach(scrubber::addPerson);
            doc.utterances().forEach(u -> scrubber.learn(u.text()));
            for (Utterance u : doc.utterances()) {
                List<NameScrubber.Span> spans = scrubber.find(u.text());
                boolean[] covered = new boolean[u.text().length()];
                for (NameScrubber.Span s : spans) {
                    Arrays.fill(covered, s.start(), s.end(), true);
                    boolean hit = u.gold().stream().anyMatch(g -> g.start() < s.end() && s.start() < g.end());
                    replaced++;
                    if (hit) {
                        right++;
                    } else {
                        wrong.add(s.original());
                    }
                }
                for (Gold g : u.gold()) {
                    boolean found = true;
                    for (int i = g.start(); i < g.end(); i++) {
                        if (Character.isLetterOrDigit(u.text().charAt(i)) && !covered[i]) {
                            found = false;
                        }
                    }
                    int[] r = recall.computeIfAbsent(g.kind(), k -> new int[2]);
                    r[1]++;
                    if (found) {
                        r[0]++;
                    } else {
                        missed.add(g.kind() + ':' + u.text().substring(g.start(), g.end()));
                    }
                }
            }
        }
        return new Figures(recall, right, replaced, missed, wrong);
    }

    @Test
    void tuningSetHasAtLeast200IdentifiersOfAllKindsAndMeetsTheGoal() throws IOException {
        Figures f = measure("identifiers/labelled.txt"); //$NON-NLS-1$
        System.out.println("pseudonymiser on the tuning set: " + f); //$NON-NLS-1$
        assertTrue(f.total() >= 200, f.toString());
        for (String kind : DIRECT) {
            assertEquals(1.0, f.recall(kind), kind + ": " + f); //$NON-NLS-1$
        }
        assertTrue(f.names() >= 0.95, f.toString());
        assertTrue(f.precision() >= 0.90, f.toString());
    }

    @Test
    void heldOutSetMeetsTheGoal() throws IOException {
        Figures f = measure("identifiers/heldout.txt"); //$NON-NLS-1$
        System.out.println("pseudonymiser on the held-out set: " + f); //$NON-NLS-1$
        for (String kind : DIRECT) {
            assertEquals(1.0, f.recall(kind), kind + ": " + f); //$NON-NLS-1$
        }
        assertTrue(f.names() >= 0.95, f.toString());
        assertTrue(f.precision() >= 0.90, f.toString());
    }

    @Test
    void checksTheBsnAndIbanCheckDigits() {
        assertTrue(IdentifierDetector.isValidBsn("111222333")); //$NON-NLS-1$
        assertFalse(IdentifierDetector.isValidBsn("111222334")); //$NON-NLS-1$
        assertTrue(IdentifierDetector.isValidIban("NL91ABNA0417164300")); //$NON-NLS-1$
        assertFalse(IdentifierDetector.isValidIban("NL92ABNA0417164300")); //$NON-NLS-1$
        IdentifierDetector d = new IdentifierDetector();
        assertEquals(List.of(IdentifierDetector.Kind.BSN), kinds(d, "nummer 1112.22.333 klopt")); //$NON-NLS-1$
        assertEquals(List.of(), kinds(d, "factuur 111222334 betaald")); //$NON-NLS-1$
        assertEquals(List.of(IdentifierDetector.Kind.IBAN), kinds(d, "op NL91 ABNA 0417 1643 00 graag")); //$NON-NLS-1$
    }

    @Test
    void ordinaryWordsThatAreAlsoNamesStayUnlessTheContextMakesThemNames() {
        IdentifierDetector d = new IdentifierDetector();
        assertEquals(List.of(), kinds(d, "Ik kreeg een bos bloemen in januari, de bakker was dicht.")); //$NON-NLS-1$
        assertEquals(List.of(), kinds(d, "Mark het formulier aan. Roos is een mooie bloem.")); //$NON-NLS-1$
        assertEquals(List.of(IdentifierDetector.Kind.NAME), kinds(d, "Ik sprak mevrouw Roos gisteren.")); //$NON-NLS-1$
        assertEquals(List.of(IdentifierDetector.Kind.NAME), kinds(d, "Dat zei dokter Bakker ook.")); //$NON-NLS-1$
        List<IdentifierDetector.Found> found = d.find("Het was Jan van der Meer, niet zijn broer."); //$NON-NLS-1$
        assertEquals("Jan van der Meer", found.get(0).text()); //$NON-NLS-1$
    }

    @Test
    void samePersonGetsThePseudonymOfTheFullNameAndNumbersAreNormalised() {
        NameScrubber s = new NameScrubber(PseudonymKey.of(new byte[32]));
        String first = "Mijn ex Ronald Brouwer belde van 06-12345678."; //$NON-NLS-1$
        String second = "Brouwer zei dat hij +31 6 1234 5678 heeft."; //$NON-NLS-1$
        s.learn(first);
        s.learn(second);
        String a = s.scrub(first);
        String b = s.scrub(second);
        String person = a.substring(a.indexOf("[persoon-"), a.indexOf(']', a.indexOf("[persoon-")) + 1); //$NON-NLS-1$ //$NON-NLS-2$
        assertTrue(b.contains(person), a + " / " + b);
        String phone = a.substring(a.indexOf("[telefoon-"), a.indexOf(']', a.indexOf("[telefoon-")) + 1); //$NON-NLS-1$ //$NON-NLS-2$
        assertTrue(b.contains(phone), a + " / " + b);
        assertFalse(a.contains("Ronald") || a.contains("12345678") || b.contains("Brouwer"), a + " / " + b); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    private static List<IdentifierDetector.Kind> kinds(IdentifierDetector d, String text) {
        return d.find(text).stream().map(IdentifierDetector.Found::kind).toList();
    }
}
