// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.ui.learn;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.action.Action;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.part.ViewPart;

import nl.leefwereld.core.learn.Evaluation;
import nl.leefwereld.core.learn.Learner;
import nl.leefwereld.core.learn.Learning;
import nl.leefwereld.core.learn.LearningCli;
import nl.leefwereld.core.learn.ModelQuality;
import nl.leefwereld.core.learn.StoredModel;
import nl.leefwereld.model.Client;
import nl.leefwereld.model.Conversation;
import nl.leefwereld.model.Trajectory;
import nl.leefwereld.store.ConversationStore;
import nl.leefwereld.ui.WorkbenchStore;

/**
 * <em>Modelkwaliteit</em>: how far to trust a method's trained suggestions. Shows the newest stored model's facts
 * (version, date, coder, conversations and examples) and the cross-validation the training kept — per task and
 * label precision, recall and F1 of the rules and of the model side by side, macro-F1, accuracy, kappa and coverage
 * ({@link ModelQuality}, the same table as {@code leefwereld <method> model}). <em>Trainen en evalueren</em> trains
 * on every conversation a person coded and keeps a 5-fold cross-validation, in a job. A method's view names its
 * {@link Learner}.
 */
public abstract class ModelQualityView extends ViewPart {

    private Label facts;
    private Table table;
    private Button train;
    private Job running;
    private final Runnable storeChanged = () -> Display.getDefault().asyncExec(this::refresh);

    /** The method's learner. */
    protected abstract Learner learner();

    @Override
    public void createPartControl(Composite parent) {
        Composite body = new Composite(parent, SWT.NONE);
        body.setLayout(new GridLayout(1, false));
        facts = new Label(body, SWT.WRAP);
        facts.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        train = new Button(body, SWT.PUSH);
        train.setText(Messages.ModelQuality_train);
        train.setToolTipText(Messages.ModelQuality_trainTip);
        train.addListener(SWT.Selection, e -> trainAndEvaluate());
        table = new Table(body, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        for (String head : new String[] { Messages.ModelQuality_task, Messages.ModelQuality_code,
                Messages.ModelQuality_rulesP, Messages.ModelQuality_rulesR, Messages.ModelQuality_rulesF1,
                Messages.ModelQuality_modelP, Messages.ModelQuality_modelR, Messages.ModelQuality_modelF1,
                Messages.ModelQuality_n }) {
            TableColumn c = new TableColumn(table, SWT.LEFT);
            c.setText(head);
        }
        Action action = new Action(Messages.ModelQuality_train) {
            @Override
            public void run() {
                trainAndEvaluate();
            }
        };
        action.setToolTipText(Messages.ModelQuality_trainTip);
        getViewSite().getActionBars().getToolBarManager().add(action);
        WorkbenchStore.get().addChangeListener(storeChanged);
        refresh();
    }

    @Override
    public void dispose() {
        WorkbenchStore.get().removeChangeListener(storeChanged);
        super.dispose();
    }

    /** Reads the newest model of the method from the store in use and shows it. */
    public void refresh() {
        if (facts == null || facts.isDisposed()) {
            return;
        }
        WorkbenchStore ws = WorkbenchStore.get();
        StoredModel model = null;
        String problem = null;
        if (!ws.isOpen()) {
            problem = Messages.ModelQuality_noStore;
        } else {
            try {
                model = StoredModel.latest(ws.store(), learner().methodId());
            } catch (RuntimeException e) {
                problem = e.getMessage();
            }
        }
        show(model, problem);
    }

    private void show(StoredModel model, String problem) {
        table.removeAll();
        List<String> lines = new ArrayList<>();
        if (problem != null) {
            lines.add(problem);
        } else if (model == null) {
            lines.add(ModelQuality.none());
        } else {
            lines.addAll(ModelQuality.facts(model));
            Evaluation ev = Evaluation.fromInfo(model.info());
            if (ev != null) {
                for (ModelQuality.Row row : ModelQuality.rows(ev)) {
                    TableItem item = new TableItem(table, SWT.NONE);
                    String[] cells = new String[9];
                    cells[0] = learner().taskLabel(row.task());
                    cells[1] = row.label();
                    for (int i = 0; i < row.rules().length; i++) {
                        cells[2 + i] = ModelQuality.format(row.rules()[i], row.summary());
                        cells[5 + i] = ModelQuality.format(row.model()[i], row.summary());
                    }
                    cells[8] = row.summary() ? "" : Integer.toString(row.n()); //$NON-NLS-1$
                    for (int i = 0; i < cells.length; i++) {
                        item.setText(i, cells[i] == null ? "" : cells[i]); //$NON-NLS-1$
                    }
                }
            }
        }
        if (running != null) {
            lines.add(Messages.ModelQuality_running);
        }
        facts.setText(String.join("\n", lines)); //$NON-NLS-1$
        for (TableColumn c : table.getColumns()) {
            c.pack();
        }
        train.setEnabled(running == null && WorkbenchStore.get().isOpen());
        facts.getParent().layout(true, true);
    }

    /** Trains and evaluates in a job (one at a time); the view shows the new model when it is stored. */
    public Job trainAndEvaluate() {
        if (running != null || !WorkbenchStore.get().isOpen()) {
            return running;
        }
        ConversationStore store = WorkbenchStore.get().store();
        Learner learner = learner();
        Job job = Job.create(NLS.bind(Messages.ModelQuality_job, learner.methodId()), (IProgressMonitor monitor) -> {
            String problem = null;
            try {
                List<Conversation> all = new ArrayList<>();
                for (Client client : store.listClients()) {
                    for (Trajectory t : client.getTrajectories()) {
                        for (Conversation header : t.getConversations()) {
                            if (monitor.isCanceled()) {
                                return Status.CANCEL_STATUS;
                            }
                            Conversation c = store.loadConversation(header.getId());
                            if (c != null) {
                                all.add(c);
                            }
                        }
                    }
                }
                StoredModel model = Learning.trainAndEvaluate(learner, all, null, LearningCli.DEFAULT_FOLDS, 1);
                model.save(store, learner.methodId());
            } catch (RuntimeException e) {
                problem = e.getMessage();
            }
            String shown = problem;
            Display.getDefault().asyncExec(() -> {
                running = null;
                if (facts != null && !facts.isDisposed()) {
                    refresh();
                    if (shown != null) {
                        facts.setText(NLS.bind(Messages.ModelQuality_failed, shown) + '\n' + facts.getText());
                        facts.getParent().layout(true, true);
                    }
                }
            });
            return Status.OK_STATUS;
        });
        running = job;
        job.setUser(true);
        job.schedule();
        refresh();
        return job;
    }

    /** The text above the table (for tests). */
    public String getFactsText() {
        return facts.getText();
    }

    public Table getTable() {
        return table;
    }

    public boolean isTraining() {
        return running != null;
    }

    @Override
    public void setFocus() {
        table.setFocus();
    }

}
