// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.ui.chart;

import java.text.DecimalFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;

/**
 * A small line chart for scores over time: one value per category (a conversation, a role play, a date) for
 * each series, optional horizontal threshold lines (e.g. MITI's "fair" and "good"). Missing values are
 * {@link Double#NaN} and leave a gap. Methods use it for scores over a trajectory; it deliberately does only
 * this, so it stays easy to read and to test.
 */
public class SeriesChart extends Canvas {

    /** One line: a name for the legend, one value per category ({@code NaN} = none), its colour. */
    public record Series(String name, double[] values, RGB colour) {
        public Series {
            Objects.requireNonNull(name);
            values = values.clone();
            Objects.requireNonNull(colour);
        }
    }

    /** A horizontal reference line with a label, drawn dashed. */
    public record Threshold(String label, double value, RGB colour) {
    }

    private static final int MARGIN = 8;
    private static final int POINT_RADIUS = 3;
    private static final DecimalFormat NUMBER = new DecimalFormat("0.##"); //$NON-NLS-1$

    private String title = ""; //$NON-NLS-1$
    private String emptyMessage = ""; //$NON-NLS-1$
    private List<String> categories = List.of();
    private List<Series> series = List.of();
    private List<Threshold> thresholds = List.of();
    private Double yMin;
    private Double yMax;
    private Rectangle plot = new Rectangle(0, 0, 0, 0);

    public SeriesChart(Composite parent, int style) {
        super(parent, style | SWT.DOUBLE_BUFFERED);
        setBackground(getDisplay().getSystemColor(SWT.COLOR_LIST_BACKGROUND));
        addPaintListener(e -> paint(e.gc));
    }

    public void setTitle(String title) {
        this.title = title == null ? "" : title; //$NON-NLS-1$
        redraw();
    }

    /** The text shown when there is nothing to draw. */
    public void setEmptyMessage(String message) {
        this.emptyMessage = message == null ? "" : message; //$NON-NLS-1$
        redraw();
    }

    /** The labels along the x axis, one per value position. */
    public void setCategories(List<String> labels) {
        this.categories = List.copyOf(labels);
        redraw();
    }

    public void setSeries(List<Series> series) {
        this.series = List.copyOf(series);
        redraw();
    }

    public void setThresholds(List<Threshold> thresholds) {
        this.thresholds = List.copyOf(thresholds);
        redraw();
    }

    /** A fixed value range (e.g. 0–10 for a scaling question, 1–5 for MITI global scores); otherwise automatic. */
    public void setYRange(double min, double max) {
        if (!(max > min)) {
            throw new IllegalArgumentException("max must be greater than min"); //$NON-NLS-1$
        }
        this.yMin = min;
        this.yMax = max;
        redraw();
    }

    public List<String> getCategories() {
        return categories;
    }

    public List<Series> getSeries() {
        return series;
    }

    public List<Threshold> getThresholds() {
        return thresholds;
    }

    /** Whether there is at least one value to draw. */
    public boolean hasData() {
        return series.stream().anyMatch(s -> java.util.Arrays.stream(s.values()).anyMatch(v -> !Double.isNaN(v)));
    }

    /**
     * Where the value at {@code index} of series {@code seriesIndex} is drawn, in the chart's coordinates as of
     * the last paint; {@code null} when that value is missing.
     */
    public Point pointOf(int seriesIndex, int index) {
        double value = series.get(seriesIndex).values()[index];
        if (Double.isNaN(value)) {
            return null;
        }
        double[] range = range();
        return new Point(x(index), y(value, range));
    }

    private double[] range() {
        if (yMin != null) {
            return new double[] { yMin, yMax };
        }
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (Series s : series) {
            for (double v : s.values()) {
                if (!Double.isNaN(v)) {
                    min = Math.min(min, v);
                    max = Math.max(max, v);
                }
            }
        }
        for (Threshold t : thresholds) {
            min = Math.min(min, t.value());
            max = Math.max(max, t.value());
        }
        if (min == Double.POSITIVE_INFINITY) {
            return new double[] { 0, 1 };
        }
        if (min == max) {
            return new double[] { min - 1, max + 1 };
        }
        double pad = (max - min) * 0.1;
        return new double[] { min > 0 && min - pad < 0 ? 0 : min - pad, max + pad };
    }

    private int positions() {
        int n = categories.size();
        for (Series s : series) {
            n = Math.max(n, s.values().length);
        }
        return n;
    }

    private int x(int index) {
        int n = positions();
        if (n <= 1) {
            return plot.x + plot.width / 2;
        }
        return plot.x + (int) Math.round(index * (plot.width / (double) (n - 1)));
    }

    private int y(double value, double[] range) {
        double fraction = (value - range[0]) / (range[1] - range[0]);
        return plot.y + plot.height - (int) Math.round(fraction * plot.height);
    }

    private void paint(GC gc) {
        Rectangle area = getClientArea();
        gc.setAntialias(SWT.ON);
        gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_LIST_FOREGROUND));
        int line = gc.getFontMetrics().getHeight();
        int top = MARGIN;
        if (!title.isEmpty()) {
            gc.drawString(title, MARGIN, top, true);
            top += line + 2;
        }
        if (!hasData()) {
            Point extent = gc.textExtent(emptyMessage);
            gc.drawString(emptyMessage, Math.max(MARGIN, (area.width - extent.x) / 2), Math.max(top, area.height / 2 - line / 2), true);
            plot = new Rectangle(0, 0, 0, 0);
            return;
        }
        // Legend: one entry per series, in its colour.
        int legendX = MARGIN;
        for (Series s : series) {
            Color colour = new Color(s.colour());
            gc.setBackground(colour);
            gc.fillRectangle(legendX, top + line / 2 - 2, 14, 4);
            gc.drawString(s.name(), legendX + 18, top, true);
            legendX += 18 + gc.textExtent(s.name()).x + 16;
        }
        top += line + 6;

        double[] range = range();
        String maxLabel = NUMBER.format(range[1]);
        String minLabel = NUMBER.format(range[0]);
        int axisLabelWidth = Math.max(gc.textExtent(maxLabel).x, gc.textExtent(minLabel).x);
        int left = MARGIN + axisLabelWidth + 6;
        int bottom = area.height - MARGIN - line - 4;
        int right = area.width - MARGIN - 6;
        plot = new Rectangle(left + POINT_RADIUS + 2, top, Math.max(1, right - left - POINT_RADIUS - 2), Math.max(1, bottom - top));

        Color grid = getDisplay().getSystemColor(SWT.COLOR_WIDGET_NORMAL_SHADOW);
        gc.setForeground(grid);
        gc.drawLine(left, plot.y, left, plot.y + plot.height);
        gc.drawLine(left, plot.y + plot.height, right, plot.y + plot.height);
        gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_LIST_FOREGROUND));
        gc.drawString(maxLabel, left - 4 - gc.textExtent(maxLabel).x, plot.y - line / 2, true);
        gc.drawString(minLabel, left - 4 - gc.textExtent(minLabel).x, plot.y + plot.height - line / 2, true);

        for (Threshold t : thresholds) {
            int ty = y(t.value(), range);
            Color colour = new Color(t.colour());
            gc.setForeground(colour);
            gc.setLineStyle(SWT.LINE_DASH);
            gc.drawLine(left, ty, right, ty);
            gc.setLineStyle(SWT.LINE_SOLID);
            String label = t.label() + " (" + NUMBER.format(t.value()) + ")"; //$NON-NLS-1$ //$NON-NLS-2$
            gc.drawString(label, right - gc.textExtent(label).x, ty - line, true);
        }

        gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_LIST_FOREGROUND));
        int lastLabelEnd = Integer.MIN_VALUE;
        for (int i = 0; i < categories.size(); i++) {
            String label = categories.get(i);
            int width = gc.textExtent(label).x;
            int lx = Math.min(Math.max(left, x(i) - width / 2), right - width);
            if (lx > lastLabelEnd + 4) { // skip labels that would overlap the previous one
                gc.drawString(label, lx, plot.y + plot.height + 4, true);
                lastLabelEnd = lx + width;
            }
        }

        gc.setLineWidth(2);
        for (Series s : series) {
            Color colour = new Color(s.colour());
            gc.setForeground(colour);
            gc.setBackground(colour);
            Point previous = null;
            List<Point> points = new ArrayList<>();
            for (int i = 0; i < s.values().length; i++) {
                Point p = Double.isNaN(s.values()[i]) ? null : new Point(x(i), y(s.values()[i], range));
                if (p != null && previous != null) {
                    gc.drawLine(previous.x, previous.y, p.x, p.y);
                }
                if (p != null) {
                    points.add(p);
                }
                previous = p;
            }
            for (Point p : points) {
                gc.fillOval(p.x - POINT_RADIUS, p.y - POINT_RADIUS, 2 * POINT_RADIUS + 1, 2 * POINT_RADIUS + 1);
            }
        }
        gc.setLineWidth(1);
    }

    @Override
    public Point computeSize(int wHint, int hHint, boolean changed) {
        return new Point(wHint == SWT.DEFAULT ? 360 : wHint, hHint == SWT.DEFAULT ? 200 : hHint);
    }
}
