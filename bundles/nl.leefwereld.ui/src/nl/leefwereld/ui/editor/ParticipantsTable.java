// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.ui.editor;

import org.eclipse.jface.action.ToolBarManager;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;

import nl.leefwereld.model.ModelPackage;
import nl.leefwereld.model.Participant;
import nl.leefwereld.model.ParticipantRole;

/** Who takes part: name and role, edited in place. */
final class ParticipantsTable {

    private final ConversationEditor editor;
    private TableViewer viewer;

    ParticipantsTable(ConversationEditor editor) {
        this.editor = editor;
    }

    TableViewer create(Composite parent) {
        // the table, its add and delete buttons beside it (the parent lays out two columns)
        viewer = new TableViewer(parent, SWT.MULTI | SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL);
        ToolBarManager tools = new ToolBarManager(SWT.FLAT | SWT.VERTICAL);
        tools.createControl(parent).setLayoutData(new org.eclipse.swt.layout.GridData(SWT.CENTER, SWT.TOP, false, false));
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        viewer.setContentProvider(ArrayContentProvider.getInstance());

        TableViewerColumn name = new TableViewerColumn(viewer, SWT.NONE);
        name.getColumn().setText(Messages.Editor_columnParticipant);
        name.getColumn().setWidth(170);
        name.setLabelProvider(ColumnLabelProvider.createTextProvider(p -> ((Participant) p).getName()));
        name.setEditingSupport(FeatureEditing.text(viewer, editor, ModelPackage.Literals.PARTICIPANT__NAME, false));

        TableViewerColumn role = new TableViewerColumn(viewer, SWT.NONE);
        role.getColumn().setText(Messages.Editor_columnRole);
        role.getColumn().setWidth(130);
        role.setLabelProvider(ColumnLabelProvider.createTextProvider(p -> Messages.roleLabel(((Participant) p).getRole())));
        role.setEditingSupport(FeatureEditing.choice(viewer, editor, ModelPackage.Literals.PARTICIPANT__ROLE,
                () -> ParticipantRole.VALUES, Messages::roleLabel));

        // The table shares the band with the title: the role keeps its width (up to 130 px), the name takes the rest,
        // so both stay in sight without scrolling sideways when the editor is narrow.
        viewer.getTable().addListener(SWT.Resize, e -> {
            int width = viewer.getTable().getClientArea().width;
            int roleWidth = Math.min(130, Math.max(80, width * 2 / 5));
            role.getColumn().setWidth(roleWidth);
            name.getColumn().setWidth(Math.max(60, width - roleWidth));
        });

        ISharedImages images = PlatformUI.getWorkbench().getSharedImages();
        tools.add(UtterancesTable.action(Messages.Editor_addParticipant, images.getImageDescriptor(ISharedImages.IMG_OBJ_ADD), editor::addParticipant));
        tools.add(UtterancesTable.action(Messages.Editor_deleteParticipant, images.getImageDescriptor(ISharedImages.IMG_ETOOL_DELETE),
                () -> editor.deleteParticipants(viewer.getStructuredSelection().toList())));
        tools.update(true);
        return viewer;
    }
}
