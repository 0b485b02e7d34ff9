// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.ui.editor;

import java.util.Objects;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Text;

/**
 * A text field of a view that edits the model without an Apply button: what the user typed is handed to
 * {@code apply} (which runs a named command on the editor's command stack) when the user leaves the field, presses
 * Enter (Ctrl+Enter in a multi-line field) or pauses typing for {@value #PAUSE_MILLIS} ms. So typing marks the
 * editor dirty, closing it asks to save, and undo brings the previous text back. {@link #show(String)} puts the
 * model's value in the field without applying it.
 */
public final class CommittingField {

    /** The pause in typing after which the text is applied. */
    public static final int PAUSE_MILLIS = 800;

    private final Text text;
    private final Consumer<String> apply;
    private final Runnable onPause = this::commit;
    private boolean showing;
    private boolean pending;

    public CommittingField(Text text, Consumer<String> apply) {
        this.text = Objects.requireNonNull(text);
        this.apply = Objects.requireNonNull(apply);
        boolean multi = (text.getStyle() & SWT.MULTI) != 0;
        text.addListener(SWT.Modify, e -> typed());
        text.addListener(SWT.FocusOut, e -> commit());
        if (multi) {
            text.addListener(SWT.KeyDown, this::ctrlEnter);
        } else {
            text.addListener(SWT.DefaultSelection, e -> commit());
        }
        text.addListener(SWT.Dispose, e -> text.getDisplay().timerExec(-1, onPause));
    }

    private void typed() {
        if (showing) {
            return;
        }
        pending = true;
        text.getDisplay().timerExec(PAUSE_MILLIS, onPause);
    }

    private void ctrlEnter(Event e) {
        if ((e.keyCode == SWT.CR || e.keyCode == SWT.KEYPAD_CR) && (e.stateMask & SWT.MOD1) != 0) {
            e.doit = false;
            commit();
        }
    }

    /** Applies what the field holds now, if the user changed it since it was shown or last applied. */
    public void commit() {
        if (text.isDisposed()) {
            return;
        }
        text.getDisplay().timerExec(-1, onPause);
        if (pending) {
            pending = false;
            apply.accept(text.getText());
        }
    }

    /**
     * Shows the model's value. While the user types in the field, text not applied yet, or that differs from the
     * value only in the spaces around it (the value was just applied from it), stays as typed.
     */
    public void show(String value) {
        String v = value == null ? "" : value; //$NON-NLS-1$
        if (text.isDisposed()) {
            return;
        }
        if (text.getText().equals(v)) {
            // the model holds what the field shows: nothing left to apply
            text.getDisplay().timerExec(-1, onPause);
            pending = false;
            return;
        }
        if (text.isFocusControl() && (pending || text.getText().strip().equals(v.strip()))) {
            return;
        }
        showing = true;
        try {
            text.getDisplay().timerExec(-1, onPause);
            pending = false;
            text.setText(v);
        } finally {
            showing = false;
        }
    }

    /** Whether the field holds typed text that is not applied yet. */
    public boolean isPending() {
        return pending;
    }

    public Text getText() {
        return text;
    }
}
