// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.ui.wizards;

import java.util.Calendar;
import java.util.List;
import java.util.UUID;

import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DateTime;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchPage;

import nl.leefwereld.model.Conversation;
import nl.leefwereld.model.ConversationKind;
import nl.leefwereld.model.ModelFactory;
import nl.leefwereld.model.Participant;
import nl.leefwereld.model.ParticipantRole;
import nl.leefwereld.model.Trajectory;
import nl.leefwereld.store.StoreException;
import nl.leefwereld.ui.WorkbenchStore;

/** A conversation in a trajectory, with the professional and the client as its first participants. */
public class NewConversationWizard extends Wizard {

    private final IWorkbenchPage workbenchPage;
    private final ISelection selection;
    private final Page page = new Page();
    private List<Trajectory> trajectories = List.of();

    public NewConversationWizard(IWorkbenchPage workbenchPage, ISelection selection) {
        this.workbenchPage = workbenchPage;
        this.selection = selection;
        setWindowTitle(Messages.NewConversation_title);
    }

    @Override
    public void addPages() {
        addPage(page);
    }

    @Override
    public boolean performFinish() {
        ModelFactory f = ModelFactory.eINSTANCE;
        Trajectory trajectory = trajectories.get(page.trajectory.getSelectionIndex());
        Conversation conversation = f.createConversation();
        conversation.setId(UUID.randomUUID().toString());
        conversation.setTitle(page.title.getText().trim());
        conversation.setKind(ConversationKind.get(page.kind.getSelectionIndex()));
        conversation.setLanguage(page.language.getText().isBlank() ? null : page.language.getText().strip());
        Calendar date = Calendar.getInstance();
        date.set(page.date.getYear(), page.date.getMonth(), page.date.getDay(), page.time.getHours(), page.time.getMinutes(), 0);
        date.set(Calendar.MILLISECOND, 0);
        conversation.setDate(date.getTime());
        conversation.getParticipants().add(participant(page.professional.getText(), ParticipantRole.PROFESSIONAL));
        conversation.getParticipants().add(participant(page.client.getText(), ParticipantRole.CLIENT));
        trajectory.getConversations().add(conversation);
        try {
            WorkbenchStore store = WorkbenchStore.get();
            store.store().saveConversation(conversation);
            store.fireChanged();
        } catch (StoreException | IllegalStateException e) {
            page.setErrorMessage(e.getMessage());
            return false;
        }
        Wizards.openEditor(workbenchPage, conversation);
        return true;
    }

    private static Participant participant(String name, ParticipantRole role) {
        Participant p = ModelFactory.eINSTANCE.createParticipant();
        p.setId(UUID.randomUUID().toString());
        p.setName(name.trim());
        p.setRole(role);
        return p;
    }

    private final class Page extends WizardPage {
        Combo trajectory;
        Text title;
        Combo kind;
        DateTime date;
        DateTime time;
        Text language;
        Text professional;
        Text client;

        Page() {
            super("conversation"); //$NON-NLS-1$
            setTitle(Messages.NewConversation_title);
            setDescription(Messages.NewConversation_description);
        }

        @Override
        public void createControl(Composite parent) {
            Composite c = new Composite(parent, SWT.NONE);
            GridLayoutFactory.swtDefaults().numColumns(2).applyTo(c);
            new Label(c, SWT.NONE).setText(Messages.NewConversation_trajectory);
            trajectory = new Combo(c, SWT.READ_ONLY);
            try {
                trajectories = Wizards.trajectories(WorkbenchStore.get().store().listClients());
            } catch (IllegalStateException | StoreException e) {
                setErrorMessage(e.getMessage());
            }
            Wizards.fill(trajectory, trajectories, selection);
            title = NewClientWizard.field(c, Messages.NewConversation_titleField);
            new Label(c, SWT.NONE).setText(Messages.NewConversation_kind);
            kind = new Combo(c, SWT.READ_ONLY);
            for (ConversationKind k : ConversationKind.VALUES) {
                kind.add(nl.leefwereld.ui.editor.Messages.kindLabel(k));
            }
            kind.select(ConversationKind.FOLLOW_UP.getValue());
            new Label(c, SWT.NONE).setText(Messages.NewConversation_date);
            Composite when = new Composite(c, SWT.NONE);
            GridLayoutFactory.fillDefaults().numColumns(2).applyTo(when);
            date = new DateTime(when, SWT.DATE | SWT.DROP_DOWN);
            time = new DateTime(when, SWT.TIME | SWT.SHORT);
            language = NewClientWizard.field(c, Messages.NewConversation_language);
            language.setText("nl"); //$NON-NLS-1$
            professional = NewClientWizard.field(c, Messages.NewConversation_professional);
            client = NewClientWizard.field(c, Messages.NewConversation_client);
            trajectory.addListener(SWT.Selection, e -> {
                client.setText(selectedClientName());
                validate();
            });
            client.setText(selectedClientName());
            title.addModifyListener(e -> validate());
            professional.addModifyListener(e -> validate());
            client.addModifyListener(e -> validate());
            setControl(c);
            validate();
        }

        private String selectedClientName() {
            int i = trajectory.getSelectionIndex();
            return i < 0 ? "" : trajectories.get(i).getClient().getDisplayName(); //$NON-NLS-1$
        }

        private void validate() {
            String problem = trajectories.isEmpty() ? Messages.NewConversation_noTrajectory
                    : title.getText().isBlank() ? Messages.NewConversation_titleRequired
                    : professional.getText().isBlank() || client.getText().isBlank() ? Messages.NewConversation_namesRequired
                    : null;
            setErrorMessage(problem);
            setPageComplete(problem == null);
        }
    }
}
