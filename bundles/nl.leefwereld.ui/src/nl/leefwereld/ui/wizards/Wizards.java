// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.ui.wizards;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.IWizard;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;

import nl.leefwereld.model.Client;
import nl.leefwereld.model.Conversation;
import nl.leefwereld.model.Trajectory;
import nl.leefwereld.ui.editor.ConversationEditor;
import nl.leefwereld.ui.editor.ConversationEditorInput;

/** What the wizards share: the trajectory chooser, opening the result, the dialog. */
final class Wizards {

    private Wizards() {
    }

    static int open(Shell shell, IWizard wizard) {
        return open(shell, wizard, 520, 280);
    }

    /** The page size is a minimum: the dialog stays within a 1280x800 screen and can be made larger. */
    static int open(Shell shell, IWizard wizard, int width, int height) {
        WizardDialog dialog = new WizardDialog(shell, wizard);
        dialog.setPageSize(width, height);
        return dialog.open();
    }

    /** Every trajectory as "client — trajectory", in the order of the store's listing. */
    static List<Trajectory> trajectories(List<Client> clients) {
        List<Trajectory> all = new ArrayList<>();
        clients.forEach(c -> all.addAll(c.getTrajectories()));
        return all;
    }

    static void fill(Combo combo, List<Trajectory> trajectories, ISelection selection) {
        String selectedId = selectedTrajectoryId(selection);
        for (int i = 0; i < trajectories.size(); i++) {
            Trajectory t = trajectories.get(i);
            combo.add(t.getClient().getDisplayName() + " \u2014 " + t.getTitle()); //$NON-NLS-1$
            if (t.getId().equals(selectedId) || i == 0) {
                combo.select(i);
            }
        }
    }

    private static String selectedTrajectoryId(ISelection selection) {
        if (selection instanceof IStructuredSelection s && !s.isEmpty()) {
            Object first = s.getFirstElement();
            if (first instanceof Trajectory t) {
                return t.getId();
            }
            if (first instanceof Conversation c && c.getTrajectory() != null) {
                return c.getTrajectory().getId();
            }
            if (first instanceof Client c && !c.getTrajectories().isEmpty()) {
                return c.getTrajectories().get(0).getId();
            }
        }
        return null;
    }

    static void openEditor(IWorkbenchPage page, Conversation conversation) {
        try {
            page.openEditor(new ConversationEditorInput(conversation.getId(), conversation.getTitle()), ConversationEditor.ID);
        } catch (PartInitException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }
}
