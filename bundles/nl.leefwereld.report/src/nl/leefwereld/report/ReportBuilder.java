// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import nl.leefwereld.report.ReportDocument.Block;
import nl.leefwereld.report.ReportDocument.Heading;
import nl.leefwereld.report.ReportDocument.Item;
import nl.leefwereld.report.ReportDocument.Items;
import nl.leefwereld.report.ReportDocument.Paragraph;
import nl.leefwereld.report.ReportDocument.Picture;
import nl.leefwereld.report.ReportDocument.Quote;
import nl.leefwereld.report.ReportDocument.Table;
import nl.leefwereld.report.ReportDocument.Tone;

/**
 * Builds a {@link ReportDocument} block by block:
 *
 * <pre>
 * ReportDocument doc = new ReportBuilder(title).note(purpose).facts(List.of(List.of(dateLabel, date)))
 *         .heading(Messages.Scores).table(header, rows).picture(Charts.line(...)).build();
 * </pre>
 *
 * {@code null} texts are written as empty text. The report's language is the user's (its Messages).
 */
public final class ReportBuilder {

    private final String title;
    private final List<Block> blocks = new ArrayList<>();

    public ReportBuilder(String title) {
        this.title = text(title);
        blocks.add(new Heading(1, this.title));
    }

    /** A section heading (level 2). */
    public ReportBuilder heading(String text) {
        blocks.add(new Heading(2, text(text)));
        return this;
    }

    /** A sub-heading (level 3). */
    public ReportBuilder subheading(String text) {
        blocks.add(new Heading(3, text(text)));
        return this;
    }

    public ReportBuilder paragraph(String text) {
        blocks.add(new Paragraph(text(text), Tone.NORMAL));
        return this;
    }

    /** A paragraph in small print: purpose, sources, caveats. */
    public ReportBuilder note(String text) {
        blocks.add(new Paragraph(text(text), Tone.NOTE));
        return this;
    }

    /** A table of facts: each row a name and a value. */
    public ReportBuilder facts(List<List<String>> rows) {
        blocks.add(new Table(List.of(), clean(rows), List.of()));
        return this;
    }

    public ReportBuilder table(List<String> header, List<List<String>> rows) {
        return table(header, rows, List.of());
    }

    /** A table with a tone per row (e.g. the level of a score). */
    public ReportBuilder table(List<String> header, List<List<String>> rows, List<Tone> tones) {
        blocks.add(new Table(header.stream().map(ReportBuilder::text).toList(), clean(rows), tones));
        return this;
    }

    public ReportBuilder picture(Picture picture) {
        blocks.add(picture);
        return this;
    }

    /** A list of labelled items (a code list). */
    public ReportBuilder items(List<Item> items) {
        blocks.add(new Items(items.stream().map(i -> new Item(text(i.label()), text(i.text()))).toList()));
        return this;
    }

    /** A transcript line with what is attached to it. */
    public ReportBuilder quote(String meta, String text, String... attached) {
        return quote(meta, text, Arrays.asList(attached));
    }

    public ReportBuilder quote(String meta, String text, List<String> attached) {
        blocks.add(new Quote(text(meta), text(text), attached.stream().map(ReportBuilder::text).toList()));
        return this;
    }

    /** A note naming the literature source of an installed method (nothing when it has none). */
    public ReportBuilder source(String methodId) {
        String source = ReportTexts.methodSource(methodId);
        return source.isBlank() ? this : note(source);
    }

    public ReportDocument build() {
        return new ReportDocument(title, Messages.Report_lang, blocks);
    }

    private static List<List<String>> clean(List<List<String>> rows) {
        return rows.stream().map(r -> r.stream().map(ReportBuilder::text).toList()).toList();
    }

    private static String text(String s) {
        return s == null ? "" : s; //$NON-NLS-1$
    }
}
