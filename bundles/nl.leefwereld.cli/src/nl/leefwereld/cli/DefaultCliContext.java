// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.cli;

import java.io.Console;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.osgi.util.NLS;

import nl.leefwereld.cli.commands.admin.AdminSupport;
import nl.leefwereld.core.cli.CliCommandDescriptor;
import nl.leefwereld.core.cli.CliContext;
import nl.leefwereld.core.learn.TrainedModels;
import nl.leefwereld.store.ConversationStore;
import nl.leefwereld.store.StoreException;
import nl.leefwereld.store.Stores;

/**
 * The context of one command run: opens the store on first use (the embedded database, or a team server as a user
 * when a server URL is given) and closes it at the end.
 */
final class DefaultCliContext implements CliContext, AutoCloseable {

    /** Where a team server's password comes from when the console cannot ask for it. */
    static final String SERVER_PASSWORD_VARIABLE = "LEEFWERELD_SERVER_PASSWORD"; //$NON-NLS-1$

    private final Path databaseFolder;
    private final String server;
    private final String user;
    private final String format;
    private final PrintStream out;
    private final PrintStream err;
    private final List<CliCommandDescriptor> commands;
    /** {@code --unencrypted}: a new database may be created without encryption. */
    private final boolean unencrypted;
    /** The database password from the global {@code --password-file}, or null (environment or terminal). */
    private final char[] password;
    private ConversationStore store;

    DefaultCliContext(Path databaseFolder, String server, String user, String format, PrintStream out, PrintStream err,
            List<CliCommandDescriptor> commands, boolean unencrypted, char[] password) {
        this.databaseFolder = databaseFolder;
        this.server = server;
        this.user = user;
        this.format = format;
        this.out = out;
        this.err = err;
        this.commands = commands;
        this.unencrypted = unencrypted;
        this.password = password;
    }

    @Override
    public ConversationStore store() {
        if (store == null) {
            store = server == null ? AdminSupport.openEmbedded(databaseFolder, password, unencrypted, err)
                    : AdminSupport.warnOfBrokenAudit(Stores.openRemote(server, user, serverPassword()), err);
            TrainedModels.use(store); // analyzers suggest with the organisation's trained models
        }
        return store;
    }

    @Override
    public String serverUrl() {
        return server;
    }

    @Override
    public String serverUser() {
        return user;
    }

    private char[] serverPassword() {
        if (password != null) { // the global --password-file
            return password.clone();
        }
        String fromEnvironment = System.getenv(SERVER_PASSWORD_VARIABLE);
        if (fromEnvironment != null && !fromEnvironment.isEmpty()) {
            return fromEnvironment.toCharArray();
        }
        Console console = System.console();
        char[] typed = console == null ? null : console.readPassword(NLS.bind(Messages.CliMain_serverPassword, user, server));
        if (typed == null) {
            throw new StoreException(NLS.bind(Messages.CliMain_serverNoPassword, SERVER_PASSWORD_VARIABLE));
        }
        return typed;
    }

    @Override
    public String location() {
        return server != null ? server : String.valueOf(databaseFolder);
    }

    @Override
    public Path databaseFolder() {
        return databaseFolder;
    }

    @Override
    public PrintStream out() {
        return out;
    }

    @Override
    public PrintStream err() {
        return err;
    }

    @Override
    public String format() {
        return format;
    }

    @Override
    public List<CliCommandDescriptor> commands() {
        return commands;
    }

    @Override
    public void close() {
        if (store != null) {
            ConversationStore s = store;
            store = null;
            s.close();
        }
    }
}
