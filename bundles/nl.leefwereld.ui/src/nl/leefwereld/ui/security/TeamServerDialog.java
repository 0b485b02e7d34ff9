// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.ui.security;

import java.util.Arrays;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * Asks for a team server's address, the user name and the password, and whether to connect to it at every start.
 * Checks the address's form before it lets the user go on; whether the server accepts the user is for the
 * connection to tell.
 */
public final class TeamServerDialog extends TitleAreaDialog {

    private final String initialUrl;
    private final String initialUser;
    private final String problem;
    private Text urlText;
    private Label securityLabel;
    private Text userText;
    private Text passwordText;
    private Button rememberButton;
    private String url;
    private String user;
    private char[] password;
    private boolean remember;

    /** Prefilled with the remembered server (may be null); {@code problem} is shown as the error, or null. */
    public TeamServerDialog(Shell parent, String url, String user, String problem) {
        super(parent);
        this.initialUrl = url;
        this.initialUser = user;
        this.problem = problem;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.Team_title);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle(Messages.Team_heading);
        setMessage(Messages.Team_message);
        if (problem != null) {
            setErrorMessage(problem);
        }
        Composite body = new Composite(area, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(body);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(body);
        urlText = field(body, Messages.Team_url, SWT.NONE);
        urlText.setMessage(TeamServers.SERVER_URL_EXAMPLE);
        urlText.setText(initialUrl == null ? "" : initialUrl); //$NON-NLS-1$
        new Label(body, SWT.NONE);
        securityLabel = new Label(body, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).hint(420, SWT.DEFAULT).applyTo(securityLabel);
        urlText.addModifyListener(e -> showSecurity());
        showSecurity();
        userText = field(body, Messages.Team_user, SWT.NONE);
        userText.setText(initialUser == null ? "" : initialUser); //$NON-NLS-1$
        passwordText = field(body, Messages.Team_password, SWT.PASSWORD);
        rememberButton = new Button(body, SWT.CHECK);
        rememberButton.setText(Messages.Team_remember);
        rememberButton.setSelection(true);
        GridDataFactory.fillDefaults().span(2, 1).applyTo(rememberButton);
        (initialUrl == null || initialUrl.isEmpty() ? urlText : passwordText).setFocus();
        return area;
    }

    /** Says under the address whether the connection will be encrypted, while the user types. */
    private void showSecurity() {
        String address = urlText.getText();
        securityLabel.setText(address.isBlank() ? "" : TeamServers.describeSecurity(address)); //$NON-NLS-1$
        securityLabel.getParent().layout();
    }

    private static Text field(Composite body, String label, int style) {
        new Label(body, SWT.NONE).setText(label);
        Text text = new Text(body, SWT.BORDER | style);
        GridDataFactory.fillDefaults().grab(true, false).hint(420, SWT.DEFAULT).applyTo(text);
        return text;
    }

    @Override
    protected void okPressed() {
        String error = TeamServers.check(urlText.getText(), userText.getText());
        if (error != null) {
            setErrorMessage(error);
            return;
        }
        url = urlText.getText().strip();
        user = userText.getText().strip();
        password = passwordText.getTextChars();
        remember = rememberButton.getSelection();
        super.okPressed();
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, Messages.Team_connect, true);
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
    }

    public String getUrl() {
        return url;
    }

    public String getUser() {
        return user;
    }

    /** The password typed; the caller clears it after use. */
    public char[] getPassword() {
        return password == null ? null : Arrays.copyOf(password, password.length);
    }

    public boolean isRemember() {
        return remember;
    }
}
