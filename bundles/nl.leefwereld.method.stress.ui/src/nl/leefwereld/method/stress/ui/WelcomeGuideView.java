// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.method.stress.ui;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

import nl.leefwereld.method.stress.OpeningCheck;
import nl.leefwereld.method.stress.WelcomeGuide;
import nl.leefwereld.model.Conversation;
import nl.leefwereld.model.Utterance;
import nl.leefwereld.ui.Tables;
import nl.leefwereld.ui.editor.ConversationViewPart;

/**
 * The welkomstgesprek guide beside the conversation editor: the opening line, the six steps with which of them the
 * conversation has done (and the utterance that did it), and the opening check: connection before system questions.
 * Double-click a row to select its utterance in the editor.
 */
public class WelcomeGuideView extends ConversationViewPart {

    public static final String ID = "nl.leefwereld.method.stress.ui.welcome"; //$NON-NLS-1$

    private Composite root;
    private Label conversationLabel;
    private Table steps;
    private Label verdict;
    private Table opening;

    @Override
    public void createPartControl(Composite parent) {
        root = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().margins(6, 6).applyTo(root);
        Label openingLine = new Label(root, SWT.WRAP);
        openingLine.setFont(JFaceResources.getBannerFont());
        openingLine.setText(NLS.bind(Messages.Welcome_openingLine, WelcomeGuide.opening()));
        GridDataFactory.fillDefaults().grab(true, false).applyTo(openingLine);
        conversationLabel = new Label(root, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(conversationLabel);

        steps = table(root, new String[] { "#", Messages.Welcome_columnStep, Messages.Welcome_columnState, //$NON-NLS-1$
                Messages.Welcome_columnUtterance, Messages.Welcome_columnWords }, new int[] { 30, 260, 130, 420, 160 });
        Tables.fillWith(steps, 3, 240);
        GridDataFactory.fillDefaults().grab(true, true).hint(SWT.DEFAULT, 150).applyTo(steps);

        verdict = new Label(root, SWT.WRAP);
        verdict.setFont(JFaceResources.getBannerFont());
        GridDataFactory.fillDefaults().grab(true, false).applyTo(verdict);
        opening = table(root, new String[] { Messages.Welcome_columnKind, "#", Messages.Welcome_columnUtterance, //$NON-NLS-1$
                Messages.Welcome_columnWords }, new int[] { 180, 40, 480, 160 });
        Tables.fillWith(opening, 2, 240);
        GridDataFactory.fillDefaults().grab(true, true).hint(SWT.DEFAULT, 100).applyTo(opening);
        startFollowing(root);
    }

    private Table table(Composite parent, String[] headers, int[] widths) {
        Table t = new Table(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
        t.setHeaderVisible(true);
        t.setLinesVisible(true);
        for (int i = 0; i < headers.length; i++) {
            TableColumn c = new TableColumn(t, SWT.LEFT);
            c.setText(headers[i]);
            c.setWidth(Math.max(widths[i], Tables.titleWidth(t, headers[i])));
        }
        t.addListener(SWT.DefaultSelection, e -> {
            if (e.item != null && e.item.getData() instanceof Utterance u && getEditor() != null) {
                getEditor().revealUtterances(List.of(u.getId()));
            }
        });
        return t;
    }

    private boolean isDisposed() {
        return root == null || root.isDisposed();
    }

    @Override
    public void refresh() {
        if (isDisposed()) {
            return;
        }
        steps.removeAll();
        opening.removeAll();
        Conversation c = getConversation();
        if (c == null) {
            conversationLabel.setText(Messages.View_noConversation);
            verdict.setText(""); //$NON-NLS-1$
            root.layout(true, true);
            return;
        }
        List<WelcomeGuide.StepCheck> checks = WelcomeGuide.check(c);
        long done = checks.stream().filter(WelcomeGuide.StepCheck::done).count();
        conversationLabel.setText(NLS.bind(Messages.Welcome_conversation, title(c), done + "/" + checks.size())); //$NON-NLS-1$
        int i = 1;
        for (WelcomeGuide.StepCheck s : checks) {
            TableItem item = new TableItem(steps, SWT.NONE);
            String state = !s.done() ? Messages.Welcome_stateMissing : s.inOrder() ? Messages.Welcome_stateDone : Messages.Welcome_stateOutOfOrder;
            item.setText(new String[] { String.valueOf(i++), s.step().label(), state,
                    s.done() ? (s.index() + 1) + ": " + s.utterance().getText() : s.step().example(), //$NON-NLS-1$
                    s.trigger() == null ? "" : s.trigger() }); //$NON-NLS-1$
            item.setForeground(2, root.getDisplay().getSystemColor(!s.done() ? SWT.COLOR_DARK_RED : s.inOrder() ? SWT.COLOR_DARK_GREEN : SWT.COLOR_DARK_YELLOW));
            item.setData(s.utterance());
        }
        OpeningCheck.Result r = OpeningCheck.check(c);
        verdict.setText(r.verdict().label());
        verdict.setForeground(root.getDisplay().getSystemColor(r.verdict() == OpeningCheck.Verdict.SYSTEM_FIRST ? SWT.COLOR_DARK_RED : SWT.COLOR_DARK_GREEN));
        List<Object[]> rows = new ArrayList<>();
        for (OpeningCheck.Hit h : r.systemQuestionsBeforeConnection()) {
            rows.add(new Object[] { Messages.Welcome_kindSystemFirst, h });
        }
        if (r.firstConnection() != null) {
            rows.add(new Object[] { Messages.Welcome_kindConnection, r.firstConnection() });
        }
        if (r.verdict() == OpeningCheck.Verdict.CONNECTED_FIRST) {
            rows.add(new Object[] { Messages.Welcome_kindSystem, r.firstSystemQuestion() });
        }
        for (OpeningCheck.Hit h : r.smallTalk()) {
            rows.add(new Object[] { Messages.Welcome_kindSmallTalk, h });
        }
        for (Object[] row : rows) {
            OpeningCheck.Hit h = (OpeningCheck.Hit) row[1];
            TableItem item = new TableItem(opening, SWT.NONE);
            item.setText(new String[] { (String) row[0], String.valueOf(h.index() + 1), h.utterance().getText(), h.trigger() });
            item.setData(h.utterance());
        }
        root.layout(true, true);
    }

    private static String title(Conversation c) {
        return c.getTitle() == null || c.getTitle().isBlank() ? c.getId() : c.getTitle();
    }

    Table getStepsTable() {
        return steps;
    }

    Table getOpeningTable() {
        return opening;
    }

    String getVerdictText() {
        return verdict.getText();
    }

    @Override
    public void setFocus() {
        steps.setFocus();
    }
}
