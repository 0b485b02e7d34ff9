// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.ui.wizards;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import nl.leefwereld.model.Client;
import nl.leefwereld.model.ClientAttribute;
import nl.leefwereld.model.ModelFactory;
import nl.leefwereld.model.Trajectory;
import nl.leefwereld.store.StoreException;
import nl.leefwereld.ui.WorkbenchStore;

/** A client (name, pseudonym, optional attributes such as age group or neighbourhood) with a first trajectory. */
public class NewClientWizard extends Wizard {

    private final Page page = new Page();

    public NewClientWizard() {
        setWindowTitle(Messages.NewClient_title);
    }

    @Override
    public void addPages() {
        addPage(page);
    }

    @Override
    public boolean performFinish() {
        ModelFactory f = ModelFactory.eINSTANCE;
        Client client = f.createClient();
        client.setId(UUID.randomUUID().toString());
        client.setDisplayName(page.name.getText().trim());
        client.setPseudonym(page.pseudonym.getText().trim());
        client.getAttributes().addAll(attributes(page.attributes.getText()));
        Trajectory trajectory = f.createTrajectory();
        trajectory.setId(UUID.randomUUID().toString());
        trajectory.setTitle(page.trajectory.getText().trim());
        trajectory.setChangeGoal(page.goal.getText().trim());
        trajectory.setStartDate(new Date());
        client.getTrajectories().add(trajectory);
        try {
            WorkbenchStore store = WorkbenchStore.get();
            store.store().saveClient(client);
            store.fireChanged();
            return true;
        } catch (StoreException | IllegalStateException e) {
            page.setErrorMessage(e.getMessage());
            return false;
        }
    }

    private static final class Page extends WizardPage {
        Text name;
        Text pseudonym;
        Text trajectory;
        Text goal;
        Text attributes;

        Page() {
            super("client"); //$NON-NLS-1$
            setTitle(Messages.NewClient_title);
            setDescription(Messages.NewClient_description);
        }

        @Override
        public void createControl(Composite parent) {
            Composite c = new Composite(parent, SWT.NONE);
            GridLayoutFactory.swtDefaults().numColumns(2).applyTo(c);
            name = field(c, Messages.NewClient_name);
            pseudonym = field(c, Messages.NewClient_pseudonym);
            trajectory = field(c, Messages.NewClient_trajectory);
            trajectory.setText(Messages.NewClient_trajectoryDefault);
            goal = field(c, Messages.NewClient_goal);
            new Label(c, SWT.NONE).setText(Messages.NewClient_attributes);
            attributes = new Text(c, SWT.BORDER | SWT.MULTI | SWT.V_SCROLL);
            attributes.setToolTipText(Messages.NewClient_attributesHint);
            attributes.setMessage(Messages.NewClient_attributesHint);
            GridDataFactory.fillDefaults().grab(true, true).hint(SWT.DEFAULT, 60).applyTo(attributes);
            name.addModifyListener(e -> validate());
            trajectory.addModifyListener(e -> validate());
            attributes.addModifyListener(e -> validate());
            setControl(c);
            validate();
        }

        private void validate() {
            String badLine = firstBadAttributeLine(attributes.getText());
            String problem = name.getText().isBlank() ? Messages.NewClient_nameRequired
                    : trajectory.getText().isBlank() ? Messages.NewClient_trajectoryRequired
                    : badLine != null ? NLS.bind(Messages.NewClient_attributeInvalid, badLine) : null;
            setErrorMessage(problem);
            setPageComplete(problem == null);
        }
    }

    /** Attributes from lines {@code name = value}; blank lines are skipped. */
    static List<ClientAttribute> attributes(String lines) {
        List<ClientAttribute> result = new ArrayList<>();
        for (String line : lines.split("\\R")) { //$NON-NLS-1$
            int eq = line.indexOf('=');
            if (eq > 0) {
                ClientAttribute attribute = ModelFactory.eINSTANCE.createClientAttribute();
                attribute.setName(line.substring(0, eq).strip());
                attribute.setValue(line.substring(eq + 1).strip());
                result.add(attribute);
            }
        }
        return result;
    }

    /** The first non-blank line that is not {@code name = value}, or null. */
    static String firstBadAttributeLine(String lines) {
        for (String line : lines.split("\\R")) { //$NON-NLS-1$
            if (!line.isBlank() && line.indexOf('=') <= 0) {
                return line.strip();
            }
        }
        return null;
    }

    static Text field(Composite parent, String label) {
        new Label(parent, SWT.NONE).setText(label);
        Text text = new Text(parent, SWT.BORDER);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(text);
        return text;
    }
}
