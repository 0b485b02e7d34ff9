// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.report.ui;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.RegistryFactory;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.BusyIndicator;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.dialogs.ListDialog;
import org.eclipse.ui.handlers.HandlerUtil;

import nl.leefwereld.model.Conversation;
import nl.leefwereld.report.ReportDescriptor;
import nl.leefwereld.report.ReportDescriptor.Subject;
import nl.leefwereld.report.ReportFormat;
import nl.leefwereld.report.ReportInput;
import nl.leefwereld.report.ReportRegistry;
import nl.leefwereld.report.Reports;
import nl.leefwereld.store.ConversationStore;
import nl.leefwereld.ui.WorkbenchStore;
import nl.leefwereld.ui.editor.ConversationEditor;

/**
 * <i>Rapport maken</i>: asks which report (unless the command names its kind, as each method's views do), then the
 * file (PDF, Word or HTML by its extension), and writes the report of the conversation in the editor (with its unsaved
 * edits) or of its client through the report service: the same report as {@code leefwereld report}, audited and
 * owner-only.
 */
public class MakeReportHandler extends AbstractHandler {

    /** The command's id. */
    public static final String COMMAND_ID = "nl.leefwereld.report.ui.makeReport"; //$NON-NLS-1$
    /** Its optional parameter: the kind of report ({@code mi}, {@code transcript}, …). */
    public static final String KIND = "nl.leefwereld.report.ui.makeReport.kind"; //$NON-NLS-1$

    /** What the handler asks the user; tests answer through {@link MakeReportHandler#setPrompts(Prompts)}. */
    public interface Prompts {
        /** The file to write (with one of the extensions), or {@code null} to cancel. */
        String saveFile(Shell shell, String suggestedName);

        /** The file for an option the report declares (e.g. a population table), or {@code null} for none. */
        String optionFile(Shell shell, String option);

        void error(Shell shell, String message);
    }

    private static final Prompts DIALOGS = new Prompts() {
        @Override
        public String saveFile(Shell shell, String suggestedName) {
            FileDialog dialog = new FileDialog(shell, SWT.SAVE);
            dialog.setText(Messages.MakeReport_title);
            dialog.setFilterExtensions(new String[] { "*.pdf", "*.docx", "*.html" }); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            dialog.setFilterNames(new String[] { Messages.MakeReport_pdf, Messages.MakeReport_docx, Messages.MakeReport_html });
            dialog.setFileName(suggestedName);
            dialog.setOverwrite(true);
            String file = dialog.open();
            if (file != null && ReportFormat.of(Path.of(file)) == null) {
                int index = Math.max(0, dialog.getFilterIndex());
                file += '.' + ReportFormat.values()[new int[] { 1, 2, 0 }[index]].extension();
            }
            return file;
        }

        @Override
        public String optionFile(Shell shell, String option) {
            FileDialog dialog = new FileDialog(shell, SWT.OPEN);
            dialog.setText(NLS.bind(Messages.MakeReport_option, option));
            return dialog.open();
        }

        @Override
        public void error(Shell shell, String message) {
            MessageDialog.openError(shell, Messages.MakeReport_title, message);
        }
    };

    private static volatile Prompts prompts = DIALOGS;

    /** For tests: answers instead of the dialogs; {@code null} restores the dialogs. */
    public static void setPrompts(Prompts replacement) {
        prompts = replacement == null ? DIALOGS : replacement;
    }

    @Override
    public Object execute(ExecutionEvent event) {
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
        Shell shell = window == null ? null : window.getShell();
        IEditorPart editor = window == null || window.getActivePage() == null ? null : window.getActivePage().getActiveEditor();
        Conversation conversation = editor instanceof ConversationEditor e ? e.getConversation() : null;
        ConversationStore store;
        try {
            store = WorkbenchStore.get().store();
        } catch (RuntimeException e) {
            store = null;
        }
        if (store == null) {
            prompts.error(shell, Messages.MakeReport_noDatabase);
            return null;
        }
        ReportRegistry registry = new ReportRegistry(RegistryFactory.getRegistry());
        String kind = event.getParameter(KIND);
        ReportDescriptor report = kind == null ? choose(shell, registry.reports(), conversation) : registry.byKind(kind);
        if (report == null) {
            if (kind != null) {
                prompts.error(shell, NLS.bind(Messages.MakeReport_unknownKind, kind));
            }
            return null;
        }
        if (report.subject() != Subject.ALL && conversation == null) {
            prompts.error(shell, Messages.MakeReport_noConversation);
            return null;
        }
        ReportInput input = switch (report.subject()) {
        case CONVERSATION -> ReportInput.of(store, conversation);
        case CLIENT -> {
            ReportInput of = ReportInput.of(store, conversation);
            yield new ReportInput(store, conversation, of.client());
        }
        case ALL -> ReportInput.ofAll(store);
        };
        Map<String, String> options = new HashMap<>();
        for (String option : report.options()) {
            String value = prompts.optionFile(shell, option);
            if (value != null) {
                options.put(option, value);
            }
        }
        String file = prompts.saveFile(shell, report.kind() + "-rapport.pdf"); //$NON-NLS-1$
        if (file == null) {
            return null;
        }
        Path path = Path.of(file);
        ReportFormat format = ReportFormat.of(path);
        if (format == null) {
            format = ReportFormat.PDF;
            path = Path.of(file + ".pdf"); //$NON-NLS-1$
        }
        write(shell, report, input.with(options), format, path);
        return null;
    }

    private static void write(Shell shell, ReportDescriptor report, ReportInput input, ReportFormat format, Path path) {
        Exception[] failure = new Exception[1];
        Runnable run = () -> {
            try {
                Reports.export(report, input, format, path, new NullProgressMonitor());
            } catch (Exception e) {
                failure[0] = e;
            }
        };
        if (shell == null) {
            run.run();
        } else {
            BusyIndicator.showWhile(shell.getDisplay(), run);
        }
        if (failure[0] != null) {
            prompts.error(shell, NLS.bind(Messages.MakeReport_failed, path, failure[0].getMessage()));
        }
    }

    private static ReportDescriptor choose(Shell shell, List<ReportDescriptor> reports, Conversation conversation) {
        ListDialog dialog = new ListDialog(shell);
        dialog.setTitle(Messages.MakeReport_title);
        dialog.setMessage(NLS.bind(Messages.MakeReport_choose,
                conversation == null || conversation.getTitle() == null ? "" : conversation.getTitle())); //$NON-NLS-1$
        dialog.setContentProvider(ArrayContentProvider.getInstance());
        dialog.setLabelProvider(new LabelProvider() {
            @Override
            public String getText(Object element) {
                ReportDescriptor d = (ReportDescriptor) element;
                return d.name() + (d.description() == null ? "" : " \u2014 " + d.description()); //$NON-NLS-1$ //$NON-NLS-2$
            }
        });
        dialog.setInput(reports.stream().filter(d -> conversation != null || d.subject() == Subject.ALL).toList());
        if (dialog.open() != Window.OK || dialog.getResult().length == 0) {
            return null;
        }
        return (ReportDescriptor) dialog.getResult()[0];
    }
}
