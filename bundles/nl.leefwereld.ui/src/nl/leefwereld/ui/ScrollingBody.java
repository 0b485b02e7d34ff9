// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.ui;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;

/**
 * The body of a view that scrolls up and down instead of clipping, and lays its content out at the width of the
 * view, so that wrapping labels and rows of buttons (RowLayout with wrap) break where the view ends. Controls that
 * grab extra height still get it when the view is taller than the content needs.
 *
 * <pre>
 * Composite body = ScrollingBody.create(parent);
 * body.setLayout(new GridLayout(1, false));
 * </pre>
 *
 * After content changes its size (a label gets more lines), call {@link #reflow(Control)}; layout() on the body
 * does that too.
 */
public final class ScrollingBody {

    private ScrollingBody() {
    }

    /** A body inside a vertically scrolling pane filling {@code parent}. */
    public static Composite create(Composite parent) {
        ScrolledComposite scroller = new ScrolledComposite(parent, SWT.V_SCROLL);
        scroller.setExpandHorizontal(true);
        scroller.setExpandVertical(true);
        scroller.getVerticalBar().setIncrement(16);
        Composite body = new Composite(scroller, SWT.NONE) {
            @Override
            public void layout(boolean changed, boolean all) {
                super.layout(changed, all);
                fit(scroller, this);
            }

            @Override
            public void layout(Control[] changed, int flags) {
                super.layout(changed, flags);
                fit(scroller, this);
            }
        };
        scroller.setContent(body);
        scroller.addListener(SWT.Resize, e -> fit(scroller, body));
        return body;
    }

    /** Measures the body that holds {@code control} again for the width of its view. */
    public static void reflow(Control control) {
        for (Control c = control; c != null; c = c.getParent()) {
            if (c.getParent() instanceof ScrolledComposite scroller && scroller.getContent() == c) {
                fit(scroller, (Composite) c);
                return;
            }
        }
    }

    private static boolean fitting;

    private static void fit(ScrolledComposite scroller, Composite body) {
        if (fitting || scroller.isDisposed()) {
            return;
        }
        fitting = true; // setMinSize lays the body out again
        try {
            // room for the scroll bar kept always, so that its appearing does not clip the right edge
            int width = scroller.getSize().x - scroller.getVerticalBar().getSize().x - 2 * scroller.getBorderWidth();
            if (width <= 0) {
                return;
            }
            Point size = body.computeSize(width, SWT.DEFAULT);
            if (scroller.getMinWidth() != width || scroller.getMinHeight() != size.y) {
                scroller.setMinSize(width, size.y);
            }
        } finally {
            fitting = false;
        }
    }
}
