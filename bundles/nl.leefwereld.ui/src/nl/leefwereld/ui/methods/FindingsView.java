// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.ui.methods;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IEditorPart;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.ViewPart;

import nl.leefwereld.core.method.Finding;
import nl.leefwereld.ui.editor.ConversationEditor;
import nl.leefwereld.ui.editor.ConversationEditorInput;
import nl.leefwereld.ui.Icons;

/**
 * What the last analysis found: its findings and its suggestions, each with its reason. Double click selects the
 * utterances in the conversation editor.
 */
public class FindingsView extends ViewPart {

    public static final String ID = "nl.leefwereld.ui.findings"; //$NON-NLS-1$

    /**
     * One line of the view.
     *
     * @param utteranceIds     the utterances, in the conversation's order
     * @param utteranceNumbers their numbers in the transcript (1-based)
     */
    public record Row(Finding.Severity severity, String method, String message, String reason, String conversationId,
            String conversationTitle, List<String> utteranceIds, List<Integer> utteranceNumbers) {
    }

    private TableViewer viewer;
    private List<Row> rows = List.of();

    @Override
    public void createPartControl(Composite parent) {
        viewer = new TableViewer(parent, SWT.MULTI | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        LocalResourceManager resources = new LocalResourceManager(JFaceResources.getResources(), viewer.getTable());
        Image info = resources.create(Icons.get("info.png")); //$NON-NLS-1$
        Image warning = resources.create(Icons.get("warning.png")); //$NON-NLS-1$
        Image problem = resources.create(Icons.get("problem.png")); //$NON-NLS-1$
        TableViewerColumn severity = column(90, Messages.Findings_columnSeverity, r -> Messages.severityLabel(r.severity()));
        severity.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return Messages.severityLabel(((Row) element).severity());
            }

            @Override
            public Image getImage(Object element) {
                return switch (((Row) element).severity()) {
                    case INFO -> info;
                    case WARNING -> warning;
                    case PROBLEM -> problem;
                };
            }
        });
        column(120, Messages.Findings_columnMethod, Row::method);
        column(320, Messages.Findings_columnMessage, Row::message);
        column(360, Messages.Findings_columnReason, Row::reason);
        column(100, Messages.Findings_columnUtterances,
                r -> r.utteranceNumbers().stream().map(String::valueOf).collect(Collectors.joining(", "))); //$NON-NLS-1$
        viewer.addDoubleClickListener(e -> {
            if (viewer.getStructuredSelection().getFirstElement() instanceof Row row) {
                reveal(row);
            }
        });
        getSite().setSelectionProvider(viewer);
        viewer.setInput(rows);
    }

    private TableViewerColumn column(int width, String title, Function<Row, String> text) {
        TableViewerColumn column = new TableViewerColumn(viewer, SWT.NONE);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((Row) element);
            }
        });
        return column;
    }

    /** Shows the result of an analysis of one conversation. */
    public void show(String conversationTitle, List<Row> newRows, int findings, int suggestions) {
        rows = List.copyOf(newRows);
        setContentDescription(NLS.bind(Messages.Findings_summary,
                new Object[] { conversationTitle, Integer.valueOf(findings), Integer.valueOf(suggestions) }));
        if (viewer != null && !viewer.getControl().isDisposed()) {
            viewer.setInput(rows);
        }
    }

    public List<Row> getRows() {
        return rows;
    }

    public TableViewer getViewer() {
        return viewer;
    }

    /** Opens (or activates) the conversation of the row and selects its utterances. */
    public ConversationEditor reveal(Row row) {
        if (row.conversationId() == null) {
            return null;
        }
        IWorkbenchPage page = getSite().getPage();
        try {
            IEditorPart part = page.openEditor(new ConversationEditorInput(row.conversationId(), row.conversationTitle()),
                    ConversationEditor.ID);
            if (part instanceof ConversationEditor editor) {
                editor.revealUtterances(row.utteranceIds());
                return editor;
            }
        } catch (PartInitException e) {
            MessageDialog.openError(getSite().getShell(), Messages.Findings_title, e.getMessage());
        }
        return null;
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }
}
