// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.ui.methods;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;

import nl.leefwereld.core.method.AnalysisResult;
import nl.leefwereld.core.method.Analyzer;
import nl.leefwereld.core.method.AnalyzerDescriptor;
import nl.leefwereld.core.method.AnnotationSuggestion;
import nl.leefwereld.core.method.Finding;
import nl.leefwereld.model.Conversation;
import nl.leefwereld.model.Utterance;
import nl.leefwereld.ui.editor.ConversationEditor;
import nl.leefwereld.ui.editor.FindingMarker;

/**
 * Runs analyzers on a copy of an editor's conversation outside the UI thread, with progress and cancel; then, in
 * the UI thread, puts the suggestions into the editor (one undoable command) and the findings into the Findings view.
 */
public final class AnalysisJob extends Job {

    /** The family of all analysis jobs (for {@code IJobManager.join}). */
    public static final String FAMILY = "nl.leefwereld.ui.analysis"; //$NON-NLS-1$

    private final ConversationEditor editor;
    private final Conversation copy;
    private final List<AnalyzerDescriptor> analyzers;
    private final MethodCatalog catalog;
    private final Display display;

    /** Create in the UI thread: it copies the conversation as it is now. */
    public AnalysisJob(ConversationEditor editor, List<AnalyzerDescriptor> analyzers, MethodCatalog catalog) {
        super(NLS.bind(Messages.Analysis_jobName, editor.getConversation().getTitle()));
        this.editor = editor;
        this.copy = EcoreUtil.copy(editor.getConversation());
        this.analyzers = List.copyOf(analyzers);
        this.catalog = catalog;
        this.display = Display.getCurrent();
        setUser(true);
    }

    @Override
    public boolean belongsTo(Object family) {
        return FAMILY.equals(family);
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        SubMonitor sub = SubMonitor.convert(monitor, getName(), analyzers.size());
        Map<String, List<AnnotationSuggestion>> suggestions = new LinkedHashMap<>();
        Map<Finding, String> findings = new LinkedHashMap<>();
        try {
            for (AnalyzerDescriptor d : analyzers) {
                sub.subTask(NLS.bind(Messages.Analysis_analyzer, d.name()));
                SubMonitor one = sub.split(1);
                try {
                    Analyzer analyzer = d.create();
                    AnalysisResult result = d.scope() == AnalyzerDescriptor.Scope.MANY
                            ? analyzer.analyzeAll(List.of(copy), one)
                            : analyzer.analyze(copy, one);
                    suggestions.put(d.id(), result.suggestions());
                    for (Finding f : result.findings()) {
                        findings.put(f, d.methodId());
                    }
                } catch (OperationCanceledException e) {
                    throw e;
                } catch (RuntimeException e) {
                    findings.put(new Finding(Finding.Severity.PROBLEM, NLS.bind(Messages.Analysis_failed, d.name(),
                            String.valueOf(e.getMessage())), e.getClass().getName(), copy.getId(), List.of()), d.methodId());
                }
            }
        } catch (OperationCanceledException e) {
            return Status.CANCEL_STATUS;
        }
        if (!display.isDisposed()) {
            display.asyncExec(() -> apply(suggestions, findings));
        }
        return Status.OK_STATUS;
    }

    private void apply(Map<String, List<AnnotationSuggestion>> suggestions, Map<Finding, String> findings) {
        Conversation conversation = editor.getConversation();
        if (editor.getUtterancesViewer() != null && !editor.getUtterancesViewer().getControl().isDisposed()) {
            editor.applySuggestions(suggestions);
        }
        List<FindingsView.Row> rows = new ArrayList<>();
        List<FindingMarker> markers = new ArrayList<>();
        for (Map.Entry<Finding, String> e : findings.entrySet()) {
            Finding f = e.getKey();
            markers.add(new FindingMarker(f.severity(), catalog.methodName(e.getValue()), f.message(), f.utteranceIds()));
            rows.add(new FindingsView.Row(f.severity(), catalog.methodName(e.getValue()), f.message(), f.reason(),
                    conversation.getId(), conversation.getTitle(), f.utteranceIds(), numbers(conversation, f.utteranceIds())));
        }
        int count = 0;
        for (List<AnnotationSuggestion> list : suggestions.values()) {
            for (AnnotationSuggestion s : list) {
                count++;
                String label = catalog.code(s.methodId(), s.codeId()) == null ? "? " + s.codeId() //$NON-NLS-1$
                        : catalog.code(s.methodId(), s.codeId()).getLabel();
                List<String> ids = List.of(s.utteranceId());
                rows.add(new FindingsView.Row(Finding.Severity.INFO, catalog.methodName(s.methodId()),
                        NLS.bind(Messages.Findings_suggestion, label), s.reason(), conversation.getId(),
                        conversation.getTitle(), ids, numbers(conversation, ids)));
            }
        }
        editor.setFindingMarkers(markers);
        IWorkbenchPage page = editor.getSite().getPage();
        try {
            FindingsView view = (FindingsView) page.showView(FindingsView.ID, null, IWorkbenchPage.VIEW_VISIBLE);
            view.show(conversation.getTitle(), rows, findings.size(), count);
        } catch (PartInitException e) {
            org.eclipse.jface.dialogs.MessageDialog.openError(editor.getSite().getShell(), Messages.Findings_title, e.getMessage());
        }
    }

    private static List<Integer> numbers(Conversation conversation, List<String> utteranceIds) {
        List<Integer> numbers = new ArrayList<>();
        List<Utterance> all = conversation.getUtterances();
        for (int i = 0; i < all.size(); i++) {
            if (utteranceIds.contains(all.get(i).getId())) {
                numbers.add(Integer.valueOf(i + 1));
            }
        }
        return numbers;
    }
}
