// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.search.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.ViewPart;
import org.eclipse.ui.statushandlers.StatusManager;

import nl.leefwereld.search.Search;
import nl.leefwereld.search.SearchException;
import nl.leefwereld.search.SearchFilter;
import nl.leefwereld.search.SearchHit;
import nl.leefwereld.search.SearchIndex;
import nl.leefwereld.store.ConversationStore;
import nl.leefwereld.ui.WorkbenchStore;
import nl.leefwereld.ui.editor.ConversationEditor;
import nl.leefwereld.ui.editor.ConversationEditorInput;

/**
 * Zoeken: full-text search over every conversation. Results are keyword-in-context lines (before, match, after)
 * grouped by conversation; a double-click opens the conversation at the utterance. The search runs as a job (the
 * index of an encrypted database is built in memory on first use).
 */
public class SearchView extends ViewPart {

    public static final String ID = "nl.leefwereld.search.ui.search"; //$NON-NLS-1$
    private static final int LIMIT = 500;
    private static final int CONTEXT = 48;

    /** The hits of one conversation. */
    public record Group(String conversationId, String title, List<SearchHit> hits) {
    }

    private Text query;
    private Combo speaker;
    private Label status;
    private TreeViewer results;
    private List<Group> groups = List.of();
    /** The query whose results are shown. */
    private String shownQuery;
    /** The editors showing the matches of {@link #shownQuery}, highlighted until the next search or a clear. */
    private final List<ConversationEditor> highlighted = new ArrayList<>();

    @Override
    public void createPartControl(Composite parent) {
        parent.setLayout(new GridLayout(3, false));
        query = new Text(parent, SWT.BORDER | SWT.SEARCH | SWT.ICON_SEARCH);
        query.setMessage(Messages.Search_prompt);
        query.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        query.addListener(SWT.DefaultSelection, e -> search());
        speaker = new Combo(parent, SWT.READ_ONLY);
        speaker.setItems(Messages.Search_anySpeaker, Messages.Search_client, Messages.Search_professional);
        speaker.select(0);
        Button go = new Button(parent, SWT.PUSH);
        go.setText(Messages.Search_button);
        go.addListener(SWT.Selection, e -> search());
        status = new Label(parent, SWT.NONE);
        status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
        results = new TreeViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
        results.getTree().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 3, 1));
        results.getTree().setHeaderVisible(true);
        results.setContentProvider(new ITreeContentProvider() {
            @Override
            public Object[] getElements(Object input) {
                return groups.toArray();
            }

            @Override
            public Object[] getChildren(Object parentElement) {
                return parentElement instanceof Group g ? g.hits().toArray() : new Object[0];
            }

            @Override
            public Object getParent(Object element) {
                return null;
            }

            @Override
            public boolean hasChildren(Object element) {
                return element instanceof Group;
            }
        });
        Font bold = JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT);
        column(Messages.Search_columnLeft, 330, SWT.RIGHT, null, element -> element instanceof Group g
                ? NLS.bind(Messages.Search_conversation, g.title(), g.hits().size())
                : kwic(element)[0]);
        column(Messages.Search_columnMatch, 120, SWT.LEFT, bold, element -> element instanceof SearchHit ? kwic(element)[1] : ""); //$NON-NLS-1$
        column(Messages.Search_columnRight, 330, SWT.LEFT, null, element -> element instanceof SearchHit ? kwic(element)[2] : ""); //$NON-NLS-1$
        column(Messages.Search_columnSpeaker, 110, SWT.LEFT, null, element -> element instanceof SearchHit h ? h.speaker() : ""); //$NON-NLS-1$
        column(Messages.Search_columnNumber, 45, SWT.RIGHT, null, element -> element instanceof SearchHit h
                ? String.valueOf(h.utteranceNumber()) : ""); //$NON-NLS-1$
        results.addDoubleClickListener(e -> open((IStructuredSelection) e.getSelection()));
        results.setInput(this);
        Action clear = new Action(Messages.Search_clearHighlights) {
            @Override
            public void run() {
                clearHighlights();
            }
        };
        clear.setToolTipText(Messages.Search_clearHighlightsTip);
        getViewSite().getActionBars().getToolBarManager().add(clear);
    }

    /** Removes the highlighted matches from the editors opened from the results. */
    public void clearHighlights() {
        for (ConversationEditor editor : highlighted) {
            if (editor.getUtterancesViewer() != null && !editor.getUtterancesViewer().getControl().isDisposed()) {
                editor.setHighlighter(null);
            }
        }
        highlighted.clear();
    }

    private static String[] kwic(Object element) {
        return ((SearchHit) element).keywordInContext(CONTEXT);
    }

    private void column(String title, int width, int align, Font font, java.util.function.Function<Object, String> text) {
        TreeViewerColumn column = new TreeViewerColumn(results, align);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply(element);
            }

            @Override
            public Font getFont(Object element) {
                return element instanceof SearchHit ? font : null;
            }
        });
    }

    /** Searches for {@code words} as if typed (for tests and the key binding's caller). */
    public void search(String words) {
        query.setText(words);
        search();
    }

    private void search() {
        String words = query.getText().trim();
        if (words.isEmpty()) {
            return;
        }
        WorkbenchStore workbench = WorkbenchStore.get();
        if (!workbench.isOpen()) {
            status.setText(Messages.Search_noDatabase);
            return;
        }
        ConversationStore store = workbench.store();
        SearchFilter filter = switch (speaker.getSelectionIndex()) {
        case 1 -> SearchFilter.none().withSpeakerRole("client"); //$NON-NLS-1$
        case 2 -> SearchFilter.none().withSpeakerRole("professional"); //$NON-NLS-1$
        default -> SearchFilter.none();
        };
        clearHighlights();
        shownQuery = null;
        status.setText(Messages.Search_searching);
        Job job = Job.create(Messages.Search_job, (IProgressMonitor monitor) -> {
            String message;
            List<Group> found = new ArrayList<>();
            try {
                SearchIndex index = Search.of(store);
                List<SearchHit> hits = index.search(words, filter, LIMIT);
                int total = index.count(words, filter);
                Map<String, List<SearchHit>> byConversation = new LinkedHashMap<>();
                for (SearchHit h : hits) {
                    // a client's notes and memos are in no conversation: grouped by client
                    String key = h.isOnClient() ? "client " + h.clientId() : h.conversationId(); //$NON-NLS-1$
                    byConversation.computeIfAbsent(key, k -> new ArrayList<>()).add(h);
                }
                byConversation.forEach((key, list) -> {
                    SearchHit first = list.get(0);
                    found.add(first.isOnClient()
                            ? new Group("", NLS.bind(Messages.Search_clientNotes, first.conversationTitle()), list) //$NON-NLS-1$
                            : new Group(key, first.conversationTitle(), list));
                });
                message = total > hits.size() ? NLS.bind(Messages.Search_more, hits.size(), total)
                        : NLS.bind(Messages.Search_found, total, found.size());
            } catch (SearchException e) {
                message = e.getMessage();
            }
            String shown = message;
            if (!results.getControl().isDisposed()) {
                results.getControl().getDisplay().asyncExec(() -> show(words, found, shown));
            }
            return Status.OK_STATUS;
        });
        job.setUser(false);
        job.schedule();
    }

    private void show(String words, List<Group> found, String message) {
        if (results.getControl().isDisposed()) {
            return;
        }
        shownQuery = words;
        groups = found;
        results.refresh();
        results.expandAll();
        status.setText(message);
    }

    /** The result groups shown (for tests). */
    public List<Group> getGroups() {
        return groups;
    }

    /** The status line under the query (for tests). */
    public String getStatus() {
        return status.getText();
    }

    public TreeViewer getViewer() {
        return results;
    }

    /** Opens the conversation of the selected hit at its utterance, the query's matches highlighted. */
    public void open(IStructuredSelection selection) {
        if (!(selection.getFirstElement() instanceof SearchHit hit) || hit.isOnClient()) {
            return;
        }
        IWorkbenchPage page = getSite().getPage();
        try {
            var part = page.openEditor(new ConversationEditorInput(hit.conversationId(), hit.conversationTitle()),
                    ConversationEditor.ID, true);
            if (part instanceof ConversationEditor editor) {
                String words = shownQuery;
                if (words != null) {
                    editor.setHighlighter(text -> matches(words, text));
                    if (!highlighted.contains(editor)) {
                        highlighted.add(editor);
                    }
                }
                if (hit.utteranceNumber() > 0) {
                    editor.revealUtterances(List.of(hit.utteranceId()));
                }
            }
        } catch (PartInitException e) {
            StatusManager.getManager().handle(new Status(IStatus.ERROR, "nl.leefwereld.search.ui", e.getMessage(), e), //$NON-NLS-1$
                    StatusManager.SHOW);
        }
    }

    private static List<int[]> matches(String words, String text) {
        try {
            return SearchIndex.matches(words, text);
        } catch (SearchException e) {
            return List.of();
        }
    }

    @Override
    public void setFocus() {
        query.setFocus();
    }
}
