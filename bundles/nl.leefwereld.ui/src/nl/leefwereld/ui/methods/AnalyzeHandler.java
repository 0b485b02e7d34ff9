// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.ui.methods;

import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;

import nl.leefwereld.core.method.AnalyzerDescriptor;
import nl.leefwereld.core.method.MethodDescriptor;
import nl.leefwereld.model.Conversation;
import nl.leefwereld.ui.editor.ConversationEditor;
import nl.leefwereld.ui.editor.ConversationEditorInput;

/**
 * "Analyseren": runs the analyzers of all installed methods, or of one (the command parameter, or the method selected
 * in the Methods view), on the active conversation editor or the conversation selected in the navigator.
 */
public class AnalyzeHandler extends AbstractHandler {

    public static final String COMMAND_ID = "nl.leefwereld.ui.analyze"; //$NON-NLS-1$
    public static final String METHOD_PARAMETER = "nl.leefwereld.ui.analyze.method"; //$NON-NLS-1$

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        IWorkbenchPage page = HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage();
        IWorkbenchPart part = HandlerUtil.getActivePart(event);
        ISelection selection = HandlerUtil.getCurrentSelection(event);
        Object first = selection instanceof IStructuredSelection s ? s.getFirstElement() : null;
        ConversationEditor editor = part instanceof ConversationEditor e ? e : null;
        if (editor == null && first instanceof Conversation c) {
            try {
                editor = (ConversationEditor) page.openEditor(new ConversationEditorInput(c.getId(), c.getTitle()),
                        ConversationEditor.ID);
            } catch (PartInitException e) {
                throw new ExecutionException(e.getMessage(), e);
            }
        }
        if (editor == null && page.getActiveEditor() instanceof ConversationEditor e) {
            editor = e;
        }
        if (editor == null) {
            MessageDialog.openInformation(page.getWorkbenchWindow().getShell(), Messages.Analysis_title,
                    Messages.Analysis_noConversation);
            return null;
        }
        String methodId = event.getParameter(METHOD_PARAMETER);
        if (methodId == null && first instanceof MethodDescriptor m) {
            methodId = m.id();
        }
        return analyze(editor, methodId);
    }

    /**
     * Schedules the analysis of the editor's conversation.
     *
     * @param methodId only this method's analyzers, or {@code null} for all installed methods
     * @return the scheduled job, or {@code null} when there is nothing to run (the user was told)
     */
    public static AnalysisJob analyze(ConversationEditor editor, String methodId) {
        MethodCatalog catalog = MethodCatalog.installed();
        List<AnalyzerDescriptor> analyzers = catalog.registry().analyzers().stream()
                .filter(a -> methodId == null || methodId.equals(a.methodId())).toList();
        if (analyzers.isEmpty()) {
            MessageDialog.openInformation(editor.getSite().getShell(), Messages.Analysis_title,
                    NLS.bind(Messages.Analysis_noAnalyzers, String.join(", ", catalog.registry().methodIds()))); //$NON-NLS-1$
            return null;
        }
        AnalysisJob job = new AnalysisJob(editor, analyzers, catalog);
        job.schedule();
        return job;
    }
}
