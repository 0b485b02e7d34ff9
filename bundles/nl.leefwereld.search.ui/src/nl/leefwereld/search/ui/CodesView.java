// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.search.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ILazyContentProvider;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.part.ViewPart;

import nl.leefwereld.core.method.MethodDescriptor;
import nl.leefwereld.core.method.MethodRegistry;
import nl.leefwereld.model.Code;
import nl.leefwereld.model.Codebook;
import nl.leefwereld.model.Conversation;
import nl.leefwereld.search.CodeMatrix;
import nl.leefwereld.search.CodedSegment;
import nl.leefwereld.search.MatrixFiles;
import nl.leefwereld.search.Search;
import nl.leefwereld.search.SearchFilter;
import nl.leefwereld.search.SearchIndex;
import nl.leefwereld.search.SegmentPage;
import nl.leefwereld.store.AuditAction;
import nl.leefwereld.ui.WorkbenchStore;
import nl.leefwereld.ui.editor.ConversationEditor;

/**
 * Codes: the codebooks of all installed methods as a tree with the number of codings per code, for the conversation
 * in the editor, its client, or everything, optionally of one coder. Selecting a code lists its coded segments with
 * the utterance before and after, the coder and the origin; the code matrix of the same choice exports to CSV/XLSX.
 */
public class CodesView extends ViewPart {

    public static final String ID = "nl.leefwereld.search.ui.codes"; //$NON-NLS-1$

    /** A method with its codes (flattened); {@code methodId} null for codes in no installed codebook. */
    public record MethodNode(String methodId, String label, List<CodeNode> codes) {
    }

    /** A code and its number of codings in the current choice. */
    public record CodeNode(String methodId, String codeId, String label, int count) {
        String key() {
            return methodId + ':' + codeId;
        }
    }

    private Combo scope;
    private Text coder;
    private Label status;
    private TreeViewer tree;
    private TableViewer segments;
    private List<MethodNode> nodes = List.of();
    /** Segments read a page at a time. */
    static final int PAGE = 200;
    private SegmentSource source;

    @Override
    public void createPartControl(Composite parent) {
        parent.setLayout(new GridLayout(6, false));
        scope = new Combo(parent, SWT.READ_ONLY);
        scope.setItems(Messages.Codes_scopeConversation, Messages.Codes_scopeClient, Messages.Codes_scopeAll);
        scope.select(2);
        scope.addListener(SWT.Selection, e -> refresh());
        new Label(parent, SWT.NONE).setText(Messages.Codes_coder);
        coder = new Text(parent, SWT.BORDER);
        coder.setLayoutData(new GridData(120, SWT.DEFAULT));
        coder.addListener(SWT.DefaultSelection, e -> refresh());
        Button refresh = new Button(parent, SWT.PUSH);
        refresh.setText(Messages.Codes_refresh);
        refresh.addListener(SWT.Selection, e -> refresh());
        Button export = new Button(parent, SWT.PUSH);
        export.setText(Messages.Codes_export);
        export.addListener(SWT.Selection, e -> export());
        status = new Label(parent, SWT.NONE);
        status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));

        SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
        sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 6, 1));
        tree = new TreeViewer(sash, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
        tree.getTree().setHeaderVisible(true);
        tree.setContentProvider(new ITreeContentProvider() {
            @Override
            public Object[] getElements(Object input) {
                return nodes.toArray();
            }

            @Override
            public Object[] getChildren(Object parentElement) {
                return parentElement instanceof MethodNode m ? m.codes().toArray() : new Object[0];
            }

            @Override
            public Object getParent(Object element) {
                return null;
            }

            @Override
            public boolean hasChildren(Object element) {
                return element instanceof MethodNode m && !m.codes().isEmpty();
            }
        });
        treeColumn(Messages.Codes_columnCode, 220, SWT.LEFT,
                e -> e instanceof MethodNode m ? m.label() : ((CodeNode) e).label());
        treeColumn(Messages.Codes_columnCount, 80, SWT.RIGHT, e -> String.valueOf(e instanceof MethodNode m
                ? m.codes().stream().mapToInt(CodeNode::count).sum() : ((CodeNode) e).count()));
        tree.addSelectionChangedListener(e -> showSegments((IStructuredSelection) e.getSelection()));
        tree.setInput(this);

        // virtual: a code with 100,000 segments makes rows only for what is shown, read a page at a time
        segments = new TableViewer(sash, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL | SWT.VIRTUAL);
        segments.getTable().setHeaderVisible(true);
        segments.setContentProvider(new ILazyContentProvider() {
            @Override
            public void updateElement(int index) {
                CodedSegment segment = source == null ? null : source.get(index);
                if (segment != null) {
                    segments.replace(segment, index);
                }
            }
        });
        segmentColumn(Messages.Codes_segmentWhere, 150, s -> s.conversationTitle() + " #" + s.utteranceNumber()); //$NON-NLS-1$
        segmentColumn(Messages.Codes_segmentBefore, 200, CodedSegment::before);
        segmentColumn(Messages.Codes_segmentText, 260, s -> s.speaker() + ": " + s.text()); //$NON-NLS-1$
        segmentColumn(Messages.Codes_segmentAfter, 200, CodedSegment::after);
        segmentColumn(Messages.Codes_segmentCoder, 80, CodedSegment::coder);
        segmentColumn(Messages.Codes_segmentOrigin, 130,
                s -> CodedSegment.ACCEPTED.equals(s.origin()) ? Messages.Codes_accepted : Messages.Codes_human);
        segments.setInput(null);
        segments.setItemCount(0);
        sash.setWeights(30, 70);
        refresh();
    }

    private void treeColumn(String title, int width, int align, java.util.function.Function<Object, String> text) {
        TreeViewerColumn column = new TreeViewerColumn(tree, align);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply(element);
            }
        });
    }

    private void segmentColumn(String title, int width, java.util.function.Function<CodedSegment, String> text) {
        TableViewerColumn column = new TableViewerColumn(segments, SWT.LEFT);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((CodedSegment) element);
            }
        });
    }

    /** The filter of the current choice: scope (conversation in the editor, its client, everything) and coder. */
    private SearchFilter filter() {
        SearchFilter filter = SearchFilter.none();
        String who = coder.getText().trim();
        if (!who.isEmpty()) {
            filter = filter.withCoder(who);
        }
        Conversation current = currentConversation();
        if (current == null || scope.getSelectionIndex() == 2) {
            return filter;
        }
        if (scope.getSelectionIndex() == 0) {
            return filter.withConversation(current.getId());
        }
        return current.getTrajectory() != null && current.getTrajectory().getClient() != null
                ? filter.withClient(current.getTrajectory().getClient().getId())
                : filter.withConversation(current.getId());
    }

    private Conversation currentConversation() {
        IEditorPart editor = getSite().getPage().getActiveEditor();
        return editor instanceof ConversationEditor c ? c.getConversation() : null;
    }

    /** Counts again for the current choice (in a job). */
    public void refresh() {
        if (!WorkbenchStore.get().isOpen()) {
            return;
        }
        var store = WorkbenchStore.get().store();
        SearchFilter filter = filter();
        boolean noConversation = scope.getSelectionIndex() != 2 && currentConversation() == null;
        Job job = Job.create(Messages.Codes_job, (IProgressMonitor monitor) -> {
            Map<String, Integer> counts = Search.of(store).codeCounts(filter);
            List<MethodNode> built = build(counts);
            tree.getControl().getDisplay().asyncExec(() -> {
                if (tree.getControl().isDisposed()) {
                    return;
                }
                // the selected code stays selected (its segments shown again) when the counts are renewed
                String selected = tree.getStructuredSelection().getFirstElement() instanceof CodeNode c ? c.key()
                        : null;
                nodes = built;
                tree.refresh();
                tree.expandAll();
                if (selected != null) {
                    built.stream().flatMap(m -> m.codes().stream()).filter(n -> n.key().equals(selected)).findFirst()
                            .ifPresent(n -> tree.setSelection(new StructuredSelection(n), true));
                }
                status.setText(noConversation ? Messages.Codes_noConversation : ""); //$NON-NLS-1$
            });
            return Status.OK_STATUS;
        });
        job.schedule();
    }

    private static List<MethodNode> build(Map<String, Integer> counts) {
        List<MethodNode> result = new ArrayList<>();
        Set<String> known = new HashSet<>();
        for (MethodDescriptor method : new MethodRegistry(Platform.getExtensionRegistry()).methods()) {
            List<CodeNode> codes = new ArrayList<>();
            try {
                Codebook codebook = method.loadCodebook();
                if (codebook != null) {
                    addCodes(method.id(), codebook.getCodes(), counts, codes);
                }
            } catch (IOException | RuntimeException e) {
                // a codebook that cannot be read shows its method without codes
            }
            codes.forEach(c -> known.add(c.key()));
            result.add(new MethodNode(method.id(), method.name(), codes));
        }
        List<CodeNode> other = new ArrayList<>();
        counts.forEach((key, count) -> {
            if (!known.contains(key)) {
                int colon = key.indexOf(':');
                other.add(new CodeNode(key.substring(0, colon), key.substring(colon + 1), key, count));
            }
        });
        if (!other.isEmpty()) {
            result.add(new MethodNode(null, Messages.Codes_other, other));
        }
        return result;
    }

    private static void addCodes(String methodId, List<Code> codes, Map<String, Integer> counts, List<CodeNode> into) {
        for (Code code : codes) {
            String label = code.getLabel() == null || code.getLabel().isBlank() ? code.getId() : code.getLabel();
            into.add(new CodeNode(methodId, code.getId(), label, counts.getOrDefault(methodId + ':' + code.getId(), 0)));
            addCodes(methodId, code.getCodes(), counts, into);
        }
    }

    private void showSegments(IStructuredSelection selection) {
        if (!(selection.getFirstElement() instanceof CodeNode code) || !WorkbenchStore.get().isOpen()) {
            source = null;
            segments.setInput(null);
            segments.setItemCount(0);
            return;
        }
        SearchIndex index = Search.of(WorkbenchStore.get().store());
        source = new SegmentSource(index, filter().withCode(code.key()), PAGE);
        segments.setInput(source);
        segments.setItemCount(source.total());
        status.setText(NLS.bind(Messages.Codes_segments, source.total()));
    }

    /** Rows of the segment table read from the index a page at a time (a few pages kept). */
    static final class SegmentSource {
        private static final int KEPT_PAGES = 8;
        private final SearchIndex index;
        private final SearchFilter filter;
        private final int pageSize;
        private final int total;
        private final Map<Integer, List<CodedSegment>> pages = new LinkedHashMap<>(16, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<Integer, List<CodedSegment>> eldest) {
                return size() > KEPT_PAGES;
            }
        };
        private int read;

        SegmentSource(SearchIndex index, SearchFilter filter, int pageSize) {
            this.index = index;
            this.filter = filter;
            this.pageSize = pageSize;
            SegmentPage first = index.retrieve(filter, 0, pageSize);
            this.total = first.total();
            pages.put(0, first.segments());
            read = first.segments().size();
        }

        int total() {
            return total;
        }

        /** The segment at this row, or null past the end. */
        CodedSegment get(int row) {
            if (row < 0 || row >= total) {
                return null;
            }
            int number = row / pageSize;
            List<CodedSegment> page = pages.get(number);
            if (page == null) {
                page = index.retrieve(filter, number * pageSize, pageSize).segments();
                pages.put(number, page);
                read += page.size();
            }
            int at = row - number * pageSize;
            return at < page.size() ? page.get(at) : null;
        }
    }

    /** The number of segments of the selected code (rows of the table, most of them not yet made). */
    public int getSegmentTotal() {
        return source == null ? 0 : source.total();
    }

    /** How many segments were read from the index for the table so far (page by page, as rows were shown). */
    public int getSegmentsRead() {
        return source == null ? 0 : source.read;
    }

    private void export() {
        if (!WorkbenchStore.get().isOpen()) {
            return;
        }
        FileDialog dialog = new FileDialog(getSite().getShell(), SWT.SAVE);
        dialog.setFilterExtensions(new String[] { "*.xlsx", "*.csv" }); //$NON-NLS-1$ //$NON-NLS-2$
        dialog.setFileName("codematrix.xlsx"); //$NON-NLS-1$
        dialog.setOverwrite(true);
        String chosen = dialog.open();
        if (chosen != null) {
            exportTo(Path.of(chosen));
        }
    }

    /** Writes the code matrix (codes x conversations) of the current choice to this file. */
    public void exportTo(Path file) {
        var store = WorkbenchStore.get().store();
        CodeMatrix matrix = Search.of(store).matrix(false, filter());
        try {
            MatrixFiles.write(matrix, file);
            store.audit(AuditAction.EXPORT, null, null, "code matrix " + file.getFileName()); //$NON-NLS-1$
            status.setText(NLS.bind(Messages.Codes_exported, file));
        } catch (IOException | RuntimeException e) {
            MessageDialog.openError(getSite().getShell(), Messages.Codes_export,
                    NLS.bind(Messages.Codes_exportFailed, file, e.getMessage()));
        }
    }

    public TreeViewer getTree() {
        return tree;
    }

    public TableViewer getSegments() {
        return segments;
    }

    /** The status line (for tests). */
    public String getStatus() {
        return status.getText();
    }

    public List<MethodNode> getNodes() {
        return nodes;
    }

    public void setScope(int index) {
        scope.select(index);
        refresh();
    }

    @Override
    public void setFocus() {
        tree.getControl().setFocus();
    }
}
