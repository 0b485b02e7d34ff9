package nl.leefwereld.ui.privacy;

import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.widgets.TableColumn;

/** Column widths that fit header and content, so nothing is cut off, within a maximum for long texts. */
final class Columns {

    private static final int MAX_WIDTH = 360;

    private Columns() {
    }

    static void fit(TableViewer viewer) {
        for (TableColumn column : viewer.getTable().getColumns()) {
            column.pack();
            column.setWidth(Math.min(column.getWidth() + 8, MAX_WIDTH));
        }
    }
}
