// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.method.persona.ui;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import nl.leefwereld.method.persona.PersonaAnalysis.ClientSet;

/** The inputs both views share: which clients, and the population table. */
final class Inputs {

    final Combo set;
    final Text population;

    Inputs(Composite parent) {
        new Label(parent, SWT.NONE).setText(Messages.Inputs_set);
        set = new Combo(parent, SWT.READ_ONLY);
        for (ClientSet s : ClientSet.values()) {
            set.add(s.label());
        }
        set.select(0);
        new Label(parent, SWT.NONE).setText(Messages.Inputs_population);
        population = new Text(parent, SWT.BORDER);
        population.setMessage(Messages.Inputs_populationHint);
        population.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        Button choose = new Button(parent, SWT.PUSH);
        choose.setText(Messages.Inputs_choose);
        choose.addListener(SWT.Selection, e -> {
            FileDialog dialog = new FileDialog(parent.getShell(), SWT.OPEN);
            dialog.setFilterExtensions(new String[] { "*.csv", "*.*" }); //$NON-NLS-1$ //$NON-NLS-2$
            String file = dialog.open();
            if (file != null) {
                population.setText(file);
            }
        });
    }

    ClientSet clientSet() {
        return ClientSet.values()[Math.max(0, set.getSelectionIndex())];
    }

    void setClientSet(ClientSet s) {
        set.select(s.ordinal());
    }

    /** The population file, or null when none is given. */
    Path populationFile() {
        String t = population.getText().strip();
        return t.isEmpty() ? null : Path.of(t);
    }

    static boolean exists(Path p) {
        return p != null && Files.isRegularFile(p);
    }
}
