// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.report.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

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
 * A report as one self-contained HTML5 file (UTF-8, styles inline, pictures as data URIs). Every text is escaped,
 * so a name such as {@code <script>} is shown, never run.
 */
public final class HtmlReportWriter {

    private static final String STYLE = "body{font-family:'DejaVu Sans',sans-serif;max-width:60em;margin:2em auto;color:#222}" //$NON-NLS-1$
            + "table{border-collapse:collapse;margin:1em 0}td,th{border:1px solid #ccc;padding:.3em .6em;text-align:left;vertical-align:top}" //$NON-NLS-1$
            + "tr.GOOD{background:#e8f5e9}tr.FAIR{background:#fff8e1}tr.POOR{background:#ffebee}" //$NON-NLS-1$
            + ".note{color:#555;font-size:.9em}blockquote{margin:.4em 1em}.meta{color:#555}" //$NON-NLS-1$
            + "blockquote ul{margin:.1em 0;color:#2e5d8a;font-size:.9em}figure{margin:1em 0}figcaption{color:#555;font-size:.9em}"; //$NON-NLS-1$

    private HtmlReportWriter() {
    }

    public static void write(ReportDocument doc, OutputStream out) throws IOException {
        out.write(html(doc).getBytes(StandardCharsets.UTF_8));
    }

    public static String html(ReportDocument doc) {
        StringBuilder h = new StringBuilder(16384);
        h.append("<!DOCTYPE html>\n<html lang=\"").append(esc(doc.language())).append("\">\n<head>\n<meta charset=\"utf-8\"/>\n<title>") //$NON-NLS-1$ //$NON-NLS-2$
                .append(esc(doc.title())).append("</title>\n<style>").append(STYLE).append("</style>\n</head>\n<body>\n"); //$NON-NLS-1$ //$NON-NLS-2$
        for (Block b : doc.blocks()) {
            switch (b) {
            case Heading x -> h.append("<h").append(x.level()).append('>').append(esc(x.text())).append("</h") //$NON-NLS-1$ //$NON-NLS-2$
                    .append(x.level()).append(">\n"); //$NON-NLS-1$
            case Paragraph x -> h.append(x.tone() == Tone.NOTE ? "<p class=\"note\">" : "<p>") //$NON-NLS-1$ //$NON-NLS-2$
                    .append(esc(x.text()).replace("\n", "<br/>")).append("</p>\n"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            case Table x -> table(h, x);
            case Picture x -> h.append("<figure><img alt=\"").append(esc(x.caption())).append("\" width=\"") //$NON-NLS-1$ //$NON-NLS-2$
                    .append(Math.round(x.width() * 4 / 3.0)).append("\" src=\"data:image/png;base64,") //$NON-NLS-1$
                    .append(Base64.getEncoder().encodeToString(x.png())).append("\"/><figcaption>") //$NON-NLS-1$
                    .append(esc(x.caption())).append("</figcaption></figure>\n"); //$NON-NLS-1$
            case Items x -> {
                h.append("<ul>\n"); //$NON-NLS-1$
                for (Item i : x.items()) {
                    h.append("<li>"); //$NON-NLS-1$
                    if (!i.label().isEmpty()) {
                        h.append("<strong>").append(esc(i.label())).append("</strong> "); //$NON-NLS-1$ //$NON-NLS-2$
                    }
                    h.append(esc(i.text())).append("</li>\n"); //$NON-NLS-1$
                }
                h.append("</ul>\n"); //$NON-NLS-1$
            }
            case Quote x -> {
                h.append("<blockquote><span class=\"meta\">").append(esc(x.meta())).append("</span> ") //$NON-NLS-1$ //$NON-NLS-2$
                        .append(esc(x.text()));
                if (!x.attached().isEmpty()) {
                    h.append("<ul>"); //$NON-NLS-1$
                    for (String a : x.attached()) {
                        h.append("<li>").append(esc(a)).append("</li>"); //$NON-NLS-1$ //$NON-NLS-2$
                    }
                    h.append("</ul>"); //$NON-NLS-1$
                }
                h.append("</blockquote>\n"); //$NON-NLS-1$
            }
            }
        }
        h.append("</body>\n</html>\n"); //$NON-NLS-1$
        return h.toString();
    }

    private static void table(StringBuilder h, Table t) {
        h.append("<table>\n"); //$NON-NLS-1$
        if (!t.header().isEmpty()) {
            h.append("<tr>"); //$NON-NLS-1$
            for (String c : t.header()) {
                h.append("<th>").append(esc(c)).append("</th>"); //$NON-NLS-1$ //$NON-NLS-2$
            }
            h.append("</tr>\n"); //$NON-NLS-1$
        }
        boolean facts = t.header().isEmpty();
        for (int r = 0; r < t.rows().size(); r++) {
            Tone tone = t.tone(r);
            h.append(tone == Tone.NORMAL || tone == Tone.NOTE ? "<tr>" //$NON-NLS-1$
                    : "<tr class=\"" + tone.name().toUpperCase(Locale.ROOT) + "\">"); //$NON-NLS-1$ //$NON-NLS-2$
            List<String> row = t.rows().get(r);
            for (int c = 0; c < row.size(); c++) {
                String cell = facts && c == 0 ? "th" : "td"; //$NON-NLS-1$ //$NON-NLS-2$
                h.append('<').append(cell).append('>').append(esc(row.get(c))).append("</").append(cell).append('>'); //$NON-NLS-1$
            }
            h.append("</tr>\n"); //$NON-NLS-1$
        }
        h.append("</table>\n"); //$NON-NLS-1$
    }

    /** Escapes text for HTML content and attribute values. */
    public static String esc(String s) {
        if (s == null) {
            return ""; //$NON-NLS-1$
        }
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
            case '<' -> b.append("&lt;"); //$NON-NLS-1$
            case '>' -> b.append("&gt;"); //$NON-NLS-1$
            case '&' -> b.append("&amp;"); //$NON-NLS-1$
            case '"' -> b.append("&quot;"); //$NON-NLS-1$
            case '\'' -> b.append("&#39;"); //$NON-NLS-1$
            default -> {
                if (ch < 0x20 && ch != '\n' && ch != '\t') {
                    b.append(' ');
                } else {
                    b.append(ch);
                }
            }
            }
        }
        return b.toString();
    }
}
