// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.report.internal;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.eclipse.osgi.util.NLS;

import nl.leefwereld.report.Messages;
import nl.leefwereld.report.ReportDocument;
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
 * A report as PDF (A4), laid out with Apache PDFBox: the DejaVu fonts of this bundle embedded (as subsets), text
 * wrapped at word boundaries, tables split over pages with their header repeated, pictures scaled to the page, and
 * "page n of m" at the foot of every page.
 */
public final class PdfReportWriter {

    private static final float MARGIN = 56;
    private static final float BODY = 10;
    private static final float NOTE = 8.5f;
    private static final float CELL_PAD = 4;
    private static final Color TEXT = new Color(0x22, 0x22, 0x22);
    private static final Color GREY = new Color(0x55, 0x55, 0x55);
    private static final Color LINE = new Color(0xcc, 0xcc, 0xcc);
    private static final Color CODE = new Color(0x2e, 0x5d, 0x8a);

    private final PDDocument pdf;
    private final PDFont regular;
    private final PDFont bold;
    private final Map<PDFont, Map<Integer, Boolean>> glyphs = new HashMap<>();
    private PDPageContentStream content;
    private float y;
    /** The block after the one being written (a heading stays with it). */
    private Block next;

    private PdfReportWriter(PDDocument pdf) throws IOException {
        this.pdf = pdf;
        regular = PDType0Font.load(pdf, new ByteArrayInputStream(Fonts.regular()), true);
        bold = PDType0Font.load(pdf, new ByteArrayInputStream(Fonts.bold()), true);
    }

    public static void write(ReportDocument doc, OutputStream out) throws IOException {
        try (PDDocument pdf = new PDDocument()) {
            PDDocumentInformation info = pdf.getDocumentInformation();
            info.setTitle(doc.title());
            info.setCreator("Leefwereld"); //$NON-NLS-1$
            pdf.getDocumentCatalog().setLanguage(doc.language());
            PdfReportWriter w = new PdfReportWriter(pdf);
            w.newPage();
            List<Block> blocks = doc.blocks();
            for (int i = 0; i < blocks.size(); i++) {
                w.next = i + 1 < blocks.size() ? blocks.get(i + 1) : null;
                w.block(blocks.get(i));
            }
            w.content.close();
            w.footers();
            pdf.save(out);
        }
    }

    private static float width() {
        return PDRectangle.A4.getWidth() - 2 * MARGIN;
    }

    private void newPage() throws IOException {
        if (content != null) {
            content.close();
        }
        PDPage page = new PDPage(PDRectangle.A4);
        pdf.addPage(page);
        content = new PDPageContentStream(pdf, page);
        y = PDRectangle.A4.getHeight() - MARGIN;
    }

    /** Starts a new page unless {@code height} fits below the cursor. */
    private void ensure(float height) throws IOException {
        if (y - height < MARGIN) {
            newPage();
        }
    }

    private void block(Block b) throws IOException {
        switch (b) {
        case Heading h -> {
            float size = h.level() == 1 ? 17 : h.level() == 2 ? 13.5f : 11.5f;
            float before = h.level() == 1 ? 0 : size;
            List<String> lines = wrap(h.text(), bold, size, width());
            float following = next instanceof Picture p ? pictureHeight(p) + NOTE * 2.8f : 3 * BODY * 1.4f;
            ensure(before + lines.size() * size * 1.4f + size * 0.4f + following); // keep with what follows
            y -= before;
            text(lines, bold, size, MARGIN, TEXT);
            y -= size * 0.4f;
        }
        case Paragraph p -> {
            boolean note = p.tone() == Tone.NOTE;
            float size = note ? NOTE : BODY;
            paragraph(p.text(), regular, size, MARGIN, width(), note ? GREY : TEXT);
            y -= size * 0.7f;
        }
        case Table t -> table(t);
        case Picture p -> picture(p);
        case Items list -> {
            for (Item i : list.items()) {
                String text = i.label().isEmpty() ? i.text() : i.label() + "  " + i.text(); //$NON-NLS-1$
                List<String> lines = wrap(text, regular, BODY, width() - 14);
                ensure(BODY * 1.4f);
                float top = y;
                content.setNonStrokingColor(TEXT);
                write("\u2022", regular, BODY, MARGIN + 3, top - BODY); //$NON-NLS-1$
                if (!i.label().isEmpty() && !lines.isEmpty() && lines.get(0).startsWith(i.label())) {
                    // the label in bold, the rest of the first line regular
                    String first = lines.get(0);
                    write(i.label(), bold, BODY, MARGIN + 14, top - BODY);
                    float lw = width(i.label(), bold, BODY);
                    write(first.substring(i.label().length()), regular, BODY, MARGIN + 14 + lw, top - BODY);
                    y -= BODY * 1.4f;
                    text(lines.subList(1, lines.size()), regular, BODY, MARGIN + 14, TEXT);
                } else {
                    text(lines, regular, BODY, MARGIN + 14, TEXT);
                }
            }
            y -= BODY * 0.7f;
        }
        case Quote q -> {
            float indent = MARGIN + 12;
            float w = width() - 12;
            List<String> lines = new ArrayList<>();
            String[] parts = q.text().split("\n", -1); //$NON-NLS-1$
            for (int i = 0; i < parts.length; i++) {
                lines.addAll(wrap(i == 0 && !q.meta().isEmpty() ? q.meta() + "  " + parts[i] : parts[i], regular, BODY, w)); //$NON-NLS-1$
            }
            ensure(Math.min(lines.size(), 3) * BODY * 1.4f);
            if (!q.meta().isEmpty() && !lines.isEmpty() && lines.get(0).startsWith(q.meta())) {
                write(q.meta(), bold, BODY, indent, y - BODY, GREY);
                float mw = width(q.meta(), bold, BODY);
                write(lines.get(0).substring(q.meta().length()), regular, BODY, indent + mw, y - BODY, TEXT);
                y -= BODY * 1.4f;
                text(lines.subList(1, lines.size()), regular, BODY, indent, TEXT);
            } else {
                text(lines, regular, BODY, indent, TEXT);
            }
            for (String a : q.attached()) {
                paragraph("\u25B8 " + a, regular, NOTE, indent + 12, w - 12, CODE); //$NON-NLS-1$
            }
            y -= BODY * 0.5f;
        }
        }
    }

    private void paragraph(String text, PDFont font, float size, float x, float w, Color color) throws IOException {
        for (String line : text.split("\n", -1)) { //$NON-NLS-1$
            text(wrap(line, font, size, w), font, size, x, color);
        }
    }

    /** Writes lines one below the other, starting a new page when the next does not fit. */
    private void text(List<String> lines, PDFont font, float size, float x, Color color) throws IOException {
        for (String line : lines) {
            ensure(size * 1.4f);
            write(line, font, size, x, y - size, color);
            y -= size * 1.4f;
        }
    }

    private void write(String s, PDFont font, float size, float x, float baseline) throws IOException {
        write(s, font, size, x, baseline, TEXT);
    }

    private void write(String s, PDFont font, float size, float x, float baseline, Color color) throws IOException {
        if (s.isEmpty()) {
            return;
        }
        content.beginText();
        content.setNonStrokingColor(color);
        content.setFont(font, size);
        content.newLineAtOffset(x, baseline);
        content.showText(s);
        content.endText();
    }

    private void table(Table t) throws IOException {
        int n = t.columns();
        if (n == 0) {
            return;
        }
        boolean facts = t.header().isEmpty();
        float[] natural = new float[n];
        float[] least = new float[n];
        List<List<String>> all = new ArrayList<>(t.rows());
        if (!facts) {
            all.add(t.header());
        }
        for (List<String> row : all) {
            for (int c = 0; c < row.size(); c++) {
                PDFont f = facts && c == 0 || row == t.header() ? bold : regular;
                String cell = clean(row.get(c), f);
                natural[c] = Math.max(natural[c], Math.min(width(cell, f, BODY) + 2 * CELL_PAD, width()));
                for (String word : cell.split("[ \n]")) { //$NON-NLS-1$
                    least[c] = Math.max(least[c], Math.min(width(word, f, BODY) + 2 * CELL_PAD, width() / n * 1.6f));
                }
            }
        }
        float[] widths = fit(natural, least, width());
        ensure(3 * BODY * 1.4f);
        if (!facts) {
            row(t.header(), widths, true, false, Tone.NORMAL);
        }
        for (int r = 0; r < t.rows().size(); r++) {
            if (row(t.rows().get(r), widths, false, facts, t.tone(r)) && !facts) {
                row(t.header(), widths, true, false, Tone.NORMAL); // a new page: the header again, then the row
                row(t.rows().get(r), widths, false, facts, t.tone(r));
            }
        }
        y -= BODY;
    }

    /**
     * Shares the width among the columns: their natural widths when they fit; else each keeps room for its longest
     * word and the rest is shared in proportion to what each needs beyond that.
     */
    private static float[] fit(float[] natural, float[] least, float total) {
        float sumNatural = 0;
        float sumLeast = 0;
        for (int i = 0; i < natural.length; i++) {
            least[i] = Math.min(least[i], natural[i]);
            sumNatural += natural[i];
            sumLeast += least[i];
        }
        float[] w = new float[natural.length];
        for (int i = 0; i < w.length; i++) {
            if (sumNatural <= total) {
                w[i] = natural[i];
            } else if (sumLeast >= total) {
                w[i] = least[i] * total / sumLeast;
            } else {
                w[i] = least[i] + (natural[i] - least[i]) * (total - sumLeast) / (sumNatural - sumLeast);
            }
        }
        return w;
    }

    /**
     * Draws one row; returns {@code true} (and draws nothing) when it needed a new page first, so the caller can
     * repeat the header there.
     */
    private boolean row(List<String> cells, float[] widths, boolean header, boolean facts, Tone tone) throws IOException {
        List<List<String>> lines = new ArrayList<>();
        int most = 1;
        for (int c = 0; c < widths.length; c++) {
            String cell = c < cells.size() ? cells.get(c) : ""; //$NON-NLS-1$
            PDFont f = header || facts && c == 0 ? bold : regular;
            List<String> wrapped = new ArrayList<>();
            for (String part : cell.split("\n", -1)) { //$NON-NLS-1$
                wrapped.addAll(wrap(part, f, BODY, widths[c] - 2 * CELL_PAD));
            }
            lines.add(wrapped);
            most = Math.max(most, wrapped.size());
        }
        float height = most * BODY * 1.3f + 2 * CELL_PAD;
        if (y - height < MARGIN) {
            newPage();
            if (!header) {
                return true;
            }
        }
        float x = MARGIN;
        Color fill = switch (tone) {
        case GOOD -> new Color(0xe8, 0xf5, 0xe9);
        case FAIR -> new Color(0xff, 0xf8, 0xe1);
        case POOR -> new Color(0xff, 0xeb, 0xee);
        default -> header ? new Color(0xf2, 0xf2, 0xf2) : null;
        };
        for (int c = 0; c < widths.length; c++) {
            if (fill != null) {
                content.setNonStrokingColor(fill);
                content.addRect(x, y - height, widths[c], height);
                content.fill();
            }
            content.setStrokingColor(LINE);
            content.setLineWidth(0.5f);
            content.addRect(x, y - height, widths[c], height);
            content.stroke();
            PDFont f = header || facts && c == 0 ? bold : regular;
            float line = y - CELL_PAD - BODY;
            for (String s : lines.get(c)) {
                write(s, f, BODY, x + CELL_PAD, line, TEXT);
                line -= BODY * 1.3f;
            }
            x += widths[c];
        }
        y -= height;
        return false;
    }

    /** The height a picture takes on the page (scaled to the text width and at most a page). */
    private static float pictureHeight(Picture p) {
        float h = p.height() * Math.min(1, width() / p.width());
        return Math.min(h, PDRectangle.A4.getHeight() - 2 * MARGIN - 2 * NOTE * 1.4f);
    }

    private void picture(Picture p) throws IOException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(p.png()));
        if (image == null) {
            return;
        }
        float h = pictureHeight(p);
        float w = p.width() * h / p.height();
        ensure(h + NOTE * 2.8f);
        PDImageXObject xobject = LosslessFactory.createFromImage(pdf, image);
        content.drawImage(xobject, MARGIN, y - h, w, h);
        y -= h + 4;
        if (!p.caption().isEmpty()) {
            paragraph(p.caption(), regular, NOTE, MARGIN, width(), GREY);
        }
        y -= BODY * 0.7f;
    }

    private void footers() throws IOException {
        int total = pdf.getNumberOfPages();
        for (int i = 0; i < total; i++) {
            PDPage page = pdf.getPage(i);
            try (PDPageContentStream c = new PDPageContentStream(pdf, page, PDPageContentStream.AppendMode.APPEND, true,
                    true)) {
                String s = clean(NLS.bind(Messages.Report_page, Integer.valueOf(i + 1), Integer.valueOf(total)), regular);
                c.beginText();
                c.setNonStrokingColor(GREY);
                c.setFont(regular, NOTE);
                c.newLineAtOffset(PDRectangle.A4.getWidth() - MARGIN - width(s, regular, NOTE), MARGIN / 2);
                c.showText(s);
                c.endText();
            }
        }
    }

    /** Splits text into lines no wider than {@code max}, at spaces; a word wider than a line is cut. */
    private List<String> wrap(String text, PDFont font, float size, float max) throws IOException {
        String s = clean(text, font);
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : s.split(" ", -1)) { //$NON-NLS-1$
            String candidate = line.length() == 0 ? word : line + " " + word; //$NON-NLS-1$
            if (width(candidate, font, size) <= max) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (line.length() > 0) {
                lines.add(line.toString());
                line.setLength(0);
            }
            String rest = word;
            while (width(rest, font, size) > max && rest.length() > 1) {
                int cut = rest.length() - 1;
                while (cut > 1 && width(rest.substring(0, cut), font, size) > max) {
                    cut--;
                }
                lines.add(rest.substring(0, cut));
                rest = rest.substring(cut);
            }
            line.append(rest);
        }
        if (line.length() > 0 || lines.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    private static float width(String s, PDFont font, float size) throws IOException {
        return font.getStringWidth(s) / 1000 * size;
    }

    /**
     * The text as the font can show it: tabs, newlines and other control characters become spaces (callers split
     * lines first), characters the font lacks become '?'.
     */
    private String clean(String text, PDFont font) {
        Map<Integer, Boolean> known = glyphs.computeIfAbsent(font, f -> new HashMap<>());
        StringBuilder b = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (Character.isISOControl(cp) || Character.getType(cp) == Character.FORMAT) {
                b.append(' ');
                return;
            }
            boolean ok = known.computeIfAbsent(cp, k -> {
                try {
                    font.encode(new String(Character.toChars(k)));
                    return Boolean.TRUE;
                } catch (IOException | IllegalArgumentException e) {
                    return Boolean.FALSE;
                }
            }).booleanValue();
            b.append(ok ? new String(Character.toChars(cp)) : "?"); //$NON-NLS-1$
        });
        return b.toString();
    }
}
