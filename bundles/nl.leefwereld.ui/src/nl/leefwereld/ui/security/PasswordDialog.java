// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.ui.security;

import java.util.Arrays;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import nl.leefwereld.store.StoreOptions;

/**
 * Asks for the database password: to choose one (twice, for a new or newly encrypted database), to enter the
 * existing one, or to change it (old, new, new again). With "remember on this computer".
 */
public final class PasswordDialog extends TitleAreaDialog {

    /** What the dialog asks for. */
    public enum Mode {
        CHOOSE, ENTER, CHANGE
    }

    private final Mode mode;
    private final String problem;
    private Text old;
    private Text first;
    private Text second;
    private Button rememberButton;
    private char[] oldPassword;
    private char[] password;
    private boolean remember;

    /**
     * @param problem shown as the error (e.g. "wrong password"), or {@code null}
     */
    public PasswordDialog(Shell parent, Mode mode, String problem) {
        super(parent);
        this.mode = mode;
        this.problem = problem;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.Password_title);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle(switch (mode) {
            case CHOOSE -> Messages.Password_chooseTitle;
            case ENTER -> Messages.Password_enterTitle;
            case CHANGE -> Messages.Password_changeTitle;
        });
        setMessage(switch (mode) {
            case CHOOSE -> NLS.bind(Messages.Password_chooseMessage, Integer.valueOf(StoreOptions.MIN_PASSWORD_LENGTH));
            case ENTER -> Messages.Password_enterMessage;
            case CHANGE -> NLS.bind(Messages.Password_changeMessage, Integer.valueOf(StoreOptions.MIN_PASSWORD_LENGTH));
        });
        if (problem != null) {
            setErrorMessage(problem);
        }
        Composite body = new Composite(area, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(body);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(body);
        if (mode == Mode.CHANGE) {
            old = field(body, Messages.Password_old);
        }
        first = field(body, mode == Mode.ENTER ? Messages.Password_password : Messages.Password_new);
        if (mode != Mode.ENTER) {
            second = field(body, Messages.Password_repeat);
        }
        rememberButton = new Button(body, SWT.CHECK);
        rememberButton.setText(Messages.Password_remember);
        // unticked once remembering failed on this computer: no secure storage, no warning at every start
        rememberButton.setSelection(DatabasePassword.rememberOffered());
        GridDataFactory.fillDefaults().span(2, 1).indent(0, 8).applyTo(rememberButton);
        return area;
    }

    private Text field(Composite body, String label) {
        new Label(body, SWT.NONE).setText(label);
        Text text = new Text(body, SWT.BORDER | SWT.PASSWORD);
        GridDataFactory.fillDefaults().grab(true, false).hint(280, SWT.DEFAULT).applyTo(text);
        text.addListener(SWT.Modify, e -> validate());
        return text;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        super.createButtonsForButtonBar(parent);
        getButton(IDialogConstants.OK_ID).setEnabled(false);
    }

    private void validate() {
        String error = null;
        if (old != null && old.getText().isEmpty()) {
            error = ""; //$NON-NLS-1$
        } else if (first.getText().length() < StoreOptions.MIN_PASSWORD_LENGTH && mode != Mode.ENTER) {
            error = NLS.bind(Messages.Password_tooShort, Integer.valueOf(StoreOptions.MIN_PASSWORD_LENGTH));
        } else if (first.getText().isEmpty()) {
            error = ""; //$NON-NLS-1$
        } else if (second != null && !first.getText().equals(second.getText())) {
            error = Messages.Password_different;
        }
        setErrorMessage(error == null || error.isEmpty() ? null : error);
        getButton(IDialogConstants.OK_ID).setEnabled(error == null);
    }

    @Override
    protected void okPressed() {
        password = first.getText().toCharArray();
        oldPassword = old == null ? null : old.getText().toCharArray();
        remember = rememberButton.getSelection();
        super.okPressed();
    }

    /** The password given (new password in CHANGE mode); the caller clears it after use. */
    public char[] getPassword() {
        return password;
    }

    /** The old password (CHANGE mode). */
    public char[] getOldPassword() {
        return oldPassword;
    }

    public boolean isRemember() {
        return remember;
    }

    /** Overwrites the passwords held. */
    public void clear() {
        if (password != null) {
            Arrays.fill(password, '\0');
        }
        if (oldPassword != null) {
            Arrays.fill(oldPassword, '\0');
        }
    }
}
