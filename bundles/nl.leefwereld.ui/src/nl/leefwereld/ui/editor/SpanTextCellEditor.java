// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.ui.editor;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationEvent;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.events.MouseEvent;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;

import nl.leefwereld.core.commands.ConversationCommands;
import nl.leefwereld.core.method.MethodDescriptor;
import nl.leefwereld.model.Code;
import nl.leefwereld.model.Utterance;

/**
 * The utterance's text in place, in its row of the transcript, as a QDA user expects it: the words can be selected
 * with the mouse or the keyboard (a double-click that opens it selects the word under the pointer), coded spans are
 * highlighted as in the row, and the context menu's <i>Code toepassen op selectie</i> applies a code of any method
 * (or a free one) to exactly the selected words (nothing selected: the whole utterance). The text stays editable:
 * Enter keeps it (as one step on the command stack), Esc closes without it.
 */
final class SpanTextCellEditor extends CellEditor {

    /** What applying a code needs from the transcript. */
    interface Coding {
        /** Applies the code to [start, end) of the text as shown ({@code start < 0}: the whole utterance). */
        void apply(Utterance u, int start, int end, String methodId, String codeId);

        /** The coded spans to highlight in the text as it is stored. */
        List<StyleRange> highlights(Utterance u);

        /** Asks for a free code for these words; {@code null} when the user cancels. */
        String askFreeCode(String words);
    }

    private final Utterance utterance;
    private final Coding coding;
    private final List<MethodDescriptor> methods;
    private final nl.leefwereld.ui.methods.MethodCatalog catalog;
    private StyledText text;
    /** Set while the context menu is up: the text loses focus to it and must not close then. */
    private boolean menuShowing;
    /** Where the double-click that opened this editor was, in table coordinates; {@code null} otherwise. */
    private Point clickedAt;

    SpanTextCellEditor(Composite table, Utterance utterance, nl.leefwereld.ui.methods.MethodCatalog catalog,
            Coding coding) {
        super(table, SWT.NONE);
        this.utterance = utterance;
        this.coding = coding;
        this.catalog = catalog;
        // methods whose codes may cover spans first; the others (MITI) after them, refused on a selection by core
        List<MethodDescriptor> ordered = new ArrayList<>();
        catalog.registry().methods().stream().filter(MethodDescriptor::spans).forEach(ordered::add);
        catalog.registry().methods().stream().filter(m -> !m.spans()).forEach(ordered::add);
        this.methods = ordered;
    }

    @Override
    protected Control createControl(Composite parent) {
        text = new StyledText(parent, SWT.MULTI | SWT.WRAP);
        text.setFont(parent.getFont());
        text.setMargins(3, 3, 3, 3);
        text.addVerifyKeyListener(e -> {
            if (e.character == SWT.CR || e.keyCode == SWT.KEYPAD_CR) {
                e.doit = false;
                fireApplyEditorValue();
                deactivate();
            } else if (e.keyCode == SWT.ESC) {
                e.doit = false;
                fireCancelEditor();
            }
        });
        text.addTraverseListener(e -> {
            if (e.detail == SWT.TRAVERSE_TAB_NEXT || e.detail == SWT.TRAVERSE_TAB_PREVIOUS) {
                e.doit = true; // Tab moves to the next cell, as in the other columns
            }
        });
        text.addListener(SWT.Modify, e -> valueChanged(true, true));
        text.addListener(SWT.FocusOut, e -> {
            if (!menuShowing) {
                focusLost();
            }
        });
        MenuManager menu = new MenuManager();
        menu.setRemoveAllWhenShown(true);
        menu.addMenuListener(this::fillMenu);
        text.setMenu(menu.createContextMenu(text));
        text.getMenu().addListener(SWT.Show, e -> menuShowing = true);
        text.getMenu().addListener(SWT.Hide, e -> text.getDisplay().asyncExec(() -> menuShowing = false));
        return text;
    }

    private void fillMenu(IMenuManager menu) {
        MenuManager apply = new MenuManager(Messages.Editor_codeSelection);
        for (MethodDescriptor method : methods) {
            List<Code> codes = new ArrayList<>();
            try {
                var codebook = method.loadCodebook();
                if (codebook != null) {
                    collect(codebook.getCodes(), codes);
                }
            } catch (java.io.IOException | RuntimeException e) {
                continue; // a codebook that cannot be read offers no codes; the Methods view names the problem
            }
            if (codes.isEmpty()) {
                continue;
            }
            MenuManager byMethod = new MenuManager(catalog.methodName(method.id()));
            for (Code code : codes) {
                byMethod.add(UtterancesTable.action(code.getLabel(), null, () -> apply(method.id(), code.getId())));
            }
            apply.add(byMethod);
        }
        apply.add(new Separator());
        apply.add(UtterancesTable.action(Messages.Editor_freeCode, null, () -> {
            Point s = text.getSelection();
            String code = coding.askFreeCode(s.x < s.y ? text.getText(s.x, s.y - 1) : Messages.Editor_wholeUtterance);
            if (code != null) {
                apply(s, ConversationCommands.FREE_CODES, code);
            }
        }));
        menu.add(apply);
        menu.add(new Separator());
        Point s = text.getSelection();
        Action cut = UtterancesTable.action(Messages.Editor_cut, null, text::cut);
        Action copy = UtterancesTable.action(Messages.Editor_copy, null, text::copy);
        cut.setEnabled(s.x < s.y);
        copy.setEnabled(s.x < s.y);
        menu.add(cut);
        menu.add(copy);
        menu.add(UtterancesTable.action(Messages.Editor_paste, null, text::paste));
    }

    private static void collect(List<Code> from, List<Code> into) {
        for (Code c : from) {
            into.add(c);
            collect(c.getCodes(), into);
        }
    }

    /**
     * Applies the code to the selected words. The text as typed is kept first (one step on the stack), so the
     * selection's offsets are offsets in the utterance's text.
     */
    void apply(String methodId, String codeId) {
        apply(text.getSelection(), methodId, codeId);
    }

    private void apply(Point s, String methodId, String codeId) {
        int start = s.x < s.y ? s.x : -1;
        int end = s.x < s.y ? s.y : -1;
        coding.apply(utterance, start, end, methodId, codeId);
    }

    @Override
    protected Object doGetValue() {
        return text.getText();
    }

    @Override
    protected void doSetValue(Object value) {
        text.setText(value == null ? "" : value.toString()); //$NON-NLS-1$
        for (StyleRange r : coding.highlights(utterance)) {
            if (r.start + r.length <= text.getCharCount()) {
                text.setStyleRange(r);
            }
        }
    }

    @Override
    protected void doSetFocus() {
        text.setFocus();
        if (clickedAt != null) {
            Point at = clickedAt;
            clickedAt = null;
            // after the editor has its place in the row: the word under the double-click
            text.getDisplay().asyncExec(() -> selectWordAt(at));
        }
    }

    /** Selects the word at this point of the table (the double-click that opened the text). */
    private void selectWordAt(Point inTable) {
        if (text.isDisposed()) {
            return;
        }
        Point p = text.toControl(text.getParent().toDisplay(inTable));
        int offset = text.getOffsetAtPoint(p);
        if (offset < 0) {
            return;
        }
        String t = text.getText();
        int start = offset;
        int end = offset;
        while (start > 0 && Character.isLetterOrDigit(t.charAt(start - 1))) {
            start--;
        }
        while (end < t.length() && Character.isLetterOrDigit(t.charAt(end))) {
            end++;
        }
        text.setSelection(start, end);
    }

    @Override
    public void activate(ColumnViewerEditorActivationEvent event) {
        super.activate(event);
        clickedAt = event.sourceEvent instanceof MouseEvent m ? new Point(m.x, m.y) : null;
    }

    @Override
    protected boolean dependsOnExternalFocusListener() {
        return false; // it closes on focus lost itself, but not while its context menu is up
    }

    /** For tests: the text control, in which the user selects words. */
    StyledText getTextControl() {
        return text;
    }
}
