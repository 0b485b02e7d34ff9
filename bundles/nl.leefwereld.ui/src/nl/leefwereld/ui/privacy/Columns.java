// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.ui.privacy;

import java.util.function.Function;

import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.TableColumn;

/**
 * Columns of the privacy views' tables: added with a text per row, and widths that fit header and content, so
 * nothing is cut off, within a maximum for long texts.
 */
final class Columns {

    private static final int MAX_WIDTH = 360;

    private Columns() {
    }

    /** Adds a column showing {@code text} of each row (null shown as empty). */
    @SuppressWarnings("unchecked")
    static <T> void add(TableViewer viewer, int width, String title, Function<T, String> text) {
        TableViewerColumn column = new TableViewerColumn(viewer, SWT.NONE);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                String value = text.apply((T) element);
                return value == null ? "" : value; //$NON-NLS-1$
            }
        });
    }

    static void fit(TableViewer viewer) {
        for (TableColumn column : viewer.getTable().getColumns()) {
            column.pack();
            column.setWidth(Math.min(column.getWidth() + 8, MAX_WIDTH));
        }
    }
}
