// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.ui.editor;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.GroupMarker;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.viewers.StyledCellLabelProvider;
import org.eclipse.jface.viewers.ViewerCell;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.jface.action.ToolBarManager;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.CellLabelProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerEditor;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationStrategy;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TableViewerEditor;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.Image;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.graphics.TextLayout;
import org.eclipse.swt.graphics.TextStyle;
import org.eclipse.jface.viewers.OwnerDrawLabelProvider;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.resource.ColorDescriptor;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;

import nl.leefwereld.core.io.TranscriptParser;
import nl.leefwereld.core.method.Finding;
import nl.leefwereld.core.io.TranscriptWriter;
import nl.leefwereld.model.Annotation;
import nl.leefwereld.model.AnnotationOrigin;
import nl.leefwereld.model.Conversation;
import nl.leefwereld.model.ModelPackage;
import nl.leefwereld.model.Participant;
import nl.leefwereld.model.ParticipantRole;
import nl.leefwereld.model.Utterance;
import nl.leefwereld.ui.Icons;

/** The transcript: one row per utterance (number, time, speaker, text), edited in place. */
final class UtterancesTable {

    static final int SPEAKER_COLUMN = 2;
    static final int TEXT_COLUMN = 3;
    /** The speaker column fits the longest name in bold ("Klantmanager"), within these bounds. */
    static final int SPEAKER_MIN_WIDTH = 72;
    static final int SPEAKER_MAX_WIDTH = 220;
    /** Room beside a name in its cell (GTK's cell padding and a little air). */
    private static final int SPEAKER_PADDING = 24;
    static final int CODES_COLUMN = 4;
    static final int CODES_WIDTH = 130;
    /** In a narrow editor (a method's perspective at 1280x800) Codes gives up width, down to this, for the text. */
    static final int CODES_MIN_WIDTH = 80;
    /** The text width Codes makes room for. */
    private static final int TEXT_WANTED_WIDTH = 300;
    /** The text column never gets narrower than this; below it the table scrolls sideways. */
    static final int MIN_TEXT_WIDTH = 180;
    /** Space around a wrapped text inside its cell. */
    private static final int PADDING = 3;
    /**
     * The lines a row shows at most, so that many rows fit at 1280x800; a longer utterance ends in "…" (its whole
     * text in the tooltip) and opens to its full height while it is selected.
     */
    static final int MAX_LINES = 4;
    private static final String ELLIPSIS = " \u2026"; //$NON-NLS-1$

    private final ConversationEditor editor;
    private TableViewer viewer;
    /** The width the rows were last measured for; the table measures a row only when its text changes. */
    private int measuredWidth = -1;
    /** The selected utterances: shown whole, however long. */
    private java.util.Set<Object> open = java.util.Set.of();

    UtterancesTable(ConversationEditor editor) {
        this.editor = editor;
    }

    TableViewer create(Composite parent) {
        ToolBarManager tools = new ToolBarManager(SWT.FLAT | SWT.RIGHT);
        tools.createControl(parent);

        viewer = new TableViewer(parent, SWT.MULTI | SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL) {
            @Override
            protected void inputChanged(Object input, Object oldInput) {
                super.inputChanged(input, oldInput);
                fitSpeakerColumn();
            }

            @Override
            public void refresh() {
                super.refresh();
                fitSpeakerColumn(); // a participant renamed or added
            }
        };
        GridDataFactory.fillDefaults().grab(true, true).applyTo(viewer.getControl());
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        LocalResourceManager resources = new LocalResourceManager(JFaceResources.getResources(), viewer.getTable());
        spanResources = resources;
        Color professional = resources.create(ColorDescriptor.createFrom(new RGB(32, 86, 140)));
        Color client = resources.create(ColorDescriptor.createFrom(new RGB(150, 70, 20)));
        Font bold = JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT);

        // The number column doubles as the marker ruler: an icon for findings of the latest analysis, the
        // findings themselves as tooltip.
        column(44, Messages.Editor_columnNumber, new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return Integer.toString(editor.getConversation().getUtterances().indexOf(element) + 1);
            }

            @Override
            public Image getImage(Object element) {
                List<FindingMarker> markers = editor.markersOf((Utterance) element);
                return markers.isEmpty() ? null : severityImage(markers.get(0).severity());
            }

            @Override
            public String getToolTipText(Object element) {
                List<FindingMarker> markers = editor.markersOf((Utterance) element);
                if (markers.isEmpty()) {
                    return null;
                }
                StringBuilder text = new StringBuilder();
                for (FindingMarker m : markers) {
                    text.append(text.length() == 0 ? "" : "\n").append(m.method()).append(": ").append(m.message()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                }
                return text.toString();
            }
        }, null);
        ColumnViewerToolTipSupport.enableFor(viewer);
        column(66, Messages.Editor_columnTime, new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                Long start = ((Utterance) element).getStartMillis();
                return start == null ? "" : TranscriptWriter.formatTime(start.longValue()); //$NON-NLS-1$
            }
        }, new TimeEditing());
        // Styled like the Codes column: once one column draws itself (GTK), plain item colours are ignored.
        column(SPEAKER_MIN_WIDTH, Messages.Editor_columnSpeaker, new StyledCellLabelProvider() {
            @Override
            public void update(ViewerCell cell) {
                Participant speaker = ((Utterance) cell.getElement()).getSpeaker();
                String text = speaker == null ? Messages.Editor_noSpeaker : speaker.getName();
                StyleRange style = new StyleRange(0, text.length(),
                        speaker == null ? null : speaker.getRole() == ParticipantRole.PROFESSIONAL ? professional : client, null);
                style.font = bold;
                cell.setText(text);
                cell.setStyleRanges(new StyleRange[] { style });
                super.update(cell);
            }
        }, FeatureEditing.choice(viewer, editor, ModelPackage.Literals.UTTERANCE__SPEAKER,
                editor.getConversation()::getParticipants, Participant::getName));
        column(640, Messages.Editor_columnText, new WrappedText(), new TextEditing());
        TableViewerColumn codes = new TableViewerColumn(viewer, SWT.NONE);
        codes.getColumn().setText(Messages.Editor_columnCodes);
        codes.getColumn().setWidth(CODES_WIDTH);
        codes.setLabelProvider(new CodesLabels(resources));
        // The text column takes the width the others leave, also when the user widens one of them (not Codes: see
        // fitColumns).
        viewer.getTable().addListener(SWT.Resize, e -> fitTextColumn());
        for (var column : viewer.getTable().getColumns()) {
            if (column != viewer.getTable().getColumn(TEXT_COLUMN)) {
                column.addListener(SWT.Resize, e -> fitTextColumn());
            }
        }

        // the selected rows open to their full height, the others close again
        viewer.addSelectionChangedListener(e -> {
            java.util.Set<Object> now = new java.util.HashSet<>(viewer.getStructuredSelection().toList());
            java.util.Set<Object> changed = difference(open, now);
            open = now;
            remeasure(changed);
        });

        // Cells open on double click or F2, so a single click selects a row for the properties view.
        TableViewerEditor.create(viewer, new ColumnViewerEditorActivationStrategy(viewer) {
            @Override
            protected boolean isEditorActivationEvent(org.eclipse.jface.viewers.ColumnViewerEditorActivationEvent event) {
                return event.eventType == org.eclipse.jface.viewers.ColumnViewerEditorActivationEvent.MOUSE_DOUBLE_CLICK_SELECTION
                        || event.eventType == org.eclipse.jface.viewers.ColumnViewerEditorActivationEvent.PROGRAMMATIC
                        || event.eventType == org.eclipse.jface.viewers.ColumnViewerEditorActivationEvent.KEY_PRESSED
                                && event.keyCode == SWT.F2;
            }
        }, ColumnViewerEditor.TABBING_HORIZONTAL | ColumnViewerEditor.KEYBOARD_ACTIVATION);

        // F2 opens the text of the selected row to select words in (the strategy's key activation needs a focus cell)
        viewer.getTable().addListener(SWT.KeyDown, e -> {
            if (e.keyCode == SWT.F2 && e.stateMask == 0) {
                selectWords();
            }
        });

        ISharedImages images = PlatformUI.getWorkbench().getSharedImages();
        tools.add(action(Messages.Editor_addUtterance, images.getImageDescriptor(ISharedImages.IMG_OBJ_ADD), editor::addUtterance));
        tools.add(action(Messages.Editor_deleteUtterance, images.getImageDescriptor(ISharedImages.IMG_ETOOL_DELETE),
                () -> editor.deleteUtterances(viewer.getStructuredSelection().toList())));
        tools.add(action(Messages.Editor_moveUp, Icons.get("up.png"), () -> moveSelected(-1))); //$NON-NLS-1$
        tools.add(action(Messages.Editor_moveDown, Icons.get("down.png"), () -> moveSelected(1))); //$NON-NLS-1$
        tools.update(true);

        Action accept = action(Messages.Editor_acceptSuggestion, null,
                () -> editor.acceptSuggestions(editor.suggestionsOf(viewer.getStructuredSelection().toList())));
        // the in-place way first: the text opens in its row to select words in; the dialog stays as the fallback
        Action selectWords = action(Messages.Editor_selectWords, null, this::selectWords);
        Action codeSpan = action(Messages.Editor_codeSpan, null, this::codeSpan);
        MenuManager menu = new MenuManager();
        menu.add(selectWords);
        menu.add(codeSpan);
        menu.add(new org.eclipse.jface.action.Separator());
        menu.add(accept);
        menu.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
        menu.addMenuListener(m -> {
            accept.setEnabled(!editor.suggestionsOf(viewer.getStructuredSelection().toList()).isEmpty());
            codeSpan.setEnabled(viewer.getStructuredSelection().size() == 1);
            selectWords.setEnabled(viewer.getStructuredSelection().size() == 1);
        });
        viewer.getTable().setMenu(menu.createContextMenu(viewer.getTable()));
        editor.getSite().registerContextMenu(menu, viewer);
        return viewer;
    }

    /**
     * <i>Woorden selecteren om te coderen</i> (F2, or a double-click on the text): opens the utterance's text in its
     * row, where the user selects words and applies a code through the context menu.
     */
    void selectWords() {
        if (viewer.getStructuredSelection().size() == 1
                && viewer.getStructuredSelection().getFirstElement() instanceof Utterance u) {
            viewer.editElement(u, TEXT_COLUMN);
            editor.getEditorSite().getActionBars().getStatusLineManager().setMessage(Messages.Editor_selectWordsHint);
        }
    }

    /** The text last opened in a row (one at a time; the previous one is disposed when the next opens). */
    private SpanTextCellEditor activeText;

    /** The utterance's text, edited and selected in place: {@link SpanTextCellEditor}. */
    private final class TextEditing extends EditingSupport {
        TextEditing() {
            super(viewer);
        }

        @Override
        protected CellEditor getCellEditor(Object element) {
            if (activeText != null) {
                activeText.dispose();
            }
            activeText = new SpanTextCellEditor(viewer.getTable(), (Utterance) element, editor.getMethodCatalog(),
                    new SpanTextCellEditor.Coding() {
                        @Override
                        public void apply(Utterance u, int start, int end, String methodId, String codeId) {
                            // the text as typed is kept first: the selection's offsets are in it
                            viewer.applyEditorValue();
                            editor.codeSelection(u, start, end, methodId, codeId);
                        }

                        @Override
                        public List<StyleRange> highlights(Utterance u) {
                            List<StyleRange> ranges = new ArrayList<>();
                            for (Annotation a : editor.codedSpansOf(u)) {
                                StyleRange r = new StyleRange(a.getSpanStart(), a.getSpanEnd() - a.getSpanStart(),
                                        null, spanBackground(a));
                                ranges.add(r);
                            }
                            return ranges;
                        }

                        @Override
                        public String askFreeCode(String words) {
                            org.eclipse.jface.dialogs.InputDialog ask = new org.eclipse.jface.dialogs.InputDialog(
                                    viewer.getControl().getShell(), Messages.Editor_freeCodeTitle,
                                    org.eclipse.osgi.util.NLS.bind(Messages.Editor_freeCodePrompt, words), "", //$NON-NLS-1$
                                    v -> v.isBlank() ? Messages.Editor_freeCodeBlank : null);
                            return ask.open() == org.eclipse.jface.window.Window.OK ? ask.getValue().strip() : null;
                        }

                        @Override
                        public int rowHeight(Utterance u) {
                            for (TableItem item : viewer.getTable().getItems()) {
                                if (item.getData() == u) {
                                    return item.getBounds(TEXT_COLUMN).height;
                                }
                            }
                            return 0;
                        }

                        @Override
                        public int columnWidth() {
                            return viewer.getTable().getColumn(TEXT_COLUMN).getWidth();
                        }
                    });
            return activeText;
        }

        @Override
        protected boolean canEdit(Object element) {
            return true;
        }

        @Override
        protected Object getValue(Object element) {
            return ConversationEditor.nonNull(((Utterance) element).getText());
        }

        @Override
        protected void setValue(Object element, Object value) {
            if (value != null && !value.equals(getValue(element))) {
                editor.set(element, ModelPackage.Literals.UTTERANCE__TEXT, value);
            }
        }
    }

    /** The light background of a coded span: its code's colour mixed with white, or a light blue without one. */
    private Color spanBackground(Annotation a) {
        return spanResources.create(ColorDescriptor.createFrom(spanBackground(editor.getMethodCatalog().colour(a))));
    }

    /** The background a coded span of a code with this colour ({@code null}: none) gets in the transcript. */
    static RGB spanBackground(RGB code) {
        RGB c = code == null ? new RGB(66, 133, 244) : code;
        return new RGB(255 - (255 - c.red) / 4, 255 - (255 - c.green) / 4, 255 - (255 - c.blue) / 4);
    }

    private LocalResourceManager spanResources;

    /**
     * <i>Tekst coderen</i>: the user selects words of the chosen utterance and a code (of a method whose codes may
     * cover spans, or a free one); one undoable step.
     */
    void codeSpan() {
        if (viewer.getStructuredSelection().size() != 1
                || !(viewer.getStructuredSelection().getFirstElement() instanceof Utterance u)) {
            return;
        }
        SpanCodeDialog dialog = new SpanCodeDialog(viewer.getControl().getShell(), u, editor.getMethodCatalog());
        if (dialog.open() != org.eclipse.jface.window.Window.OK || dialog.choice() == null) {
            return;
        }
        editor.codeSpan(u, dialog.choice());
    }

    /** The width the speaker column was last fitted to; once the user drags it to another width it stays there. */
    private int fittedSpeakerWidth = SPEAKER_MIN_WIDTH;

    /** Gives the speaker column the width of its longest name (and its title), at most {@link #SPEAKER_MAX_WIDTH}. */
    void fitSpeakerColumn() {
        if (viewer == null || viewer.getTable().isDisposed() || editor.getConversation() == null) {
            return;
        }
        TableColumn column = viewer.getTable().getColumn(SPEAKER_COLUMN);
        if (column.getWidth() != fittedSpeakerWidth) {
            return; // the user chose a width
        }
        org.eclipse.swt.graphics.GC gc = new org.eclipse.swt.graphics.GC(viewer.getTable());
        int needed;
        try {
            gc.setFont(viewer.getTable().getFont());
            needed = gc.textExtent(column.getText()).x;
            gc.setFont(JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT));
            needed = Math.max(needed, gc.textExtent(Messages.Editor_noSpeaker).x);
            for (Participant p : editor.getConversation().getParticipants()) {
                if (p.getName() != null) {
                    needed = Math.max(needed, gc.textExtent(p.getName()).x);
                }
            }
        } finally {
            gc.dispose();
        }
        int width = Math.min(SPEAKER_MAX_WIDTH, Math.max(SPEAKER_MIN_WIDTH, needed + SPEAKER_PADDING));
        if (width != column.getWidth()) {
            fittedSpeakerWidth = width;
            column.setWidth(width);
        }
    }

    /** Set while the columns are being fitted: their own resize events come back here. */
    private boolean fitting;

    private void fitTextColumn() {
        Table table = viewer.getTable();
        if (table.isDisposed() || fitting) {
            return;
        }
        fitting = true;
        try {
            fitColumns(table);
        } finally {
            fitting = false;
        }
    }

    /**
     * Codes is the last column, and GTK stretches or shrinks the last column to the table's edge and reports that
     * as its width (before the first layout even wider than the table's client area, then 0). Taking that width as
     * Codes' own kept the text column at its minimum while Codes took all the room, so Codes is set back to its
     * width every time and the text column gets the rest.
     */
    private void fitColumns(Table table) {
        TableColumn[] columns = table.getColumns();
        int client = table.getClientArea().width;
        int others = 0;
        for (int i = 0; i < columns.length; i++) {
            if (i != TEXT_COLUMN && i != CODES_COLUMN) {
                others += columns[i].getWidth();
            }
        }
        int codes = Math.max(CODES_MIN_WIDTH, Math.min(CODES_WIDTH, client - others - TEXT_WANTED_WIDTH));
        int width = Math.max(MIN_TEXT_WIDTH, client - others - codes);
        if (columns[CODES_COLUMN].getWidth() != codes) {
            columns[CODES_COLUMN].setWidth(codes);
        }
        if (columns[TEXT_COLUMN].getWidth() != width) {
            columns[TEXT_COLUMN].setWidth(width);
        }
        if (width != measuredWidth) {
            measuredWidth = width;
            // after the resize has been laid out: GTK keeps a row's height until the row's text changes
            table.getDisplay().asyncExec(this::remeasureRows);
        }
    }

    /** Makes the table measure every row again for the current text column width (so wrapped rows fit). */
    private void remeasureRows() {
        remeasure(null);
    }

    /** The elements in one set but not in the other. */
    private static java.util.Set<Object> difference(java.util.Set<Object> a, java.util.Set<Object> b) {
        java.util.Set<Object> d = new java.util.HashSet<>(a);
        d.addAll(b);
        java.util.Set<Object> both = new java.util.HashSet<>(a);
        both.retainAll(b);
        d.removeAll(both);
        return d;
    }

    /** Measures the rows of these elements again ({@code null}: all rows). */
    private void remeasure(java.util.Set<Object> elements) {
        Table table = viewer.getTable();
        if (table.isDisposed() || elements != null && elements.isEmpty()) {
            return;
        }
        table.setRedraw(false);
        try {
            for (TableItem item : table.getItems()) {
                if (elements == null || elements.contains(item.getData())) {
                    String text = item.getText(TEXT_COLUMN);
                    item.setText(TEXT_COLUMN, text + ' ');
                    item.setText(TEXT_COLUMN, text);
                }
            }
        } finally {
            table.setRedraw(true);
        }
    }

    /**
     * The utterance text wrapped at the column width, line breaks kept, so a long utterance is read in place: the
     * row grows to the height of its text (GTK and Cocoa give rows their own height).
     */
    private final class WrappedText extends OwnerDrawLabelProvider {
        private TextLayout layout;
        private TextStyle highlightStyle;

        private TextLayout layout(Object element, int width) {
            if (layout == null || layout.isDisposed()) {
                layout = new TextLayout(viewer.getTable().getDisplay());
                viewer.getTable().addDisposeListener(e -> layout.dispose());
            }
            layout.setFont(viewer.getTable().getFont());
            layout.setWidth(Math.max(1, width - 2 * PADDING));
            String text = text(element);
            layout.setText(text);
            int visible = text.length();
            if (!open.contains(element) && layout.getLineCount() > MAX_LINES) {
                // the first lines, ending in an ellipsis that still fits on the last of them
                int cut = layout.getLineOffsets()[MAX_LINES];
                do {
                    cut = Math.max(0, cut - 4);
                    layout.setText(text.substring(0, cut).stripTrailing() + ELLIPSIS);
                } while (cut > 0 && layout.getLineCount() > MAX_LINES);
                visible = text.substring(0, cut).stripTrailing().length();
            }
            highlight(element, visible);
            return layout;
        }

        /**
         * Marks the coded spans (a light background in their code's colour, underlined) and over them the editor's
         * highlights (e.g. search matches) in the visible part of the text.
         */
        private void highlight(Object element, int visible) {
            for (Annotation a : editor.codedSpansOf((Utterance) element)) {
                int end = Math.min(a.getSpanEnd(), visible);
                if (a.getSpanStart() < end) {
                    // dark text on the light background, also in a selected row
                    TextStyle coded = new TextStyle(null, viewer.getTable().getDisplay().getSystemColor(
                            SWT.COLOR_BLACK), spanBackground(a));
                    RGB rgb = editor.getMethodCatalog().colour(a);
                    coded.underline = true;
                    coded.underlineColor = rgb == null ? null : spanResources.create(ColorDescriptor.createFrom(rgb));
                    layout.setStyle(coded, a.getSpanStart(), end - 1);
                }
            }
            List<int[]> ranges = editor.highlightsOf((Utterance) element);
            if (ranges.isEmpty()) {
                return;
            }
            if (highlightStyle == null) {
                Display display = viewer.getTable().getDisplay();
                highlightStyle = new TextStyle(null, display.getSystemColor(SWT.COLOR_BLACK),
                        display.getSystemColor(SWT.COLOR_YELLOW));
            }
            for (int[] r : ranges) {
                int end = Math.min(r[1], visible);
                if (r[0] >= 0 && r[0] < end) {
                    layout.setStyle(highlightStyle, r[0], end - 1);
                }
            }
        }

        private boolean clipped(Object element) {
            int width = viewer.getTable().getColumn(TEXT_COLUMN).getWidth();
            return !open.contains(element) && !layout(element, width).getText().equals(text(element));
        }

        private String text(Object element) {
            return ConversationEditor.nonNull(((Utterance) element).getText());
        }

        @Override
        public void update(ViewerCell cell) {
            // the plain text too: for accessibility, and so that a new text makes the table measure the row again
            cell.setText(text(cell.getElement()));
            super.update(cell);
        }

        @Override
        protected void erase(Event event, Object element) {
            // the native renderer would draw the plain text on one line over the wrapped one; its selection
            // background stays native
            event.detail &= ~SWT.FOREGROUND;
        }

        @Override
        protected void measure(Event event, Object element) {
            int width = viewer.getTable().getColumn(TEXT_COLUMN).getWidth();
            event.height = Math.max(event.height, layout(element, width).getBounds().height + 2 * PADDING);
        }

        @Override
        protected void paint(Event event, Object element) {
            int width = viewer.getTable().getColumn(TEXT_COLUMN).getWidth();
            if ((event.detail & SWT.SELECTED) != 0) {
                event.gc.setForeground(event.display.getSystemColor(SWT.COLOR_LIST_SELECTION_TEXT));
            }
            layout(element, width).draw(event.gc, event.x + PADDING, event.y + PADDING);
        }

        @Override
        public String getToolTipText(Object element) {
            return clipped(element) ? text(element) : null;
        }
    }

    static Image severityImage(Finding.Severity severity) {
        ISharedImages images = PlatformUI.getWorkbench().getSharedImages();
        return images.getImage(switch (severity) {
            case PROBLEM -> ISharedImages.IMG_OBJS_ERROR_TSK;
            case WARNING -> ISharedImages.IMG_OBJS_WARN_TSK;
            case INFO -> ISharedImages.IMG_OBJS_INFO_TSK;
        });
    }

    private void moveSelected(int delta) {
        if (viewer.getStructuredSelection().getFirstElement() instanceof Utterance utterance) {
            editor.moveUtterance(utterance, delta);
        }
    }

    static Action action(String text, ImageDescriptor image, Runnable run) {
        Action action = new Action(text) {
            @Override
            public void run() {
                run.run();
            }
        };
        action.setToolTipText(text);
        action.setImageDescriptor(image);
        return action;
    }

    private void column(int width, String title, CellLabelProvider labels, EditingSupport editing) {
        TableViewerColumn column = new TableViewerColumn(viewer, SWT.NONE);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.setLabelProvider(labels);
        if (editing != null) {
            column.setEditingSupport(editing);
        }
    }

    /**
     * The codes of an utterance: human codes in their codebook colour, suggestions grey and in italics with
     * "(suggestie)", codes of methods that are not installed as {@code ? <codeId>}.
     */
    private final class CodesLabels extends StyledCellLabelProvider {
        private final LocalResourceManager resources;
        private final Color grey;
        private final Font italic = JFaceResources.getFontRegistry().getItalic(JFaceResources.DEFAULT_FONT);

        CodesLabels(LocalResourceManager resources) {
            this.resources = resources;
            this.grey = resources.create(ColorDescriptor.createFrom(new RGB(120, 120, 120)));
        }

        @Override
        public void update(ViewerCell cell) {
            var catalog = editor.getMethodCatalog();
            StringBuilder text = new StringBuilder();
            List<StyleRange> styles = new ArrayList<>();
            for (Annotation a : editor.annotationsOf((Utterance) cell.getElement())) {
                if (text.length() > 0) {
                    text.append("; "); //$NON-NLS-1$
                }
                int start = text.length();
                boolean suggestion = a.getOrigin() == AnnotationOrigin.SUGGESTED;
                String label = catalog.label(a);
                String utteranceText = ((Utterance) cell.getElement()).getText();
                if (a.isSpanDetached()) {
                    label = org.eclipse.osgi.util.NLS.bind(Messages.Editor_spanDetached, label);
                } else if (a.getSpanStart() >= 0 && utteranceText != null && a.getSpanEnd() <= utteranceText.length()
                        && a.getSpanStart() < a.getSpanEnd() && !suggestion
                        && (a.getSpanStart() > 0 || a.getSpanEnd() < utteranceText.length())) { // the whole text is no span
                    label = org.eclipse.osgi.util.NLS.bind(Messages.Editor_span, label,
                            utteranceText.substring(a.getSpanStart(), a.getSpanEnd()));
                }
                text.append(suggestion ? org.eclipse.osgi.util.NLS.bind(Messages.Editor_suggestion, label) : label);
                StyleRange style = new StyleRange();
                style.start = start;
                style.length = text.length() - start;
                if (suggestion) {
                    style.foreground = grey;
                    style.font = italic;
                } else {
                    RGB rgb = catalog.colour(a);
                    style.foreground = rgb == null ? null : resources.create(ColorDescriptor.createFrom(rgb));
                }
                styles.add(style);
            }
            Conversation conversation = editor.getConversation();
            int memos = conversation == null ? 0
                    : nl.leefwereld.core.commands.MemoCommands.memosOf(conversation, (Utterance) cell.getElement()).size();
            if (memos > 0) { // the memo marker: a pencil and the number of memos on this utterance
                if (text.length() > 0) {
                    text.append("  "); //$NON-NLS-1$
                }
                int start = text.length();
                text.append(org.eclipse.osgi.util.NLS.bind(Messages.Editor_memos, Integer.valueOf(memos)));
                StyleRange style = new StyleRange();
                style.start = start;
                style.length = text.length() - start;
                style.font = italic;
                styles.add(style);
            }
            cell.setText(text.toString());
            cell.setStyleRanges(styles.toArray(StyleRange[]::new));
            super.update(cell);
        }
    }

    /** hh:mm:ss (or mm:ss); an empty cell removes the time; anything else is refused with a message. */
    private final class TimeEditing extends EditingSupport {
        TimeEditing() {
            super(viewer);
        }

        @Override
        protected CellEditor getCellEditor(Object element) {
            TextCellEditor cell = new TextCellEditor(viewer.getTable());
            cell.setValidator(value -> {
                String text = ((String) value).trim();
                return text.isEmpty() || TranscriptParser.parseTime(text) >= 0 ? null
                        : org.eclipse.osgi.util.NLS.bind(Messages.Editor_badTime, text);
            });
            cell.addListener(new org.eclipse.jface.viewers.ICellEditorListener() {
                @Override
                public void editorValueChanged(boolean oldValidState, boolean newValidState) {
                    editor.getEditorSite().getActionBars().getStatusLineManager().setErrorMessage(cell.getErrorMessage());
                }

                @Override
                public void cancelEditor() {
                    editor.getEditorSite().getActionBars().getStatusLineManager().setErrorMessage(null);
                }

                @Override
                public void applyEditorValue() {
                    editor.getEditorSite().getActionBars().getStatusLineManager().setErrorMessage(null);
                }
            });
            return cell;
        }

        @Override
        protected boolean canEdit(Object element) {
            return true;
        }

        @Override
        protected Object getValue(Object element) {
            Long start = ((Utterance) element).getStartMillis();
            return start == null ? "" : TranscriptWriter.formatTime(start.longValue()); //$NON-NLS-1$
        }

        @Override
        protected void setValue(Object element, Object value) {
            if (value == null || value.equals(getValue(element))) {
                return; // invalid input (the validator said why) or no change
            }
            String text = ((String) value).trim();
            Long millis = text.isEmpty() ? null : Long.valueOf(TranscriptParser.parseTime(text));
            editor.set(element, ModelPackage.Literals.UTTERANCE__START_MILLIS, millis);
        }
    }

}
