// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.ui;

import java.util.function.Function;

import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;

/** The push buttons and text columns the views beside the transcript build their tables with. */
public final class Tables {

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
     * text shows empty.
     */
    public static <T> TableViewerColumn column(TableViewer viewer, Class<T> type, String title, int width,
            Function<? super T, String> text) {
        TableViewerColumn c = new TableViewerColumn(viewer, SWT.LEFT);
        c.getColumn().setText(title);
        c.getColumn().setWidth(width);
        c.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                String s = type.isInstance(element) ? text.apply(type.cast(element)) : null;
                return s == null ? "" : s; //$NON-NLS-1$
            }
        });
        return c;
    }
}
