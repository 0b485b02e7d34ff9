// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.report.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Consumer;

import javax.imageio.ImageIO;

import nl.leefwereld.report.ReportDocument.Picture;
import nl.leefwereld.report.internal.Fonts;

/**
 * Charts for reports, drawn headlessly with Java2D into PNG (so the command line makes the same report as the
 * workbench), with the fonts shipped in this bundle. A picture is measured in points and drawn at {@value #SCALE}
 * pixels per point, so it prints sharply.
 */
public final class Charts {

    /** Pixels per point. */
    public static final int SCALE = 3;

    /** Colours for series and categories, distinguishable in print. */
    public static final List<Color> PALETTE = List.of(new Color(0x1f, 0x77, 0xb4), new Color(0xd6, 0x27, 0x28),
            new Color(0x2c, 0xa0, 0x2c), new Color(0xff, 0x7f, 0x0e), new Color(0x94, 0x67, 0xbd),
            new Color(0x8c, 0x56, 0x4b), new Color(0x17, 0xbe, 0xcf), new Color(0x7f, 0x7f, 0x7f));

    private static final Color AXIS = new Color(0x66, 0x66, 0x66);
    private static final Color GRID = new Color(0xe0, 0xe0, 0xe0);

    private Charts() {
    }

    /** A named series of values, one per category; {@code null} values leave a gap. */
    public record Series(String name, List<Double> values) {
    }

    /**
     * A picture drawn by {@code painter} on a white canvas of {@code width} by {@code height} points (the
     * {@link Graphics2D} is scaled: draw in points). The painter may use {@link #font(boolean, float)}.
     */
    public static Picture draw(int width, int height, String caption, Consumer<Graphics2D> painter) {
        BufferedImage image = new BufferedImage(width * SCALE, height * SCALE, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            g.scale(SCALE, SCALE);
            g.setFont(font(false, 8));
            g.setColor(Color.DARK_GRAY);
            painter.accept(g);
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", png); //$NON-NLS-1$
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Picture(png.toByteArray(), width, height, caption == null ? "" : caption); //$NON-NLS-1$
    }

    /** The report font (DejaVu Sans) for Java2D. */
    public static java.awt.Font font(boolean bold, float size) {
        return Fonts.awt(bold, size);
    }

    /**
     * A line chart: one line per series over the categories (e.g. conversations by date), the y axis from
     * {@code min} to {@code max} with a grid line at each {@code step}, and a legend.
     */
    public static Picture line(String caption, List<String> categories, List<Series> series, double min, double max,
            double step) {
        return draw(480, 240, caption, g -> {
            Plot p = new Plot(g, 480, 240, categories, series.size() > 1 ? series : List.of());
            p.yAxis(min, max, step, null);
            for (int s = 0; s < series.size(); s++) {
                Color color = PALETTE.get(s % PALETTE.size());
                g.setColor(color);
                g.setStroke(new BasicStroke(1.6f));
                Path2D path = new Path2D.Double();
                boolean pen = false;
                List<Double> values = series.get(s).values();
                for (int i = 0; i < values.size() && i < categories.size(); i++) {
                    Double v = values.get(i);
                    if (v == null) {
                        pen = false;
                        continue;
                    }
                    double x = p.x(i);
                    double y = p.y(v.doubleValue(), min, max);
                    if (pen) {
                        path.lineTo(x, y);
                    } else {
                        path.moveTo(x, y);
                        pen = true;
                    }
                    g.fill(new java.awt.geom.Ellipse2D.Double(x - 2.2, y - 2.2, 4.4, 4.4));
                }
                g.draw(path);
            }
        });
    }

    /**
     * A timeline of categories: for each point in time (x) which of the {@code levels} (y, bottom first) held, e.g.
     * the relation type per conversation. {@code index} holds a level index per category, or {@code null}.
     */
    public static Picture steps(String caption, List<String> categories, List<String> levels, List<Integer> index) {
        int height = Math.max(150, 60 + 28 * levels.size());
        return draw(480, height, caption, g -> {
            Plot p = new Plot(g, 480, height, categories, List.of());
            p.yAxis(-0.5, levels.size() - 0.5, 1, levels);
            g.setStroke(new BasicStroke(1.6f));
            Double lastX = null;
            Double lastY = null;
            for (int i = 0; i < index.size() && i < categories.size(); i++) {
                Integer level = index.get(i);
                if (level == null) {
                    continue;
                }
                double x = p.x(i);
                double y = p.y(level.doubleValue(), -0.5, levels.size() - 0.5);
                g.setColor(AXIS);
                if (lastX != null) {
                    g.draw(new Line2D.Double(lastX, lastY, x, lastY));
                    g.draw(new Line2D.Double(x, lastY, x, y));
                }
                g.setColor(PALETTE.get(level.intValue() % PALETTE.size()));
                g.fill(new java.awt.geom.Ellipse2D.Double(x - 4, y - 4, 8, 8));
                lastX = x;
                lastY = y;
            }
        });
    }

    /** Horizontal bars, one per label, with the value written after each bar. */
    public static Picture bars(String caption, List<String> labels, List<Double> values) {
        int height = 20 + 18 * Math.max(1, labels.size());
        return draw(480, height, caption, g -> {
            g.setFont(font(false, 8));
            FontMetrics fm = g.getFontMetrics();
            int labelWidth = 0;
            for (String l : labels) {
                labelWidth = Math.max(labelWidth, fm.stringWidth(l));
            }
            labelWidth = Math.min(labelWidth, 200);
            double max = 0;
            for (Double v : values) {
                max = Math.max(max, v == null ? 0 : v.doubleValue());
            }
            double left = 10 + labelWidth + 8;
            double room = 480 - left - 50;
            for (int i = 0; i < labels.size(); i++) {
                double y = 10 + 18 * i;
                g.setColor(Color.DARK_GRAY);
                g.drawString(fit(labels.get(i), fm, labelWidth), 10, (float) (y + 11));
                double v = values.get(i) == null ? 0 : values.get(i).doubleValue();
                double w = max <= 0 ? 0 : room * v / max;
                g.setColor(PALETTE.get(0));
                g.fill(new java.awt.geom.Rectangle2D.Double(left, y + 2, w, 12));
                g.setColor(Color.DARK_GRAY);
                g.drawString(format(v), (float) (left + w + 4), (float) (y + 11));
            }
        });
    }

    /** A number without needless decimals. */
    public static String format(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : new java.text.DecimalFormat("0.##").format(v); //$NON-NLS-1$
    }

    /** The text cut with an ellipsis to fit {@code width}. */
    public static String fit(String s, FontMetrics fm, int width) {
        if (fm.stringWidth(s) <= width) {
            return s;
        }
        String t = s;
        while (t.length() > 1 && fm.stringWidth(t + "\u2026") > width) { //$NON-NLS-1$
            t = t.substring(0, t.length() - 1);
        }
        return t + "\u2026"; //$NON-NLS-1$
    }

    /** The frame of a chart with categories along x: axes, labels, legend. */
    private static final class Plot {
        private final Graphics2D g;
        private final double left;
        private final double right;
        private final double top;
        private final double bottom;
        private final int n;

        Plot(Graphics2D g, int width, int height, List<String> categories, List<Series> legend) {
            this.g = g;
            this.n = Math.max(1, categories.size());
            g.setFont(font(false, 7.5f));
            FontMetrics fm = g.getFontMetrics();
            left = 70;
            right = width - 12;
            top = legend.isEmpty() ? 10 : 24;
            bottom = height - 30;
            // legend
            double lx = left;
            for (int s = 0; s < legend.size(); s++) {
                g.setColor(PALETTE.get(s % PALETTE.size()));
                g.fill(new java.awt.geom.Rectangle2D.Double(lx, 6, 10, 6));
                g.setColor(Color.DARK_GRAY);
                g.drawString(legend.get(s).name(), (float) (lx + 13), 12.5f);
                lx += 13 + fm.stringWidth(legend.get(s).name()) + 14;
            }
            // category labels, thinned out when they would overlap
            int every = 1;
            double slot = (right - left) / n;
            int widest = 1;
            for (String c : categories) {
                widest = Math.max(widest, fm.stringWidth(c));
            }
            while (slot * every < Math.min(widest, 70) + 6 && every < n) {
                every++;
            }
            g.setColor(Color.DARK_GRAY);
            for (int i = 0; i < categories.size(); i += every) {
                String c = fit(categories.get(i), fm, (int) Math.max(20, slot * every - 4));
                g.drawString(c, (float) (x(i) - fm.stringWidth(c) / 2.0), (float) (bottom + 12));
            }
            g.setColor(AXIS);
            g.setStroke(new BasicStroke(0.8f));
            g.draw(new Line2D.Double(left, bottom, right, bottom));
            g.draw(new Line2D.Double(left, top, left, bottom));
        }

        void yAxis(double min, double max, double step, List<String> labels) {
            FontMetrics fm = g.getFontMetrics();
            int i = 0;
            for (double v = labels == null ? min : min + 0.5; v <= max + 1e-9; v += step, i++) {
                double yy = y(v, min, max);
                g.setColor(GRID);
                g.setStroke(new BasicStroke(0.5f));
                g.draw(new Line2D.Double(left + 1, yy, right, yy));
                g.setColor(Color.DARK_GRAY);
                String label = labels == null ? format(v) : i < labels.size() ? labels.get(i) : ""; //$NON-NLS-1$
                label = fit(label, fm, (int) left - 8);
                g.drawString(label, (float) (left - 5 - fm.stringWidth(label)), (float) (yy + 3));
            }
        }

        double x(int i) {
            return left + (right - left) * (i + 0.5) / n;
        }

        double y(double v, double min, double max) {
            return bottom - (bottom - top) * (v - min) / (max - min);
        }
    }
}
