// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.eclipse.osgi.util.NLS;
import org.junit.jupiter.api.Test;

/**
 * Apostrophes in every messages*.properties of the repository match how the string is used: NLS.bind and
 * MessageFormat turn {@code ''} into one quote and swallow a single one, a string used as it is shows {@code ''}
 * doubled. The test reads the sources of all bundles next to this one.
 */
public class MessageQuotesTest {

    private static final Pattern BIND = Pattern.compile("(?:bind|format)\\s*$"); //$NON-NLS-1$

    @Test
    public void nlsBindTurnsDoubledQuotesIntoOne() {
        assertEquals("'x' y", NLS.bind("''{0}'' y", "x"));
    }

    @Test
    public void everyMessageQuotesMatchItsUse() throws IOException {
        Path bundles = Path.of("..").toAbsolutePath().normalize();
        assertTrue(Files.isDirectory(bundles.resolve("nl.leefwereld.core/src")), bundles.toString());
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        try (Stream<Path> files = Files.walk(bundles)) {
            for (Path props : files.filter(f -> f.getFileName().toString().matches("messages(_\\w+)?\\.properties")
                    && f.toString().contains("/src/")).toList()) {
                Path bundle = bundles.resolve(bundles.relativize(props).getName(0));
                List<String> sources = javaSources(bundle.resolve("src"));
                Properties p = new Properties();
                try (InputStream in = Files.newInputStream(props)) {
                    p.load(in);
                }
                for (String key : p.stringPropertyNames()) {
                    String value = p.getProperty(key);
                    if (value.indexOf('\'') < 0) {
                        continue;
                    }
                    boolean doubled = value.contains("''");
                    Pattern use = Pattern.compile("Messages\\." + key + "\\b");
                    for (String source : sources) {
                        Matcher m = use.matcher(source);
                        while (m.find()) {
                            checked++;
                            boolean bound = insideBind(source, m.start());
                            if (doubled != bound) {
                                wrong.add(bundles.relativize(props) + " " + key + (doubled ? ": '' shown doubled (not bound)"
                                        : ": single ' swallowed by bind"));
                            }
                        }
                    }
                }
            }
        }
        assertTrue(checked > 20, "found the uses of quoted messages: " + checked);
        assertEquals(List.of(), wrong);
    }

    /** Whether the nearest unclosed parenthesis before {@code at} (in the same statement) opens a bind or format call. */
    private static boolean insideBind(String source, int at) {
        int depth = 0;
        for (int i = at - 1; i >= 0; i--) {
            char c = source.charAt(i);
            if (c == ';' || c == '{' || c == '}') {
                return false;
            }
            if (c == ')') {
                depth++;
            } else if (c == '(') {
                if (depth == 0) {
                    return BIND.matcher(source.substring(Math.max(0, i - 20), i)).find();
                }
                depth--;
            }
        }
        return false;
    }

    private static List<String> javaSources(Path src) throws IOException {
        List<String> all = new ArrayList<>();
        try (Stream<Path> files = Files.walk(src)) {
            for (Path f : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                all.add(Files.readString(f));
            }
        }
        return all;
    }
}
