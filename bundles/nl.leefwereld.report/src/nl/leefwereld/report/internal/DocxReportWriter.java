// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.report.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import org.apache.poi.common.usermodel.PictureType;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

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

/** A report as a Word document (DOCX), written with Apache POI's XWPF. */
public final class DocxReportWriter {

    private static final String FONT = "DejaVu Sans"; //$NON-NLS-1$

    private DocxReportWriter() {
    }

    public static void write(ReportDocument doc, OutputStream out) throws IOException {
        try (XWPFDocument d = new XWPFDocument()) {
            d.getProperties().getCoreProperties().setTitle(doc.title());
            d.getProperties().getCoreProperties().setCreator("Leefwereld"); //$NON-NLS-1$
            for (Block b : doc.blocks()) {
                switch (b) {
                case Heading h -> {
                    XWPFParagraph p = d.createParagraph();
                    p.setSpacingBefore(h.level() == 1 ? 0 : 240);
                    p.setSpacingAfter(120);
                    run(p, h.text(), true, h.level() == 1 ? 17 : h.level() == 2 ? 14 : 12, null);
                }
                case Paragraph x -> {
                    XWPFParagraph p = d.createParagraph();
                    boolean note = x.tone() == Tone.NOTE;
                    run(p, x.text(), false, note ? 9 : 10.5, note ? "555555" : null); //$NON-NLS-1$
                }
                case Table t -> table(d, t);
                case Picture x -> picture(d, x);
                case Items list -> {
                    for (Item i : list.items()) {
                        XWPFParagraph p = d.createParagraph();
                        p.setIndentationLeft(360);
                        p.setIndentationHanging(240);
                        run(p, "\u2022 ", false, 10.5, null); //$NON-NLS-1$
                        if (!i.label().isEmpty()) {
                            run(p, i.label() + ' ', true, 10.5, null);
                        }
                        run(p, i.text(), false, 10.5, null);
                    }
                }
                case Quote q -> {
                    XWPFParagraph p = d.createParagraph();
                    p.setIndentationLeft(360);
                    p.setSpacingAfter(q.attached().isEmpty() ? 120 : 0);
                    if (!q.meta().isEmpty()) {
                        run(p, q.meta() + ' ', true, 10.5, "555555"); //$NON-NLS-1$
                    }
                    run(p, q.text(), false, 10.5, null);
                    for (String a : q.attached()) {
                        XWPFParagraph ap = d.createParagraph();
                        ap.setIndentationLeft(720);
                        run(ap, "\u25B8 " + a, false, 9, "2E5D8A"); //$NON-NLS-1$
                    }
                }
                }
            }
            d.write(out);
        }
    }

    private static void run(XWPFParagraph p, String text, boolean bold, double size, String color) {
        XWPFRun r = p.createRun();
        r.setFontFamily(FONT);
        r.setFontSize(size);
        r.setBold(bold);
        if (color != null) {
            r.setColor(color);
        }
        String[] lines = clean(text).split("\n", -1); //$NON-NLS-1$
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                r.addBreak();
            }
            r.setText(lines[i], i);
        }
    }

    private static void table(XWPFDocument d, Table t) {
        int columns = t.columns();
        if (columns == 0) {
            return;
        }
        boolean facts = t.header().isEmpty();
        int rows = t.rows().size() + (facts ? 0 : 1);
        XWPFTable table = d.createTable(Math.max(rows, 1), columns);
        table.setWidth("100%"); //$NON-NLS-1$
        int r = 0;
        if (!facts) {
            fill(table.getRow(r++), t.header(), true, false, "F2F2F2"); //$NON-NLS-1$
            table.getRow(0).setRepeatHeader(true);
        }
        for (int i = 0; i < t.rows().size(); i++) {
            String shade = switch (t.tone(i)) {
            case GOOD -> "E8F5E9"; //$NON-NLS-1$
            case FAIR -> "FFF8E1"; //$NON-NLS-1$
            case POOR -> "FFEBEE"; //$NON-NLS-1$
            default -> null;
            };
            fill(table.getRow(r++), t.rows().get(i), false, facts, shade);
        }
        d.createParagraph();
    }

    private static void fill(XWPFTableRow row, List<String> cells, boolean header, boolean facts, String shade) {
        for (int c = 0; c < row.getTableCells().size(); c++) {
            XWPFTableCell cell = row.getCell(c);
            if (shade != null) {
                cell.setColor(shade);
            }
            XWPFParagraph p = cell.getParagraphs().get(0);
            run(p, c < cells.size() ? cells.get(c) : "", header || facts && c == 0, 10, null); //$NON-NLS-1$
        }
    }

    private static void picture(XWPFDocument d, Picture x) throws IOException {
        XWPFParagraph p = d.createParagraph();
        XWPFRun r = p.createRun();
        double scale = Math.min(1.0, 450.0 / x.width());
        try {
            r.addPicture(new ByteArrayInputStream(x.png()), PictureType.PNG, "chart.png", //$NON-NLS-1$
                    Units.toEMU(x.width() * scale), Units.toEMU(x.height() * scale));
        } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new IOException(e);
        }
        if (!x.caption().isEmpty()) {
            run(d.createParagraph(), x.caption(), false, 9, "555555"); //$NON-NLS-1$
        }
    }

    /** Control characters other than newline are not allowed in XML 1.0 text: they become spaces. */
    private static String clean(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            b.append(ch < 0x20 && ch != '\n' || ch == 0xFFFE || ch == 0xFFFF ? ' ' : ch);
        }
        return b.toString();
    }
}
