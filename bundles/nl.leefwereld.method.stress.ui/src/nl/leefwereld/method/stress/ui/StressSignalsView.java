// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.method.stress.ui;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;

import nl.leefwereld.core.coding.Assessments;
import nl.leefwereld.core.coding.Coders;
import nl.leefwereld.method.stress.StressMethod;
import nl.leefwereld.method.stress.StressTrajectory;
import nl.leefwereld.method.stress.commands.StressCommands;
import nl.leefwereld.method.stress.model.ScarcityDomain;
import nl.leefwereld.method.stress.model.StressAssessment;
import nl.leefwereld.method.stress.model.StressSignal;
import nl.leefwereld.model.Conversation;
import nl.leefwereld.ui.WorkbenchStore;
import nl.leefwereld.ui.chart.SeriesChart;
import nl.leefwereld.ui.editor.CommittingField;
import nl.leefwereld.ui.editor.ConversationViewPart;

/**
 * The client's stress signals in the conversation in the editor: what the professional observes (tired, restless,
 * forgetful, angry, withdrawn, ...), the client's own score 0-10 and the scarcity domains that weigh, recorded as a
 * {@link StressAssessment} in the conversation through the editor's command stack (undo, save) as soon as a box is
 * ticked, the score changes or the user leaves the observation field ({@link StressCommands}). Beside it, the stress over
 * the client's trajectory in a chart ({@code leefwereld stress trajectory <client-id>} on the command line).
 */
public class StressSignalsView extends ConversationViewPart {

    public static final String ID = "nl.leefwereld.method.stress.ui.signals"; //$NON-NLS-1$

    private static final RGB SCORE_COLOUR = new RGB(198, 40, 40);
    private static final RGB SIGNALS_COLOUR = new RGB(239, 108, 0);

    private Composite root;
    private Label conversationLabel;
    private final Map<StressSignal, Button> signals = new EnumMap<>(StressSignal.class);
    private final Map<ScarcityDomain, Button> domains = new EnumMap<>(ScarcityDomain.class);
    private Text observation;
    private CommittingField observationField;
    private Button scoreAsked;
    private Spinner score;
    private Button record;
    private SeriesChart chart;
    private Label domainSummary;

    @Override
    public void createPartControl(Composite parent) {
        root = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).margins(6, 6).applyTo(root);
        conversationLabel = new Label(root, SWT.WRAP);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(conversationLabel);

        ScrolledComposite scroll = new ScrolledComposite(root, SWT.V_SCROLL | SWT.H_SCROLL);
        GridDataFactory.fillDefaults().grab(false, true).applyTo(scroll);
        Composite form = new Composite(scroll, SWT.NONE);
        GridLayoutFactory.fillDefaults().applyTo(form);
        scroll.setContent(form);
        scroll.setExpandHorizontal(true);
        scroll.setExpandVertical(true);

        Group observed = new Group(form, SWT.NONE);
        observed.setText(Messages.Signals_observed);
        GridLayoutFactory.swtDefaults().numColumns(3).applyTo(observed);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(observed);
        for (StressSignal s : StressSignal.values()) {
            Button b = new Button(observed, SWT.CHECK);
            b.setText(StressTrajectory.label(s));
            b.addListener(SWT.Selection, e -> recordAssessment());
            signals.put(s, b);
        }
        observation = new Text(observed, SWT.MULTI | SWT.BORDER | SWT.WRAP | SWT.V_SCROLL);
        observation.setMessage(Messages.Signals_observationHint);
        GridDataFactory.fillDefaults().span(3, 1).grab(true, false).hint(300, 50).applyTo(observation);
        observationField = new CommittingField(observation, this::setObservation);

        Group own = new Group(form, SWT.NONE);
        own.setText(Messages.Signals_clientScore);
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(own);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(own);
        scoreAsked = new Button(own, SWT.CHECK);
        scoreAsked.setText(Messages.Signals_scoreAsked);
        score = new Spinner(own, SWT.BORDER);
        score.setValues(5, 0, 10, 0, 1, 2);
        scoreAsked.addListener(SWT.Selection, e -> {
            score.setEnabled(scoreAsked.getSelection());
            setClientScore(scoreAsked.getSelection() ? Integer.valueOf(score.getSelection()) : null);
        });
        score.addListener(SWT.Selection, e -> setClientScore(Integer.valueOf(score.getSelection())));
        score.addListener(SWT.DefaultSelection, e -> setClientScore(Integer.valueOf(score.getSelection())));

        Group weigh = new Group(form, SWT.NONE);
        weigh.setText(Messages.Signals_domains);
        GridLayoutFactory.swtDefaults().numColumns(5).applyTo(weigh);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(weigh);
        for (ScarcityDomain d : ScarcityDomain.values()) {
            Button b = new Button(weigh, SWT.CHECK);
            b.setText(StressTrajectory.label(d));
            b.addListener(SWT.Selection, e -> recordAssessment());
            domains.put(d, b);
        }
        record = new Button(form, SWT.PUSH);
        record.setText(Messages.Signals_record);
        record.addListener(SWT.Selection, e -> recordAssessment());
        scroll.setMinSize(form.computeSize(SWT.DEFAULT, SWT.DEFAULT));

        Composite right = new Composite(root, SWT.NONE);
        GridLayoutFactory.fillDefaults().applyTo(right);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(right);
        chart = new SeriesChart(right, SWT.BORDER);
        chart.setTitle(Messages.Signals_chartTitle);
        chart.setEmptyMessage(Messages.Signals_chartEmpty);
        chart.setYRange(0, 10);
        GridDataFactory.fillDefaults().grab(true, true).hint(360, 200).applyTo(chart);
        domainSummary = new Label(right, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(domainSummary);
        startFollowing(root);
    }

    private boolean isDisposed() {
        return root == null || root.isDisposed();
    }

    @Override
    public void refresh() {
        if (isDisposed()) {
            return;
        }
        Conversation c = getConversation();
        record.setEnabled(c != null);
        if (c == null) {
            conversationLabel.setText(Messages.View_noConversation);
            fill(null);
            chart.setCategories(List.of());
            chart.setSeries(List.of());
            domainSummary.setText(""); //$NON-NLS-1$
            return;
        }
        conversationLabel.setText(NLS.bind(Messages.Signals_conversation, c.getTitle() == null ? c.getId() : c.getTitle()));
        fill(Assessments.latest(c, StressAssessment.class));
        List<StressTrajectory.Point> points = points(c);
        List<String> categories = new ArrayList<>();
        double[] scores = new double[points.size()];
        double[] counts = new double[points.size()];
        for (int i = 0; i < points.size(); i++) {
            StressTrajectory.Point p = points.get(i);
            categories.add(p.date() == null ? String.valueOf(i + 1) : nl.leefwereld.ui.Formats.date(p.date()));
            scores[i] = p.clientScore() == null ? Double.NaN : p.clientScore().doubleValue();
            counts[i] = p.signalCount();
        }
        chart.setCategories(categories);
        chart.setSeries(points.isEmpty() ? List.of()
                : List.of(new SeriesChart.Series(Messages.Signals_seriesScore, scores, SCORE_COLOUR),
                        new SeriesChart.Series(Messages.Signals_seriesSignals, counts, SIGNALS_COLOUR)));
        Map<ScarcityDomain, Long> weigh = StressTrajectory.domainCounts(points);
        StringBuilder b = new StringBuilder();
        weigh.forEach((d, n) -> b.append(b.length() == 0 ? "" : ", ").append(StressTrajectory.label(d)).append(" (").append(n).append(')')); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        domainSummary.setText(weigh.isEmpty() ? "" : NLS.bind(Messages.Signals_domainSummary, b)); //$NON-NLS-1$
        root.layout(true, true);
    }

    /** The trajectory's points, with the editor's (possibly unsaved) conversation in place of its stored version. */
    private static List<StressTrajectory.Point> points(Conversation c) {
        WorkbenchStore ws = WorkbenchStore.get();
        String clientId = c.getTrajectory() != null && c.getTrajectory().getClient() != null ? c.getTrajectory().getClient().getId() : null;
        if (clientId != null && ws.isOpen()) {
            List<StressTrajectory.Point> p = StressTrajectory.of(ws.store(), clientId, Map.of(c.getId(), c));
            if (p != null) {
                if (p.stream().noneMatch(x -> x.conversationId().equals(c.getId())) && Assessments.latest(c, StressAssessment.class) != null) {
                    // a conversation not stored yet
                    List<StressTrajectory.Point> all = new ArrayList<>(p);
                    all.addAll(StressTrajectory.of(List.of(c)));
                    return all;
                }
                return p;
            }
        }
        return StressTrajectory.of(List.of(c));
    }

    private void fill(StressAssessment a) {
        signals.forEach((s, b) -> b.setSelection(a != null && a.getSignals().contains(s)));
        domains.forEach((d, b) -> b.setSelection(a != null && a.getDomains().contains(d)));
        observationField.show(a == null ? null : a.getObservation());
        boolean asked = a != null && a.getClientScore() != null;
        scoreAsked.setSelection(asked);
        score.setEnabled(asked);
        score.setSelection(asked ? a.getClientScore().intValue() : 5);
    }

    /** Selects what the form shows: signals, domains, score ({@code null} = not asked), text. */
    void setForm(List<StressSignal> selectedSignals, List<ScarcityDomain> selectedDomains, Integer clientScore, String text) {
        signals.forEach((s, b) -> b.setSelection(selectedSignals.contains(s)));
        domains.forEach((d, b) -> b.setSelection(selectedDomains.contains(d)));
        scoreAsked.setSelection(clientScore != null);
        score.setEnabled(clientScore != null);
        if (clientScore != null) {
            score.setSelection(clientScore.intValue());
        }
        observation.setText(text == null ? "" : text); //$NON-NLS-1$
    }

    /** Records the form in the conversation: updates its latest stress assessment, or adds one; one undoable command. */
    boolean recordAssessment() {
        Conversation c = getConversation();
        if (c == null) {
            return false;
        }
        List<StressSignal> s = signals.entrySet().stream().filter(e -> e.getValue().getSelection()).map(Map.Entry::getKey).toList();
        List<ScarcityDomain> d = domains.entrySet().stream().filter(e -> e.getValue().getSelection()).map(Map.Entry::getKey).toList();
        Integer value = scoreAsked.getSelection() ? Integer.valueOf(score.getSelection()) : null;
        return execute(StressCommands.record(c, new StressCommands.Check(s, d, value, observation.getText()), assessor()));
    }

    /** The client's answer to the scaling question ({@code null}: not asked), as its own undoable step. */
    public boolean setClientScore(Integer value) {
        Conversation c = getConversation();
        return c != null && execute(StressCommands.setClientScore(c, value, assessor()));
    }

    private void setObservation(String text) {
        Conversation c = getConversation();
        if (c != null) {
            execute(StressCommands.setObservation(c, text, assessor()));
        }
    }

    private static String assessor() {
        return Coders.currentUser();
    }

    /** The scaling question's "asked" box and the client's answer (tests use them as a user does). */
    public Button getScoreAskedButton() {
        return scoreAsked;
    }

    public Spinner getScoreSpinner() {
        return score;
    }

    /** The observation field (tests type in it as a user does). */
    public Text getObservationField() {
        return observation;
    }

    public SeriesChart getChart() {
        return chart;
    }

    String getDomainSummary() {
        return domainSummary.getText();
    }

    @Override
    public void setFocus() {
        record.setFocus();
    }
}
