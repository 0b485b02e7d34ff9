// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.ui;

import java.util.function.Function;

import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;

/** The push buttons and text columns the views beside the transcript build their tables with. */
public final class Tables {

    /** GTK's header cell padding on both sides plus room for a sort indicator. */
    private static final int HEADER_PADDING = 28;

    private Tables() {
    }

    /** A push button that runs {@code action} when pressed. */
    public static Button button(Composite parent, String text, Runnable action) {
        Button b = new Button(parent, SWT.PUSH);
        b.setText(text);
        b.addListener(SWT.Selection, e -> action.run());
        return b;
    }

    /**
     * A left-aligned column of the viewer showing {@code text} of each row (rows of {@code type}); a {@code null}
     * text shows empty. The column is at least as wide as its title, so a Dutch title longer than the English one is
     * not cut off.
     */
    public static <T> TableViewerColumn column(TableViewer viewer, Class<T> type, String title, int width,
            Function<? super T, String> text) {
        TableViewerColumn c = new TableViewerColumn(viewer, SWT.LEFT);
        c.getColumn().setText(title);
        c.getColumn().setWidth(Math.max(width, titleWidth(viewer.getTable(), title)));
        c.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                String s = type.isInstance(element) ? text.apply(type.cast(element)) : null;
                return s == null ? "" : s; //$NON-NLS-1$
            }
        });
        return c;
    }

    /**
     * Lets column {@code index} of {@code table} take the width the other columns leave (at least {@code minWidth}),
     * so the text column of a narrow view stays in sight instead of beginning beyond its right edge.
     */
    public static void fillWith(Table table, int index, int minWidth) {
        table.addListener(SWT.Resize, e -> {
            int others = 0;
            TableColumn[] columns = table.getColumns();
            for (int i = 0; i < columns.length; i++) {
                if (i != index) {
                    others += columns[i].getWidth();
                }
            }
            columns[index].setWidth(Math.max(minWidth, table.getClientArea().width - others));
        });
    }

    /** The width a column needs to show {@code title} in full: the text and the header's padding and sort arrow. */
    public static int titleWidth(Control control, String title) {
        GC gc = new GC(control);
        try {
            gc.setFont(control.getFont());
            return gc.textExtent(title).x + HEADER_PADDING;
        } finally {
            gc.dispose();
        }
    }
}
