// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.ui.editor;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import nl.leefwereld.core.commands.ConversationCommands;
import nl.leefwereld.core.method.MethodDescriptor;
import nl.leefwereld.model.Code;
import nl.leefwereld.model.Utterance;
import nl.leefwereld.ui.methods.MethodCatalog;

/**
 * <i>Tekst coderen</i>: the utterance's text, in which the user selects the words to code, and a code of a method
 * whose codes may cover spans (not MITI), or a free code typed in. Nothing selected codes the whole utterance.
 */
final class SpanCodeDialog extends Dialog {

    /** What the user chose: the span ([-1, -1] for the whole utterance) and the code. */
    record Choice(int start, int end, String methodId, String codeId) {
    }

    private record Option(String methodId, String codeId, String label) {
    }

    private final Utterance utterance;
    private final List<Option> options = new ArrayList<>();
    private Text text;
    private Combo code;
    private Choice choice;

    SpanCodeDialog(Shell parent, Utterance utterance, MethodCatalog catalog) {
        super(parent);
        this.utterance = utterance;
        for (MethodDescriptor method : catalog.registry().methods()) {
            if (!method.spans()) {
                continue;
            }
            try {
                var codebook = method.loadCodebook();
                if (codebook != null) {
                    collect(method, codebook.getCodes());
                }
            } catch (java.io.IOException | RuntimeException e) {
                // a codebook that cannot be read offers no codes here; the Methods view names the problem
            }
        }
    }

    private void collect(MethodDescriptor method, List<Code> codes) {
        for (Code c : codes) {
            options.add(new Option(method.id(), c.getId(), method.name() + ": " + c.getLabel())); //$NON-NLS-1$
            collect(method, c.getCodes());
        }
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.SpanCode_title);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        GridLayoutFactory.swtDefaults().applyTo(area);
        new Label(area, SWT.WRAP).setText(Messages.SpanCode_explain);
        text = new Text(area, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.READ_ONLY | SWT.V_SCROLL);
        text.setText(utterance.getText() == null ? "" : utterance.getText()); //$NON-NLS-1$
        GridDataFactory.fillDefaults().grab(true, true).hint(480, 100).applyTo(text);
        new Label(area, SWT.NONE).setText(Messages.SpanCode_code);
        code = new Combo(area, SWT.DROP_DOWN);
        for (Option o : options) {
            code.add(o.label());
        }
        GridDataFactory.fillDefaults().grab(true, false).applyTo(code);
        code.addListener(SWT.Modify, e -> updateOk());
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        super.createButtonsForButtonBar(parent);
        updateOk();
    }

    private void updateOk() {
        var ok = getButton(IDialogConstants.OK_ID);
        if (ok != null && code != null) {
            ok.setEnabled(!code.getText().isBlank());
        }
    }

    /** For tests and the dialog itself: selects [start, end) of the utterance's text. */
    void select(int start, int end) {
        text.setSelection(start, end);
    }

    /** For tests: types or chooses the code. */
    void setCode(String label) {
        code.setText(label);
    }

    @Override
    protected void okPressed() {
        Point selection = text.getSelection();
        int start = selection.x < selection.y ? selection.x : -1;
        int end = selection.x < selection.y ? selection.y : -1;
        String typed = code.getText().strip();
        Option chosen = options.stream().filter(o -> o.label().equals(typed)).findFirst().orElse(null);
        choice = chosen != null ? new Choice(start, end, chosen.methodId(), chosen.codeId())
                : new Choice(start, end, ConversationCommands.FREE_CODES, typed);
        super.okPressed();
    }

    /** For tests: the codes offered. */
    List<String> codeItems() {
        return List.of(code.getItems());
    }

    /** The choice after OK, or {@code null}. */
    Choice choice() {
        return choice;
    }
}
