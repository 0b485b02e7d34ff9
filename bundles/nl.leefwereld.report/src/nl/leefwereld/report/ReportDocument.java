// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.report;

import java.util.List;

/**
 * The content of a report, independent of its file format: a title and a list of blocks (headings, paragraphs,
 * tables, pictures, code lists, transcript lines). {@link ReportWriters} writes the same document as HTML, PDF or
 * DOCX. Build one with {@link ReportBuilder}. Immutable.
 */
public record ReportDocument(String title, String language, List<Block> blocks) {

    public ReportDocument {
        blocks = List.copyOf(blocks);
    }

    /** How a paragraph or table row is shown: plain, as a small note, or coloured by a level. */
    public enum Tone {
        NORMAL, NOTE, GOOD, FAIR, POOR
    }

    /** One part of a report. */
    public sealed interface Block permits Heading, Paragraph, Table, Picture, Items, Quote {
    }

    /** A heading of level 1 (the report's sections), 2 or 3. */
    public record Heading(int level, String text) implements Block {
    }

    /** A paragraph of text (newlines are kept as line breaks). */
    public record Paragraph(String text, Tone tone) implements Block {
    }

    /**
     * A table. With an empty {@code header} it is a table of facts: the first column is the name, the second the
     * value. {@code tones} is empty or holds one tone per row.
     */
    public record Table(List<String> header, List<List<String>> rows, List<Tone> tones) implements Block {
        public Table {
            header = List.copyOf(header);
            rows = rows.stream().map(List::copyOf).toList();
            tones = List.copyOf(tones);
        }

        /** The number of columns: of the header, or of the widest row. */
        public int columns() {
            int n = header.size();
            for (List<String> r : rows) {
                n = Math.max(n, r.size());
            }
            return n;
        }

        public Tone tone(int row) {
            return row < tones.size() ? tones.get(row) : Tone.NORMAL;
        }
    }

    /**
     * A picture (a chart) as PNG, shown {@code width} by {@code height} points (1/72 inch) wide; the PNG itself has
     * more pixels, so it prints sharply.
     */
    public record Picture(byte[] png, int width, int height, String caption) implements Block {
    }

    /** A list of items, e.g. the codes of a codebook: a label in bold, then text. */
    public record Items(List<Item> items) implements Block {
        public Items {
            items = List.copyOf(items);
        }
    }

    /** One item of {@link Items}; {@code label} may be empty. */
    public record Item(String label, String text) {
    }

    /**
     * A line of a transcript: {@code meta} (time and speaker), the text, and what is attached to it (codes, notes),
     * one line each.
     */
    public record Quote(String meta, String text, List<String> attached) implements Block {
        public Quote {
            attached = List.copyOf(attached);
        }
    }
}
