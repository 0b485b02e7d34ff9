// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.ui.tests;

import nl.leefwereld.testsupport.ui.UiTestSupport;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import nl.leefwereld.ui.chart.SeriesChart;

/** The chart draws each value where {@link SeriesChart#pointOf} says, in its series' colour; gaps stay empty. */
class SeriesChartTest {

    private static final RGB RED = new RGB(200, 0, 0);
    private static final RGB BLUE = new RGB(0, 0, 200);

    private Shell shell;
    private SeriesChart chart;

    @BeforeEach
    void open() {
        shell = new Shell(Display.getCurrent());
        shell.setLayout(new FillLayout());
        chart = new SeriesChart(shell, SWT.NONE);
        shell.setSize(500, 300);
        shell.open();
    }

    @AfterEach
    void close() {
        shell.dispose();
    }

    @Test
    void drawsEveryValueInItsSeriesColourAndLeavesGaps() {
        chart.setTitle("Schaalvraag");
        chart.setCategories(List.of("1 mrt", "15 mrt", "2 apr", "20 apr"));
        chart.setYRange(0, 10);
        chart.setSeries(List.of(new SeriesChart.Series("Cliënt", new double[] { 3, 4, Double.NaN, 7 }, RED),
                new SeriesChart.Series("Professional", new double[] { 5, 5, 6, 6 }, BLUE)));
        chart.setThresholds(List.of(new SeriesChart.Threshold("doel", 8, new RGB(0, 150, 0))));
        ImageData pixels = paint();

        assertTrue(chart.hasData());
        assertNull(chart.pointOf(0, 2), "a missing value is not drawn");
        Point low = chart.pointOf(0, 0);
        Point high = chart.pointOf(0, 3);
        assertNotNull(low);
        assertTrue(high.y < low.y, "7 is drawn above 3");
        assertTrue(high.x > low.x, "later categories to the right");
        assertEquals(RED, colourAt(pixels, low));
        assertEquals(RED, colourAt(pixels, high));
        assertEquals(BLUE, colourAt(pixels, chart.pointOf(1, 2)));
        Point blueFirst = chart.pointOf(1, 0);
        assertTrue(blueFirst.y < low.y, "5 is above 3");
    }

    @Test
    void withoutValuesItShowsTheEmptyMessage() {
        chart.setEmptyMessage("Nog geen gesprekken met een score");
        chart.setSeries(List.of(new SeriesChart.Series("Cliënt", new double[] { Double.NaN }, RED)));
        paint();
        assertFalse(chart.hasData());
    }

    private ImageData paint() {
        chart.redraw();
        UiTestSupport.processEvents();
        chart.update();
        Point size = chart.getSize();
        Image image = new Image(chart.getDisplay(), size.x, size.y);
        GC gc = new GC(chart);
        try {
            gc.copyArea(image, 0, 0);
            return image.getImageData();
        } finally {
            gc.dispose();
            image.dispose();
        }
    }

    private static RGB colourAt(ImageData data, Point p) {
        return data.palette.getRGB(data.getPixel(p.x, p.y));
    }
}
