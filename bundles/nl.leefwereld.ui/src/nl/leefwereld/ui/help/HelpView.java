// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.ui.help;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.help.HelpSystem;
import org.eclipse.help.IContext;
import org.eclipse.help.IHelpResource;
import org.eclipse.help.IToc;
import org.eclipse.help.ITopic;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Cursor;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPlaceholderFolderLayout;
import org.eclipse.ui.part.ViewPart;

/**
 * The help: the table of contents of every installed method's guide on the left, the page on the right (rendered
 * from its XHTML, see {@link HelpPage}); context help (F1) shows the active view's explanation and its topics.
 */
public class HelpView extends ViewPart {

    public static final String ID = "nl.leefwereld.ui.help"; //$NON-NLS-1$
    /** The first page: the general guide. */
    public static final String START = "/nl.leefwereld.ui/help/start.html"; //$NON-NLS-1$

    private TreeViewer toc;
    private StyledText page;
    private HelpPage shown;
    private String contextText;
    private Cursor hand;

    /** A stack of its own right of the editor, for the perspectives (opened by F1 or Help > Inhoud). */
    public static void addPlaceholder(IPageLayout layout) {
        IPlaceholderFolderLayout folder = layout.createPlaceholderFolder("nl.leefwereld.ui.helpFolder", IPageLayout.RIGHT, //$NON-NLS-1$
                0.6f, layout.getEditorArea());
        folder.addPlaceholder(ID);
    }

    @Override
    public void createPartControl(Composite parent) {
        SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
        toc = new TreeViewer(sash, SWT.SINGLE | SWT.V_SCROLL);
        toc.setContentProvider(new TocContent());
        toc.setLabelProvider(new LabelProvider() {
            @Override
            public String getText(Object element) {
                return element instanceof IHelpResource r ? r.getLabel() : String.valueOf(element);
            }
        });
        toc.setInput(HelpSystem.getTocs());
        toc.expandToLevel(2);
        toc.addSelectionChangedListener(e -> {
            Object first = e.getStructuredSelection().getFirstElement();
            if (first instanceof IHelpResource r && r.getHref() != null && (shown == null || !r.getHref().equals(shown.href()))) {
                showPage(r.getHref());
            }
        });
        page = new StyledText(sash, SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL);
        page.setMargins(12, 8, 12, 8);
        page.setEditable(false);
        hand = new Cursor(parent.getDisplay(), SWT.CURSOR_HAND);
        page.addListener(SWT.MouseUp, e -> {
            String href = linkAt(new Point(e.x, e.y));
            if (href != null) {
                showPage(href);
            }
        });
        page.addListener(SWT.MouseMove, e -> page.setCursor(linkAt(new Point(e.x, e.y)) != null ? hand : null));
        page.addListener(SWT.Dispose, e -> hand.dispose());
        sash.setWeights(28, 72);
        showPage(START);
    }

    /** Shows a page of the help ({@code /<bundle>/<path>}), or says that it is missing. */
    public void showPage(String href) {
        contextText = null;
        try {
            render(HelpPage.read(href));
        } catch (IOException e) {
            shown = null;
            page.setText(NLS.bind(Messages.Help_missing, href));
            page.setStyleRanges(new StyleRange[0]);
        }
    }

    /** Shows context help: the view's explanation, its topics as links, and the first topic below. */
    public void showContext(IContext context, String partName) {
        IHelpResource[] topics = context.getRelatedTopics();
        if (topics != null && topics.length > 0) {
            showPage(topics[0].getHref());
        }
        contextText = (partName == null ? "" : partName + ": ") + context.getText(); //$NON-NLS-1$ //$NON-NLS-2$
        if (shown != null) {
            render(shown);
        } else {
            page.setText(contextText);
        }
    }

    private void render(HelpPage help) {
        shown = help;
        String prefix = contextText == null ? "" : contextText + "\n\n"; //$NON-NLS-1$ //$NON-NLS-2$
        page.setText(prefix + help.text());
        List<StyleRange> ranges = new ArrayList<>();
        if (!prefix.isEmpty()) {
            StyleRange context = new StyleRange(0, contextText.length(), null, null, SWT.ITALIC);
            ranges.add(context);
        }
        for (HelpPage.Span span : help.spans()) {
            StyleRange range = new StyleRange();
            range.start = prefix.length() + span.start();
            range.length = span.length();
            switch (span.style()) {
                case HEADING -> range.font = JFaceResources.getHeaderFont();
                case SUBHEADING -> range.font = JFaceResources.getBannerFont();
                case BOLD -> range.fontStyle = SWT.BOLD;
                case ITALIC -> range.fontStyle = SWT.ITALIC;
                case CODE -> range.font = JFaceResources.getTextFont();
            }
            ranges.add(range);
        }
        for (HelpPage.Link link : help.links()) {
            StyleRange range = new StyleRange();
            range.start = prefix.length() + link.start();
            range.length = link.length();
            range.underline = true;
            range.underlineStyle = SWT.UNDERLINE_LINK;
            range.data = link.href();
            ranges.add(range);
        }
        // StyledText wants ranges in order and not overlapping: later (inner) spans win
        page.setStyleRanges(merge(ranges, page.getCharCount()));
        page.setTopIndex(0);
        selectInToc(help.href());
        setContentDescription(help.title());
    }

    private static StyleRange[] merge(List<StyleRange> ranges, int length) {
        StyleRange[] perChar = new StyleRange[length];
        for (StyleRange r : ranges) {
            for (int i = r.start; i < Math.min(length, r.start + r.length); i++) {
                StyleRange combined = perChar[i] == null ? new StyleRange() : (StyleRange) perChar[i].clone();
                combined.fontStyle |= r.fontStyle;
                if (r.font != null) {
                    combined.font = r.font;
                }
                if (r.underline) {
                    combined.underline = true;
                    combined.underlineStyle = r.underlineStyle;
                    combined.data = r.data;
                }
                perChar[i] = combined;
            }
        }
        List<StyleRange> merged = new ArrayList<>();
        for (int i = 0; i < length; i++) {
            StyleRange r = perChar[i];
            if (r == null) {
                continue;
            }
            StyleRange last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && last.start + last.length == i && last.similarTo(r) && java.util.Objects.equals(last.data, r.data)) {
                last.length++;
            } else {
                StyleRange copy = (StyleRange) r.clone();
                copy.start = i;
                copy.length = 1;
                merged.add(copy);
            }
        }
        return merged.toArray(StyleRange[]::new);
    }

    private String linkAt(Point point) {
        int offset = page.getOffsetAtPoint(point);
        if (offset < 0) {
            return null;
        }
        StyleRange range = page.getStyleRangeAtOffset(offset);
        return range != null && range.data instanceof String href ? href : null;
    }

    private void selectInToc(String href) {
        for (IToc book : HelpSystem.getTocs()) {
            ITopic topic = book.getTopic(href);
            if (topic != null) {
                toc.setSelection(new StructuredSelection(topic), true);
                return;
            }
        }
    }

    /** What the page shows now, as plain text (for tests and copy). */
    public String getPageText() {
        return page.getText();
    }

    public HelpPage getPage() {
        return shown;
    }

    public TreeViewer getToc() {
        return toc;
    }

    @Override
    public void setFocus() {
        page.setFocus();
    }

    /** Books, then their topics. */
    private static final class TocContent implements ITreeContentProvider {
        @Override
        public Object[] getElements(Object input) {
            return (Object[]) input;
        }

        @Override
        public Object[] getChildren(Object parent) {
            if (parent instanceof IToc book) {
                return book.getTopics();
            }
            return parent instanceof ITopic topic ? topic.getSubtopics() : new Object[0];
        }

        @Override
        public Object getParent(Object element) {
            return null;
        }

        @Override
        public boolean hasChildren(Object element) {
            return getChildren(element).length > 0;
        }
    }
}
