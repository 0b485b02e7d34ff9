// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.method.mi.ui;

import java.io.IOException;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.RegistryFactory;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.emf.common.command.Command;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;

import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.preferences.ScopedPreferenceStore;

import nl.leefwereld.core.coding.Annotations;
import nl.leefwereld.core.coding.Coders;
import nl.leefwereld.core.method.MethodDescriptor;
import nl.leefwereld.core.method.MethodRegistry;
import nl.leefwereld.method.mi.MiCode;
import nl.leefwereld.method.mi.MiCoding;
import nl.leefwereld.method.mi.MiMethod;
import nl.leefwereld.method.mi.MiRatings;
import nl.leefwereld.method.mi.MiReport;
import nl.leefwereld.method.mi.model.MiAssessment;
import nl.leefwereld.model.Annotation;
import nl.leefwereld.model.Code;
import nl.leefwereld.model.Conversation;
import nl.leefwereld.model.Utterance;
import nl.leefwereld.core.commands.ConversationCommands;
import nl.leefwereld.ui.editor.CommittingField;
import nl.leefwereld.ui.editor.ConversationEditor;
import nl.leefwereld.ui.editor.ConversationViewPart;

/**
 * Fast MITI coding of the active conversation editor: select an utterance and press the code's key (V vraag,
 * E enkelvoudige reflectie, C complexe reflectie, ...; again to remove); the volley rules apply. The four global
 * ratings are chosen below. Every change goes through the editor's command stack (undo, dirty marker, save).
 */
public class MiCodingView extends ConversationViewPart {

    /** The least height of the keys below the list: one row of key buttons. */
    private static final int KEYS_MIN_HEIGHT = 44;
    /** A few pixels of slack, so rounding of the sash weights cannot cut a row or a key. */
    private static final int ROOM = 6;

    public static final String ID = "nl.leefwereld.method.mi.ui.coding"; //$NON-NLS-1$

    private Label header;
    private Text coder;
    private Text goal;
    private CommittingField goalField;
    private TableViewer utterances;
    private Label status;
    private final Map<MiRatings.Rating, Combo> ratings = new EnumMap<>(MiRatings.Rating.class);
    private final Map<String, String> labels = new LinkedHashMap<>();
    private boolean updating;
    /** Set while the list takes the editor's selection, so it is not sent back. */
    private boolean followingEditor;
    private Action advanceAction;

    private static final String BUNDLE_ID = "nl.leefwereld.method.mi.ui"; //$NON-NLS-1$
    private static final String PREF_ADVANCE = "coding.advanceToNextOfSameRole"; //$NON-NLS-1$

    @Override
    public void createPartControl(Composite view) {
        loadLabels();
        // No scrolling body around the whole view: the list would take its full height and push the keys out of
        // sight. The keys and ratings scroll on their own below the list; the code buttons wrap at the view's width.
        Composite parent = view;
        parent.setLayout(new GridLayout(1, false));
        header = new Label(parent, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(header);

        // The list keeps its room: the keys and ratings scroll below it instead of squeezing it.
        SashForm sash = new SashForm(parent, SWT.VERTICAL);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(sash);
        utterances = new TableViewer(sash, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
        utterances.getTable().setHeaderVisible(true);
        utterances.getTable().setLinesVisible(true);
        utterances.setContentProvider(ArrayContentProvider.getInstance());
        column(Messages.Coding_speaker, 110, u -> u.getSpeaker() == null ? "" : u.getSpeaker().getName()); //$NON-NLS-1$
        column(Messages.Coding_text, 380, Utterance::getText);
        column(Messages.Coding_codes, 110, this::codesOf);
        column(Messages.Coding_suggestions, 110, this::suggestionsOf);
        utterances.addSelectionChangedListener(e -> {
            if (!followingEditor) {
                selectUtterances(ConversationEditor.utterancesIn(e.getSelection()));
            }
        });
        utterances.getTable().addKeyListener(new org.eclipse.swt.events.KeyAdapter() {
            @Override
            public void keyPressed(org.eclipse.swt.events.KeyEvent e) {
                if ((e.stateMask & (SWT.CTRL | SWT.ALT | SWT.COMMAND)) != 0 || e.character == 0) {
                    return;
                }
                if (e.character == SWT.CR) {
                    acceptSuggestions();
                    e.doit = false;
                    return;
                }
                MiCode code = MiCode.byKey(e.character);
                if (code != null) {
                    code(code);
                    e.doit = false;
                }
            }
        });

        ScrolledComposite scroller = new ScrolledComposite(sash, SWT.V_SCROLL);
        scroller.setExpandHorizontal(true);
        scroller.setExpandVertical(true);
        Composite below = new Composite(scroller, SWT.NONE);
        below.setLayout(new GridLayout(1, false));
        scroller.setContent(below);

        // The keys first, so they are in sight without scrolling in the narrow panel beside the transcript; the
        // coder and goal fields and the ratings use two columns for the same reason.
        Composite keys = new Composite(below, SWT.NONE);
        RowLayout row = new RowLayout(SWT.HORIZONTAL);
        row.wrap = true;
        keys.setLayout(row);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(keys);
        for (MiCode code : MiCode.values()) {
            if (code.key() == '\0') {
                continue;
            }
            Button b = new Button(keys, SWT.PUSH);
            b.setText(code.key() + "  " + MiReport.label(labels, code)); //$NON-NLS-1$
            b.setToolTipText(NLS.bind(Messages.Coding_keyTip, String.valueOf(code.key()), code.abbreviation()));
            b.addListener(SWT.Selection, e -> code(code));
        }
        Composite coderRow = new Composite(below, SWT.NONE);
        coderRow.setLayout(new GridLayout(2, false));
        GridDataFactory.fillDefaults().grab(true, false).applyTo(coderRow);
        new Label(coderRow, SWT.NONE).setText(Messages.Coding_coder);
        coder = new Text(coderRow, SWT.BORDER);
        coder.setText(Coders.currentUser());
        GridDataFactory.fillDefaults().grab(true, false).hint(80, SWT.DEFAULT).applyTo(coder);
        coder.addModifyListener(e -> refresh());
        // MITI codes change talk towards a named goal: the trajectory's change goal, edited here (undo, save)
        new Label(coderRow, SWT.NONE).setText(Messages.Coding_goal);
        goal = new Text(coderRow, SWT.BORDER);
        goal.setMessage(Messages.Coding_noGoal);
        goal.setToolTipText(Messages.Coding_goalTip);
        GridDataFactory.fillDefaults().grab(true, false).hint(80, SWT.DEFAULT).applyTo(goal);
        goalField = new CommittingField(goal, this::setChangeGoal);

        status = new Label(below, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(status);

        Group group = new Group(below, SWT.NONE);
        group.setText(Messages.Coding_ratings);
        group.setLayout(new GridLayout(2, false));
        GridDataFactory.fillDefaults().grab(true, false).applyTo(group);
        for (MiRatings.Rating r : MiRatings.Rating.values()) {
            new Label(group, SWT.NONE).setText(MiReport.ratingLabel(r));
            Combo combo = new Combo(group, SWT.READ_ONLY);
            combo.setItems("\u2013", "1", "2", "3", "4", "5"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
            combo.select(0);
            combo.addListener(SWT.Selection, e -> rate(r, combo.getSelectionIndex()));
            ratings.put(r, combo);
        }
        scroller.addListener(SWT.Resize, e -> scroller.setMinSize(
                below.computeSize(scroller.getClientArea().width, SWT.DEFAULT)));
        // The keys get the height they need at the view's width, so every code is in sight without scrolling in
        // the method perspective at 1280x800 (a quarter of the height showed two of five rows there); the list keeps
        // at least its header and three rows, and in a short panel the keys keep at least one row and scroll.
        sash.addListener(SWT.Resize, e -> {
            // the sash itself takes its width; the weights share the rest
            int total = sash.getClientArea().height - sash.getSashWidth();
            if (total > 0) {
                Table table = utterances.getTable();
                int listMin = table.getHeaderHeight() + 3 * table.getItemHeight() + 2 * table.getBorderWidth()
                        + ROOM;
                GridLayout belowLayout = (GridLayout) below.getLayout();
                int keysWanted = keys.computeSize(Math.max(1, sash.getClientArea().width - 2 * belowLayout.marginWidth
                        - scroller.getVerticalBar().getSize().x), SWT.DEFAULT).y + 2 * belowLayout.marginHeight + ROOM;
                int keysHeight = Math.max(KEYS_MIN_HEIGHT, Math.min(keysWanted, total - listMin));
                sash.setWeights(Math.max(1, total - keysHeight), keysHeight);
            }
        });
        sash.setWeights(3, 1);

        advanceAction = new Action(Messages.Coding_advance, IAction.AS_CHECK_BOX) {
            @Override
            public void run() {
                setAdvanceToNextOfSameRole(isChecked());
            }
        };
        advanceAction.setToolTipText(Messages.Coding_advanceTip);
        advanceAction.setChecked(isAdvanceToNextOfSameRole());
        getViewSite().getActionBars().getMenuManager().add(advanceAction);
        startFollowing(parent);
    }

    private interface Text1 {
        String of(Utterance u);
    }

    private void column(String title, int width, Text1 text) {
        TableViewerColumn c = new TableViewerColumn(utterances, SWT.LEFT);
        c.getColumn().setText(title);
        c.getColumn().setWidth(width);
        c.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                String t = text.of((Utterance) element);
                return t == null ? "" : t; //$NON-NLS-1$
            }
        });
    }

    private void loadLabels() {
        MethodDescriptor m = new MethodRegistry(RegistryFactory.getRegistry()).method(MiMethod.METHOD_ID);
        if (m == null) {
            return;
        }
        try {
            collect(m.loadCodebook().getCodes());
        } catch (Exception e) {
            // labels fall back to the MITI abbreviations
        }
    }

    private void collect(List<Code> codes) {
        for (Code c : codes) {
            labels.put(c.getId(), c.getLabel());
            collect(c.getCodes());
        }
    }

    /** The coder now: the name in the coder field. */
    public String coder() {
        String c = coder == null ? "" : coder.getText().strip(); //$NON-NLS-1$
        return c.isEmpty() ? Coders.currentUser() : c;
    }

    public void setCoder(String name) {
        coder.setText(name);
    }

    /**
     * Codes the utterance selected in the transcript editor (as the key would), then, when the code was set and the
     * preference is on, selects the next utterance of the same speaker role; returns the outcome, or {@code null}
     * without selection.
     */
    public MiCoding.Outcome code(MiCode code) {
        Conversation c = getConversation();
        Utterance u = selectedUtterance();
        if (c == null || u == null) {
            status.setText(Messages.Coding_selectFirst);
            return null;
        }
        MiCoding.Plan plan = MiCoding.plan(c, u, code, coder());
        Command command = plan.toCommand(c);
        if (command != null) {
            execute(command);
        }
        boolean set = plan.outcome() == MiCoding.Outcome.ADDED || plan.outcome() == MiCoding.Outcome.REPLACED;
        if (set && isAdvanceToNextOfSameRole()) {
            Utterance next = MiCoding.nextOfSameRole(c, u);
            if (next != null) {
                selectUtterances(List.of(next));
                utteranceSelectionChanged(List.of(next));
            }
        }
        String label = MiReport.label(labels, code);
        status.setText(switch (plan.outcome()) {
        case ADDED -> NLS.bind(Messages.Coding_added, label);
        case REPLACED -> NLS.bind(Messages.Coding_replaced, label);
        case REMOVED -> NLS.bind(Messages.Coding_removed, label);
        case KEPT_COMPLEX -> Messages.Coding_keptComplex;
        case WRONG_SPEAKER -> code.isBehaviour() ? Messages.Coding_notProfessional : Messages.Coding_notClient;
        });
        return plan.outcome();
    }

    /**
     * Accepts the MI suggestions of the selected utterance as the coder's codes (Enter), under the volley rules, in
     * one undoable step; returns how many codes were added.
     */
    public int acceptSuggestions() {
        Conversation c = getConversation();
        Utterance u = selectedUtterance();
        if (c == null || u == null) {
            status.setText(Messages.Coding_selectFirst);
            return 0;
        }
        org.eclipse.emf.common.command.CompoundCommand all = new org.eclipse.emf.common.command.CompoundCommand();
        int added = 0;
        for (Annotation a : List.copyOf(c.getAnnotations())) {
            if (a.getUtterance() != u || !Annotations.isSuggestion(a) || !MiMethod.METHOD_ID.equals(a.getMethodId())
                    || MiCode.byGuid(a.getCodeId()) == null) {
                continue;
            }
            MiCoding.Plan plan = MiCoding.accept(c, a, coder());
            // apply at once so the next suggestion is planned against it; the compound undoes all
            Command command = plan.toCommand(c);
            if (command != null && command.canExecute()) {
                command.execute();
                all.append(command);
                added += plan.toAdd().size();
            }
        }
        if (!all.isEmpty()) {
            // already executed: undo here and let the stack execute the whole step once
            all.undo();
            execute(all);
        }
        status.setText(NLS.bind(Messages.Coding_accepted, Integer.valueOf(added)));
        return added;
    }

    private void rate(MiRatings.Rating r, int value) {
        Conversation c = getConversation();
        if (updating || c == null || value < 0) {
            return;
        }
        execute(MiRatings.setCommand(c, coder(), r, value));
    }

    /** Sets a global rating as the combo would (0 = none). */
    void setRating(MiRatings.Rating r, int value) {
        ratings.get(r).select(value);
        rate(r, value);
    }

    private String codesOf(Utterance u) {
        Conversation c = getConversation();
        if (c == null) {
            return ""; //$NON-NLS-1$
        }
        return Annotations.humanCodes(c, coder(), MiMethod.METHOD_ID).stream().filter(a -> a.getUtterance() == u)
                .map(this::abbreviation).collect(Collectors.joining(" ")); //$NON-NLS-1$
    }

    private String suggestionsOf(Utterance u) {
        Conversation c = getConversation();
        if (c == null) {
            return ""; //$NON-NLS-1$
        }
        return Annotations.suggestions(c).stream()
                .filter(a -> a.getUtterance() == u && MiMethod.METHOD_ID.equals(a.getMethodId()))
                .map(this::abbreviation).collect(Collectors.joining(" ")); //$NON-NLS-1$
    }

    private String abbreviation(Annotation a) {
        MiCode code = MiCode.byGuid(a.getCodeId());
        return code == null ? "?" : code.abbreviation(); //$NON-NLS-1$
    }

    /** Sets the trajectory's change goal (blank: not named) as an undoable step on the editor. */
    public boolean setChangeGoal(String text) {
        Conversation c = getConversation();
        return c != null && execute(ConversationCommands.setChangeGoal(c, text));
    }

    /** The change goal field (tests type in it as a user does). */
    public Text getChangeGoalField() {
        return goal;
    }

    @Override
    protected void refresh() {
        Conversation c = getConversation();
        goal.setEnabled(c != null && c.getTrajectory() != null);
        goalField.show(c == null || c.getTrajectory() == null ? null : c.getTrajectory().getChangeGoal());
        if (c == null) {
            header.setText(Messages.Coding_noConversation);
            utterances.setInput(new Object[0]);
        } else {
            String goal = c.getTrajectory() == null ? null : c.getTrajectory().getChangeGoal();
            header.setText(NLS.bind(Messages.Coding_header, c.getTitle(),
                    goal == null || goal.isBlank() ? Messages.Coding_noGoal : goal));
            if (utterances.getInput() instanceof Object[] shown && Arrays.equals(shown, c.getUtterances().toArray())) {
                utterances.refresh();
            } else {
                utterances.setInput(c.getUtterances().toArray());
            }
            utteranceSelectionChanged(getSelectedUtterances());
        }
        MiAssessment a = c == null ? null : MiRatings.find(c, coder());
        updating = true;
        try {
            for (Map.Entry<MiRatings.Rating, Combo> e : ratings.entrySet()) {
                e.getValue().select(e.getKey().of(a));
                e.getValue().setEnabled(c != null);
            }
        } finally {
            updating = false;
        }
        header.getParent().layout(true, true);
    }


    /** The transcript editor's selected utterance (the first of several), or {@code null}. */
    private Utterance selectedUtterance() {
        List<Utterance> selected = getSelectedUtterances();
        return selected.isEmpty() ? null : selected.get(0);
    }

    /** Shows the transcript editor's selection in this view's list. */
    @Override
    protected void utteranceSelectionChanged(List<Utterance> selected) {
        if (utterances.getControl().isDisposed()
                || utterances.getStructuredSelection().toList().equals(selected)) {
            return;
        }
        followingEditor = true;
        try {
            utterances.setSelection(new StructuredSelection(selected), true);
        } finally {
            followingEditor = false;
        }
    }

    /** Whether coding moves on to the next utterance of the same speaker role (a preference, on by default). */
    public static boolean isAdvanceToNextOfSameRole() {
        return preferences().getBoolean(PREF_ADVANCE);
    }

    public static void setAdvanceToNextOfSameRole(boolean advance) {
        ScopedPreferenceStore preferences = preferences();
        preferences.setValue(PREF_ADVANCE, advance);
        try {
            preferences.save();
        } catch (IOException e) {
            // kept for this session; the next start uses the default
        }
    }

    private static ScopedPreferenceStore preferences() {
        ScopedPreferenceStore preferences = new ScopedPreferenceStore(InstanceScope.INSTANCE, BUNDLE_ID);
        preferences.setDefault(PREF_ADVANCE, true);
        return preferences;
    }

    /** The view menu's toggle for moving on after a code. */
    IAction getAdvanceAction() {
        return advanceAction;
    }

    /** For tests and keyboard users: the table of utterances. */
    public TableViewer getUtterancesViewer() {
        return utterances;
    }

    public String getStatus() {
        return status.getText();
    }

    public String getHeader() {
        return header.getText();
    }

    Combo getRatingCombo(MiRatings.Rating r) {
        return ratings.get(r);
    }

    @Override
    public void setFocus() {
        utterances.getTable().setFocus();
    }
}
