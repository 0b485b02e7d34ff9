// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.method.example.ui;

import java.util.List;
import java.util.Objects;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import nl.leefwereld.core.coding.Coders;
import nl.leefwereld.core.commands.ConversationCommands;
import nl.leefwereld.core.method.AnalysisResult;
import nl.leefwereld.core.method.AnnotationSuggestion;
import nl.leefwereld.core.method.Finding;
import nl.leefwereld.method.example.ExampleMethod;
import nl.leefwereld.method.example.OpenQuestionAnalyzer;
import nl.leefwereld.model.Annotation;
import nl.leefwereld.model.AnnotationOrigin;
import nl.leefwereld.model.Conversation;
import nl.leefwereld.model.Utterance;
import nl.leefwereld.ui.editor.ConversationViewPart;
import nl.leefwereld.ui.Tables;

/**
 * The example of a method view: the open questions of the conversation in the editor (unsaved changes included),
 * found by the method's own analyzer. It follows the editor through {@link ConversationViewPart}: a row chosen here
 * selects its utterance in the transcript and the other way round, and <em>Code as open question</em> codes the
 * transcript's selected utterance through the editor's command stack (undo, dirty marker, save).
 */
public class OpenQuestionsView extends ConversationViewPart {

    public static final String ID = "nl.leefwereld.method.example.ui.openQuestions"; //$NON-NLS-1$

    private Label header;
    private TableViewer questions;
    private Button code;
    /** Set while the list takes the transcript's selection, so it is not sent back. */
    private boolean followingEditor;

    @Override
    public void createPartControl(Composite parent) {
        GridLayoutFactory.fillDefaults().margins(4, 4).applyTo(parent);
        header = new Label(parent, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(header);

        questions = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
        questions.getTable().setHeaderVisible(true);
        questions.setContentProvider(ArrayContentProvider.getInstance());
        GridDataFactory.fillDefaults().grab(true, true).applyTo(questions.getControl());
        Tables.column(questions, AnnotationSuggestion.class, Messages.View_question, 360, this::questionText);
        Tables.column(questions, AnnotationSuggestion.class, Messages.View_reason, 200, AnnotationSuggestion::reason);
        Tables.column(questions, AnnotationSuggestion.class, Messages.View_coded, 90, s -> isCoded(s.utterance()) ? Messages.View_yes : ""); //$NON-NLS-1$
        questions.addSelectionChangedListener(e -> {
            if (!followingEditor && e.getStructuredSelection().getFirstElement() instanceof AnnotationSuggestion s) {
                selectUtterances(List.of(s.utterance()));
            }
        });

        code = Tables.button(parent, Messages.View_code, this::codeSelected);
        code.setToolTipText(Messages.View_codeTip);
        startFollowing(parent);
    }

    private String questionText(AnnotationSuggestion s) {
        String text = s.utterance().getText();
        return s.spanStart() < 0 || text == null ? text : text.substring(s.spanStart(), Math.min(s.spanEnd(), text.length()));
    }

    /** Whether a person coded the utterance as an open question. */
    private boolean isCoded(Utterance u) {
        Conversation c = getConversation();
        return c != null && c.getAnnotations().stream().anyMatch(a -> a.getUtterance() == u
                && a.getOrigin() != AnnotationOrigin.SUGGESTED && ExampleMethod.METHOD_ID.equals(a.getMethodId())
                && ExampleMethod.CODE_OPEN_QUESTION.equals(a.getCodeId()));
    }

    /**
     * Codes the utterance selected in the transcript as an open question, through the editor's command stack.
     *
     * @return whether a code was added
     */
    public boolean codeSelected() {
        Conversation c = getConversation();
        List<Utterance> selected = getSelectedUtterances();
        if (c == null || selected.isEmpty() || isCoded(selected.get(0))) {
            return false;
        }
        Annotation a = AnnotationSuggestion.whole(selected.get(0), ExampleMethod.METHOD_ID,
                ExampleMethod.CODE_OPEN_QUESTION, Messages.View_codedByHand, 1.0).toAnnotation(coder());
        a.setOrigin(AnnotationOrigin.MANUAL);
        return execute(ConversationCommands.addAnnotation(c, a));
    }

    private static String coder() {
        return Coders.currentUser();
    }

    @Override
    protected void refresh() {
        Conversation c = getConversation();
        code.setEnabled(c != null);
        if (c == null) {
            header.setText(Messages.View_noConversation);
            questions.setInput(List.of());
        } else {
            AnalysisResult result = new OpenQuestionAnalyzer().analyze(c, new NullProgressMonitor());
            header.setText(NLS.bind(Messages.View_header, c.getTitle(), result.findings().stream()
                    .map(Finding::message).findFirst().orElse(Messages.View_noQuestions)));
            questions.setInput(result.suggestions());
            utteranceSelectionChanged(getSelectedUtterances());
        }
        header.getParent().layout();
    }

    /** Shows the first open question of the transcript's selected utterance. */
    @Override
    protected void utteranceSelectionChanged(List<Utterance> selected) {
        if (questions.getControl().isDisposed() || !(questions.getInput() instanceof List<?> all)) {
            return;
        }
        Object row = all.stream().filter(s -> selected.contains(((AnnotationSuggestion) s).utterance())).findFirst()
                .orElse(null);
        if (Objects.equals(row, questions.getStructuredSelection().getFirstElement())) {
            return;
        }
        followingEditor = true;
        try {
            questions.setSelection(row == null ? StructuredSelection.EMPTY : new StructuredSelection(row), true);
        } finally {
            followingEditor = false;
        }
    }

    /** The list of open questions. */
    TableViewer getViewer() {
        return questions;
    }

    String getHeader() {
        return header.getText();
    }

    @Override
    public void setFocus() {
        questions.getControl().setFocus();
    }
}
