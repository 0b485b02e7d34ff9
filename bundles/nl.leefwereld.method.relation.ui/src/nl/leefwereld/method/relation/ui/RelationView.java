// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.method.relation.ui;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;

import nl.leefwereld.core.coding.Assessments;
import nl.leefwereld.core.coding.Coders;
import nl.leefwereld.core.method.Finding;
import nl.leefwereld.method.relation.ConversationScan;
import nl.leefwereld.method.relation.MarkerSuggestions;
import nl.leefwereld.method.relation.RelationAnalyzer;
import nl.leefwereld.method.relation.RelationAssessor;
import nl.leefwereld.method.relation.RelationTypes;
import nl.leefwereld.method.relation.commands.RelationCommands;
import nl.leefwereld.method.relation.model.Answer;
import nl.leefwereld.method.relation.model.Question;
import nl.leefwereld.method.relation.model.QuestionAnswer;
import nl.leefwereld.method.relation.model.RelationAssessment;
import nl.leefwereld.method.relation.model.RelationType;
import nl.leefwereld.method.relation.model.SessionFeedback;
import nl.leefwereld.method.relation.model.SolutionTool;
import nl.leefwereld.method.relation.model.TaskKind;
import nl.leefwereld.model.Conversation;
import nl.leefwereld.model.Utterance;
import nl.leefwereld.ui.editor.CommittingField;
import nl.leefwereld.ui.editor.ConversationEditor;
import nl.leefwereld.ui.editor.ConversationViewPart;

/**
 * The relationship in the active conversation: the three questions with their answers and the utterances that
 * support them, the derived type, the professional's override with a reason, the stance and tasks for the type,
 * work that does not fit it, the client's answer to the scaling question and the solution-focused tools used. Every
 * change goes through the editor's command stack (undo, dirty marker) as soon as it is made (a text field when the
 * user leaves it, presses Enter or pauses typing); the editor's save stores the assessment with the conversation.
 */
public class RelationView extends ConversationViewPart {

    public static final String ID = "nl.leefwereld.method.relation.ui.relationView"; //$NON-NLS-1$

    private static final RelationType[] TYPES = RelationType.VALUES.toArray(RelationType[]::new);
    private static final Answer[] ANSWERS = Answer.VALUES.toArray(Answer[]::new);
    private static final TaskKind[] TASK_KINDS = TaskKind.VALUES.toArray(TaskKind[]::new);

    private ScrolledComposite scroll;
    private Composite body;
    private Label title;
    private Label status;
    private Button assessButton;
    private final Map<Question, Combo> answerCombos = new EnumMap<>(Question.class);
    private final Map<Question, Label> answerReasons = new EnumMap<>(Question.class);
    private final Map<Question, org.eclipse.swt.widgets.List> evidenceLists = new EnumMap<>(Question.class);
    private Label derived;
    private Label type;
    private Button overrideCheck;
    private Combo overrideType;
    private Text overrideReason;
    private CommittingField overrideReasonField;
    private Label overrideMessage;
    private Text guidance;
    private org.eclipse.swt.widgets.List warnings;
    private org.eclipse.swt.widgets.List tools;
    private Button scaleAsked;
    private Spinner scale;
    private Text feedbackCompliment;
    private Text feedbackBridge;
    private Text feedbackTask;
    private final List<CommittingField> feedbackFields = new java.util.ArrayList<>();
    private Combo feedbackTaskKind;
    private boolean updating;

    /** The assessment shown: the stored one, or a proposal from the markers (not in the conversation). */
    private RelationAssessment shown;
    private boolean stored;

    @Override
    public void createPartControl(Composite parent) {
        scroll = new ScrolledComposite(parent, SWT.V_SCROLL | SWT.H_SCROLL);
        scroll.setExpandHorizontal(true);
        scroll.setExpandVertical(true);
        body = new Composite(scroll, SWT.NONE);
        body.setLayout(new GridLayout(1, false));
        scroll.setContent(body);
        scroll.addListener(SWT.Resize, e -> fitToWidth());

        title = new Label(body, SWT.WRAP);
        title.setLayoutData(wrapping());
        status = new Label(body, SWT.WRAP);
        status.setLayoutData(wrapping());
        assessButton = new Button(body, SWT.PUSH);
        assessButton.setText(Messages.View_assess);
        assessButton.addListener(SWT.Selection, e -> keepProposal());

        for (Question q : Question.VALUES) {
            Group g = new Group(body, SWT.NONE);
            g.setText(RelationTypes.label(q));
            g.setLayout(new GridLayout(2, false));
            g.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
            Combo combo = new Combo(g, SWT.READ_ONLY);
            for (Answer a : ANSWERS) {
                combo.add(RelationTypes.label(a));
            }
            combo.addListener(SWT.Selection, e -> answerChanged(q));
            answerCombos.put(q, combo);
            Label reason = new Label(g, SWT.WRAP);
            // below the answer, the full width of the view: beside it, a narrow side view left a word per line
            GridData rd = new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1);
            rd.widthHint = 100;
            reason.setLayoutData(rd);
            answerReasons.put(q, reason);
            org.eclipse.swt.widgets.List evidence = new org.eclipse.swt.widgets.List(g, SWT.V_SCROLL | SWT.H_SCROLL);
            GridData gd = new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1);
            gd.heightHint = 50;
            gd.widthHint = 100;
            evidence.setLayoutData(gd);
            evidenceLists.put(q, evidence);
        }

        derived = new Label(body, SWT.NONE);
        derived.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));

        Group override = new Group(body, SWT.NONE);
        override.setText(Messages.View_override);
        override.setLayout(new GridLayout(2, false));
        override.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        overrideCheck = new Button(override, SWT.CHECK);
        overrideCheck.setText(Messages.View_overrideCheck);
        overrideCheck.addListener(SWT.Selection, e -> applyOverride());
        overrideType = new Combo(override, SWT.READ_ONLY);
        for (RelationType t : TYPES) {
            overrideType.add(RelationTypes.label(t));
        }
        overrideType.addListener(SWT.Selection, e -> applyOverride());
        new Label(override, SWT.NONE).setText(Messages.View_overrideReason);
        overrideReason = new Text(override, SWT.BORDER);
        overrideReason.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        overrideReasonField = new CommittingField(overrideReason, text -> applyOverride());
        overrideMessage = new Label(override, SWT.WRAP);
        overrideMessage.setLayoutData(wrapping());

        type = new Label(body, SWT.NONE);
        type.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        new Label(body, SWT.NONE).setText(Messages.View_guidance);
        guidance = new Text(body, SWT.MULTI | SWT.WRAP | SWT.READ_ONLY);
        guidance.setLayoutData(wrapping());
        new Label(body, SWT.NONE).setText(Messages.View_warnings);
        warnings = new org.eclipse.swt.widgets.List(body, SWT.V_SCROLL | SWT.H_SCROLL);
        GridData wd = new GridData(SWT.FILL, SWT.TOP, true, false);
        wd.heightHint = 60;
        wd.widthHint = 100;
        warnings.setLayoutData(wd);
        Group scaling = new Group(body, SWT.NONE);
        scaling.setText(Messages.View_scaleGroup);
        scaling.setLayout(new GridLayout(2, false));
        scaling.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        scaleAsked = new Button(scaling, SWT.CHECK);
        scaleAsked.setText(Messages.View_scaleAsked);
        scale = new Spinner(scaling, SWT.BORDER);
        scale.setValues(5, 0, 10, 0, 1, 2);
        scaleAsked.addListener(SWT.Selection, e -> {
            scale.setEnabled(scaleAsked.getSelection());
            setScale(scaleAsked.getSelection() ? Integer.valueOf(scale.getSelection()) : null);
        });
        scale.addListener(SWT.Selection, e -> setScale(Integer.valueOf(scale.getSelection())));
        scale.addListener(SWT.DefaultSelection, e -> setScale(Integer.valueOf(scale.getSelection())));
        new Label(body, SWT.NONE).setText(Messages.View_tools);
        tools = new org.eclipse.swt.widgets.List(body, SWT.V_SCROLL | SWT.H_SCROLL);
        GridData td = new GridData(SWT.FILL, SWT.TOP, true, false);
        td.heightHint = 60;
        td.widthHint = 100;
        tools.setLayoutData(td);

        Group feedback = new Group(body, SWT.NONE);
        feedback.setText(Messages.View_feedbackGroup);
        feedback.setLayout(new GridLayout(2, false));
        feedback.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        feedbackCompliment = feedbackField(feedback, Messages.View_feedbackCompliment);
        feedbackBridge = feedbackField(feedback, Messages.View_feedbackBridge);
        feedbackTask = feedbackField(feedback, Messages.View_feedbackTask);
        new Label(feedback, SWT.NONE).setText(Messages.View_feedbackTaskKind);
        feedbackTaskKind = new Combo(feedback, SWT.READ_ONLY);
        for (TaskKind k : TASK_KINDS) {
            feedbackTaskKind.add(RelationTypes.label(k));
        }
        feedbackTaskKind.addListener(SWT.Selection, e -> applyFeedback());
        for (Text field : new Text[] { feedbackCompliment, feedbackBridge, feedbackTask }) {
            feedbackFields.add(new CommittingField(field, text -> applyFeedback()));
        }

        startFollowing(body);
    }

    /** Fills the width, and wraps there instead of asking for the width of the whole text. */
    private static GridData wrapping() {
        GridData gd = new GridData(SWT.FILL, SWT.TOP, true, false);
        gd.widthHint = 100;
        return gd;
    }

    /** Lays the body out to the view's width (long lines scroll inside their lists), scrolling vertically. */
    private void fitToWidth() {
        int width = scroll.getClientArea().width;
        body.layout(true, true);
        scroll.setMinSize(body.computeSize(width > 0 ? width : SWT.DEFAULT, SWT.DEFAULT));
    }

    /** Records the feedback as the fields show it (a field was left, or the kind of task chosen). */
    private void applyFeedback() {
        if (updating) {
            return;
        }
        int index = feedbackTaskKind.getSelectionIndex();
        setFeedback(feedbackCompliment.getText(), feedbackBridge.getText(), feedbackTask.getText(),
                index < 0 ? TaskKind.NONE : TASK_KINDS[index]);
    }

    private static Text feedbackField(Composite parent, String label) {
        new Label(parent, SWT.NONE).setText(label);
        Text text = new Text(parent, SWT.BORDER | SWT.MULTI | SWT.WRAP);
        GridData gd = new GridData(SWT.FILL, SWT.TOP, true, false);
        gd.heightHint = 36;
        gd.widthHint = 200;
        text.setLayoutData(gd);
        return text;
    }

    @Override
    public void setFocus() {
        scroll.setFocus();
    }

    /** Shows the active conversation's relationship again. */
    @Override
    protected void refresh() {
        if (body == null || body.isDisposed()) {
            return;
        }
        updating = true;
        try {
            Conversation c = getConversation();
            setEnabled(c != null);
            if (c == null) {
                shown = null;
                title.setText(Messages.View_noConversation);
                status.setText(""); //$NON-NLS-1$
                for (Question q : Question.VALUES) {
                    answerCombos.get(q).deselectAll();
                    answerReasons.get(q).setText(""); //$NON-NLS-1$
                    evidenceLists.get(q).removeAll();
                }
                derived.setText(""); //$NON-NLS-1$
                type.setText(""); //$NON-NLS-1$
                guidance.setText(""); //$NON-NLS-1$
                warnings.removeAll();
                tools.removeAll();
                showFeedback(null);
                return;
            }
            List<ConversationScan.Found> found = MarkerSuggestions.found(c, new NullProgressMonitor());
            RelationAssessment s = Assessments.latest(c, RelationAssessment.class);
            stored = s != null;
            shown = stored ? s : RelationAssessor.assess(c, found, assessor());
            title.setText(NLS.bind(Messages.View_title, c.getTitle() == null ? "" : c.getTitle())); //$NON-NLS-1$
            status.setText(stored ? NLS.bind(Messages.View_stored, shown.getAssessor()) : Messages.View_proposal);
            assessButton.setEnabled(!stored);
            for (Question q : Question.VALUES) {
                QuestionAnswer qa = RelationTypes.questionAnswer(shown, q);
                Combo combo = answerCombos.get(q);
                if (qa == null || qa.getAnswer() == null) {
                    combo.deselectAll();
                } else {
                    combo.select(qa.getAnswer().getValue());
                }
                answerReasons.get(q).setText(qa == null || qa.getReason() == null ? "" : qa.getReason()); //$NON-NLS-1$
                org.eclipse.swt.widgets.List list = evidenceLists.get(q);
                list.removeAll();
                if (qa != null) {
                    for (Utterance u : qa.getEvidence()) {
                        list.add(line(u));
                    }
                }
            }
            derived.setText(NLS.bind(Messages.View_derived, RelationTypes.label(shown.getDerivedType())));
            boolean overridden = shown.isOverridden() && shown.getOverrideType() != null;
            overrideCheck.setSelection(overridden);
            if (overridden) {
                overrideType.select(shown.getOverrideType().getValue());
            } else {
                overrideType.deselectAll();
            }
            if (overridden || !overrideCheck.isFocusControl() && !overrideType.isFocusControl()) {
                overrideReasonField.show(overridden ? shown.getOverrideReason() : null);
            }
            RelationType effective = RelationTypes.effective(shown);
            type.setText(NLS.bind(Messages.View_type, RelationTypes.label(effective)));
            guidance.setText(String.join("\n", RelationTypes.guidance(effective))); //$NON-NLS-1$
            warnings.removeAll();
            for (Finding f : RelationAnalyzer.workFit(effective, found, stored ? shown.getFeedback() : null)) {
                warnings.add(f.message() + " \u2014 " + f.reason()); //$NON-NLS-1$
                for (String id : f.utteranceIds()) {
                    for (Utterance u : c.getUtterances()) {
                        if (id.equals(u.getId())) {
                            warnings.add("    " + line(u)); //$NON-NLS-1$
                        }
                    }
                }
            }
            Integer answer = RelationCommands.scale(shown);
            scaleAsked.setSelection(answer != null);
            scale.setEnabled(answer != null);
            scale.setSelection(answer == null ? 5 : answer.intValue());
            tools.removeAll();
            for (SolutionTool t : shown.getTools()) {
                String text = RelationTypes.label(t.getKind()) + ": " //$NON-NLS-1$
                        + (t.getUtterance() == null ? "" : t.getUtterance().getText()); //$NON-NLS-1$
                if (t.getScale() != null) {
                    text += NLS.bind(Messages.View_scale, t.getScale());
                }
                tools.add(text);
            }
            showFeedback(shown.getFeedback());
        } finally {
            updating = false;
            fitToWidth();
        }
    }

    private void showFeedback(SessionFeedback fb) {
        feedbackFields.get(0).show(fb == null ? null : fb.getCompliment());
        feedbackFields.get(1).show(fb == null ? null : fb.getBridge());
        feedbackFields.get(2).show(fb == null ? null : fb.getTask());
        feedbackTaskKind.select(fb == null || fb.getTaskKind() == null ? TaskKind.NONE_VALUE : fb.getTaskKind().getValue());
    }

    private void setEnabled(boolean enabled) {
        for (Combo c : answerCombos.values()) {
            c.setEnabled(enabled);
        }
        overrideCheck.setEnabled(enabled);
        overrideType.setEnabled(enabled);
        overrideReason.setEnabled(enabled);
        assessButton.setEnabled(enabled);
        scaleAsked.setEnabled(enabled);
        for (Control c : new Control[] { feedbackCompliment, feedbackBridge, feedbackTask, feedbackTaskKind }) {
            c.setEnabled(enabled);
        }
    }

    private static String line(Utterance u) {
        String speaker = u.getSpeaker() == null || u.getSpeaker().getName() == null ? "?" : u.getSpeaker().getName(); //$NON-NLS-1$
        return speaker + ": " + u.getText(); //$NON-NLS-1$
    }

    private static String assessor() {
        return Coders.currentUser();
    }

    /** Keeps the proposal from the markers as the conversation's assessment. */
    void keepProposal() {
        ConversationEditor e = getEditor();
        if (e == null || stored || shown == null) {
            return;
        }
        e.execute(RelationCommands.keep(e.getConversation(), shown));
    }

    private void answerChanged(Question q) {
        if (updating) {
            return;
        }
        int index = answerCombos.get(q).getSelectionIndex();
        setAnswer(q, index < 0 ? null : ANSWERS[index]);
    }

    /** Sets the answer to a question and the derived type with it, as one command. */
    void setAnswer(Question q, Answer answer) {
        ConversationEditor e = getEditor();
        if (e != null && shown != null) {
            e.execute(RelationCommands.setAnswer(e.getConversation(), shown, q, answer, assessor()));
        }
    }

    /**
     * Records the session-end feedback (compliment, bridge, task and its kind) as one command; blank texts are
     * stored as absent.
     *
     * @return whether anything changed
     */
    boolean setFeedback(String compliment, String bridge, String task, TaskKind kind) {
        ConversationEditor e = getEditor();
        return e != null && shown != null
                && e.execute(RelationCommands.setFeedback(e.getConversation(), shown, compliment, bridge, task, kind));
    }

    /** Applies the override as the controls show it: unticked removes it; ticked needs a type and a reason. */
    private void applyOverride() {
        if (updating) {
            return;
        }
        if (!overrideCheck.getSelection()) {
            override(null, null);
            return;
        }
        int index = overrideType.getSelectionIndex();
        if (index < 0) {
            overrideMessage.setText(Messages.View_overrideNeedsType);
            return;
        }
        override(TYPES[index], overrideReason.getText());
    }

    /** Sets the client's answer to the scaling question ({@code null}: not asked), as one command. */
    boolean setScale(Integer answer) {
        ConversationEditor e = getEditor();
        return e != null && shown != null && e.execute(RelationCommands.setScale(e.getConversation(), shown, answer));
    }

    /**
     * Overrides the type with a reason ({@code type == null}: removes the override). Without a type or a reason
     * nothing changes and the view says why.
     *
     * @return whether the override was applied
     */
    boolean override(RelationType overrideTo, String reason) {
        ConversationEditor e = getEditor();
        if (e == null || shown == null) {
            return false;
        }
        if (overrideTo != null && (reason == null || reason.isBlank())) {
            overrideMessage.setText(Messages.View_overrideNeedsReason);
            return false;
        }
        overrideMessage.setText(""); //$NON-NLS-1$
        return e.execute(RelationCommands.override(e.getConversation(), shown, overrideTo, reason, assessor()));
    }

    // ------------------------------------------------------------------ for tests

    String titleText() {
        return title.getText();
    }

    String statusText() {
        return status.getText();
    }

    String answerText(Question q) {
        return answerCombos.get(q).getText();
    }

    String[] evidence(Question q) {
        return evidenceLists.get(q).getItems();
    }

    String typeText() {
        return type.getText();
    }

    String derivedText() {
        return derived.getText();
    }

    String guidanceText() {
        return guidance.getText();
    }

    String[] warningLines() {
        return warnings.getItems();
    }

    String[] toolLines() {
        return tools.getItems();
    }

    String[] feedbackTexts() {
        return new String[] { feedbackCompliment.getText(), feedbackBridge.getText(), feedbackTask.getText(),
                feedbackTaskKind.getText() };
    }

    Button scaleAskedButton() {
        return scaleAsked;
    }

    Spinner scaleSpinner() {
        return scale;
    }

    Text overrideReasonField() {
        return overrideReason;
    }

    Text[] feedbackFields() {
        return new Text[] { feedbackCompliment, feedbackBridge, feedbackTask };
    }

    String overrideMessageText() {
        return overrideMessage.getText();
    }
}
