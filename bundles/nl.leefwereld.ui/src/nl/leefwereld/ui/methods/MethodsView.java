// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.ui.methods;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.GroupMarker;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.ViewPart;

import nl.leefwereld.core.method.AnalyzerDescriptor;
import nl.leefwereld.core.method.MethodDescriptor;
import nl.leefwereld.ui.Icons;

/** The installed methods: what they are, where they come from, how many codes and which analyses they bring. */
public class MethodsView extends ViewPart {

    public static final String ID = "nl.leefwereld.ui.methods"; //$NON-NLS-1$

    private TableViewer viewer;
    private MethodCatalog catalog;
    private LocalResourceManager resources;

    @Override
    public void createPartControl(Composite parent) {
        viewer = new TableViewer(parent, SWT.SINGLE | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        resources = new LocalResourceManager(JFaceResources.getResources(), viewer.getTable());

        TableViewerColumn name = column(180, Messages.Methods_columnName, MethodDescriptor::name);
        name.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return ((MethodDescriptor) element).name();
            }

            @Override
            public Image getImage(Object element) {
                var url = ((MethodDescriptor) element).iconUrl();
                return url == null ? null : resources.create(ImageDescriptor.createFromURL(url));
            }
        });
        column(140, Messages.Methods_columnId, MethodDescriptor::id);
        column(300, Messages.Methods_columnDescription, MethodDescriptor::description);
        column(260, Messages.Methods_columnSource, MethodDescriptor::source);
        column(60, Messages.Methods_columnCodes, m -> Integer.toString(catalog.codeCount(m.id())));
        column(240, Messages.Methods_columnAnalyzers,
                m -> m.analyzers().stream().map(AnalyzerDescriptor::name).collect(Collectors.joining(", "))); //$NON-NLS-1$
        getSite().setSelectionProvider(viewer);
        // a double click opens the method's perspective, like "Openen in methode" in the context menu
        viewer.addDoubleClickListener(event -> {
            try {
                getSite().getService(org.eclipse.ui.handlers.IHandlerService.class).executeCommand(OpenInMethodHandler.COMMAND_ID,
                        null);
            } catch (org.eclipse.core.commands.common.CommandException e) {
                org.eclipse.ui.statushandlers.StatusManager.getManager().handle(
                        new org.eclipse.core.runtime.Status(org.eclipse.core.runtime.IStatus.ERROR, "nl.leefwereld.ui", e.getMessage(), e), //$NON-NLS-1$
                        org.eclipse.ui.statushandlers.StatusManager.SHOW);
            }
        });

        MenuManager menu = new MenuManager();
        menu.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
        viewer.getTable().setMenu(menu.createContextMenu(viewer.getTable()));
        getSite().registerContextMenu(menu, viewer);

        Action refresh = new Action(Messages.Methods_refresh) {
            @Override
            public void run() {
                refresh();
            }
        };
        refresh.setImageDescriptor(Icons.get("refresh.png")); //$NON-NLS-1$
        getViewSite().getActionBars().getToolBarManager().add(refresh);
        refresh();
    }

    private TableViewerColumn column(int width, String title, Function<MethodDescriptor, String> text) {
        TableViewerColumn column = new TableViewerColumn(viewer, SWT.NONE);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((MethodDescriptor) element);
            }

            @Override
            public String getToolTipText(Object element) {
                return getText(element);
            }
        });
        return column;
    }

    /** Reads the installed methods anew (a method installed since shows up). */
    public void refresh() {
        catalog = MethodCatalog.installed();
        List<MethodDescriptor> methods = catalog.registry().methods();
        viewer.setInput(methods);
        List<String> problems = catalog.problems();
        if (!problems.isEmpty()) {
            setContentDescription(NLS.bind(Messages.Methods_problems, Integer.valueOf(problems.size()), String.join("; ", problems))); //$NON-NLS-1$
        } else {
            setContentDescription(methods.isEmpty() ? Messages.Methods_none : ""); //$NON-NLS-1$
        }
    }

    public TableViewer getViewer() {
        return viewer;
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }
}
