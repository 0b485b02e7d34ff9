// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.ui.editor;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationEvent;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.events.MouseEvent;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;

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

        /** The height of the utterance's row: the text covers all of it (a selected row shows its whole text). */
        int rowHeight(Utterance u);

        /** The width of the text column. */
        int columnWidth();
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
        // plain SWT items, all made when the menu shows: on GTK submenus of submenus that a MenuManager fills when
        // they show stayed empty
        Menu menu = new Menu(text);
        menu.addListener(SWT.Show, e -> {
            menuShowing = true;
            fillMenu(menu);
        });
        menu.addListener(SWT.Hide, e -> text.getDisplay().asyncExec(() -> menuShowing = false));
        text.setMenu(menu);
        return text;
    }

    private void fillMenu(Menu menu) {
        for (MenuItem item : menu.getItems()) {
            if (item.getMenu() != null) {
                item.getMenu().dispose();
            }
            item.dispose();
        }
        Point s = text.getSelection();
        MenuItem applyItem = new MenuItem(menu, SWT.CASCADE);
        applyItem.setText(Messages.Editor_codeSelection);
        Menu apply = new Menu(menu);
        applyItem.setMenu(apply);
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
            MenuItem methodItem = new MenuItem(apply, SWT.CASCADE);
            methodItem.setText(catalog.methodName(method.id()));
            Menu byMethod = new Menu(apply);
            methodItem.setMenu(byMethod);
            for (Code code : codes) {
                item(byMethod, code.getLabel(), true, () -> apply(s, method.id(), code.getId()));
            }
        }
        new MenuItem(apply, SWT.SEPARATOR);
        item(apply, Messages.Editor_freeCode, true, () -> {
            String code = coding.askFreeCode(s.x < s.y ? text.getText(s.x, s.y - 1) : Messages.Editor_wholeUtterance);
            if (code != null) {
                apply(s, ConversationCommands.FREE_CODES, code);
            }
        });
        new MenuItem(menu, SWT.SEPARATOR);
        item(menu, Messages.Editor_cut, s.x < s.y, text::cut);
        item(menu, Messages.Editor_copy, s.x < s.y, text::copy);
        item(menu, Messages.Editor_paste, true, text::paste);
    }

    private static void item(Menu menu, String label, boolean enabled, Runnable run) {
        MenuItem item = new MenuItem(menu, SWT.PUSH);
        item.setText(label);
        item.setEnabled(enabled);
        item.addListener(SWT.Selection, e -> run.run());
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

    /**
     * Exactly the text column's width and the height of the wrapped text (at least the row's): GTK reports a
     * row's cell as one line high in this owner-drawn table, and a grabbing editor ran past the column unwrapped.
     */
    @Override
    public LayoutData getLayoutData() {
        LayoutData data = super.getLayoutData();
        int width = coding.columnWidth();
        data.grabHorizontal = false;
        data.minimumWidth = width;
        data.verticalAlignment = SWT.TOP;
        int wrapped = text == null || text.isDisposed() ? 0 : text.computeSize(width, SWT.DEFAULT).y;
        data.minimumHeight = Math.max(coding.rowHeight(utterance), wrapped);
        return data;
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
