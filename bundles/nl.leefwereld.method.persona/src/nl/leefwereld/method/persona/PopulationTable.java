// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.method.persona;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Population figures to compare a client set or panel with (CBS style): a CSV file with the columns
 * {@code attribute,category,share} (Dutch: {@code kenmerk,categorie,aandeel}), one row per category. A share is
 * a fraction ({@code 0.18}), or a percentage ({@code 18%}, or numbers that add up to 100 per attribute); a decimal
 * comma is accepted, and so is a semicolon as separator. The shares of an attribute must add up to 100% (within
 * 2 points). A category may be a value ({@code alleenstaand}) or, for numeric attributes, a range
 * ({@code 18-29}, {@code 65+}, {@code <18}).
 */
public final class PopulationTable {

    /** A category and its share of the population. */
    public record Category(String name, double share, double from, double to) {

        /** Whether a client's value falls in this category. */
        public boolean matches(String value) {
            if (value == null) {
                return false;
            }
            if (name.equalsIgnoreCase(value.strip())) {
                return true;
            }
            if (Double.isNaN(from) && Double.isNaN(to)) {
                return false;
            }
            double v = PersonaInput.parseNumber(value);
            if (Double.isNaN(v)) {
                return false;
            }
            return (Double.isNaN(from) || v >= from) && (Double.isNaN(to) || v < to);
        }
    }

    private static final Pattern RANGE = Pattern.compile("(\\d+(?:[.,]\\d+)?)\\s*(?:-|\u2013|tot|t/m)\\s*(\\d+(?:[.,]\\d+)?)"); //$NON-NLS-1$
    private static final Pattern PLUS = Pattern.compile("(\\d+(?:[.,]\\d+)?)\\s*(?:\\+|en ouder|or older|jaar en ouder)"); //$NON-NLS-1$
    private static final Pattern BELOW = Pattern.compile("(?:<|onder|jonger dan|tot|under)\\s*(\\d+(?:[.,]\\d+)?)"); //$NON-NLS-1$

    private final String source;
    private final Map<String, List<Category>> attributes;

    private PopulationTable(String source, Map<String, List<Category>> attributes) {
        this.source = source;
        this.attributes = attributes;
    }

    public String source() {
        return source;
    }

    /** Attribute name (as written in the file) to its categories, in file order. */
    public Map<String, List<Category>> attributes() {
        return attributes;
    }

    public static PopulationTable read(Path file) throws DataFileException {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        return parse(CsvFiles.read(file), name);
    }

    public static PopulationTable parse(String text, String name) throws DataFileException {
        Map<String, List<Category>> result = new LinkedHashMap<>();
        Map<String, List<String[]>> raw = new LinkedHashMap<>();
        Map<String, Long> firstLine = new LinkedHashMap<>();
        Map<String, String> spelling = new LinkedHashMap<>();
        try (CSVParser parser = CsvFiles.format(text).parse(new StringReader(text))) {
            boolean header = true;
            for (CSVRecord r : parser) {
                long line = parser.getCurrentLineNumber();
                if (header) {
                    header = false;
                    if (r.size() < 3 || !isHeader(r.get(0), "attribute", "kenmerk") //$NON-NLS-1$ //$NON-NLS-2$
                            || !isHeader(r.get(1), "category", "categorie") //$NON-NLS-1$ //$NON-NLS-2$
                            || !isHeader(r.get(2), "share", "aandeel")) { //$NON-NLS-1$ //$NON-NLS-2$
                        throw new DataFileException(Messages.bind(Messages.Population_header, name));
                    }
                    continue;
                }
                if (r.size() != 3) {
                    throw new DataFileException(Messages.bind(Messages.Csv_columns,
                            new Object[] { name, Long.valueOf(line), Integer.valueOf(3), Integer.valueOf(r.size()) }));
                }
                String attribute = r.get(0).strip();
                String category = r.get(1).strip();
                if (attribute.isEmpty() || category.isEmpty()) {
                    throw new DataFileException(Messages.bind(Messages.Population_empty, name, Long.valueOf(line)));
                }
                String key = attribute.toLowerCase(Locale.ROOT);
                spelling.putIfAbsent(key, attribute);
                firstLine.putIfAbsent(key, Long.valueOf(line));
                List<String[]> rows = raw.computeIfAbsent(key, x -> new ArrayList<>());
                for (String[] existing : rows) {
                    if (existing[0].equalsIgnoreCase(category)) {
                        throw new DataFileException(Messages.bind(Messages.Population_duplicate,
                                new Object[] { name, Long.valueOf(line), attribute, category }));
                    }
                }
                String share = r.get(2).strip();
                double value = shareValue(share);
                if (Double.isNaN(value) || value < 0) {
                    throw new DataFileException(Messages.bind(Messages.Population_share,
                            new Object[] { name, Long.valueOf(line), share }));
                }
                rows.add(new String[] { category, share, Double.toString(value), Long.toString(line) });
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw new DataFileException(Messages.bind(Messages.Csv_malformed, name, e.getMessage()));
        }
        if (raw.isEmpty()) {
            throw new DataFileException(Messages.bind(Messages.Population_noRows, name));
        }
        for (Map.Entry<String, List<String[]>> e : raw.entrySet()) {
            boolean percentSign = e.getValue().stream().anyMatch(r -> r[1].endsWith("%")); //$NON-NLS-1$
            double sum = e.getValue().stream().mapToDouble(r -> Double.parseDouble(r[2])).sum();
            double divisor = percentSign || sum > 1.5 ? 100 : 1;
            double total = sum / divisor;
            if (Math.abs(total - 1) > 0.02) {
                throw new DataFileException(Messages.bind(Messages.Population_sum, new Object[] { name,
                        firstLine.get(e.getKey()), spelling.get(e.getKey()), Format.percent1(total) }));
            }
            List<Category> categories = new ArrayList<>();
            for (String[] r : e.getValue()) {
                double[] range = range(r[0]);
                categories.add(new Category(r[0], Double.parseDouble(r[2]) / divisor / total, range[0], range[1]));
            }
            result.put(spelling.get(e.getKey()), List.copyOf(categories));
        }
        return new PopulationTable(name, result);
    }

    private static boolean isHeader(String value, String english, String dutch) {
        String v = value.strip().replace("\uFEFF", "").toLowerCase(Locale.ROOT); //$NON-NLS-1$ //$NON-NLS-2$
        return v.equals(english) || v.equals(dutch);
    }

    private static double shareValue(String s) {
        String t = s.endsWith("%") ? s.substring(0, s.length() - 1).strip() : s; //$NON-NLS-1$
        return PersonaInput.parseNumber(t);
    }

    /** [from, to) of a range category, NaN where open or not a range. */
    static double[] range(String category) {
        String c = category.strip().toLowerCase(Locale.ROOT);
        Matcher m = RANGE.matcher(c);
        if (m.matches()) {
            // "18-29" means 18 up to and including 29 (whole years): [18, 30)
            double to = PersonaInput.parseNumber(m.group(2));
            boolean whole = m.group(2).matches("\\d+"); //$NON-NLS-1$
            return new double[] { PersonaInput.parseNumber(m.group(1)), whole ? to + 1 : to };
        }
        m = PLUS.matcher(c);
        if (m.matches()) {
            return new double[] { PersonaInput.parseNumber(m.group(1)), Double.NaN };
        }
        m = BELOW.matcher(c);
        if (m.matches()) {
            return new double[] { Double.NaN, PersonaInput.parseNumber(m.group(1)) };
        }
        return new double[] { Double.NaN, Double.NaN };
    }
}
