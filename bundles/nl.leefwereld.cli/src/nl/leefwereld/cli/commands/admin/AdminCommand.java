// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.cli.commands.admin;

import java.io.Console;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.eclipse.osgi.util.NLS;

import nl.leefwereld.core.cli.CliArguments;
import nl.leefwereld.core.cli.CliCommand;
import nl.leefwereld.core.cli.CliContext;
import nl.leefwereld.core.cli.CliUsageException;
import nl.leefwereld.store.OrganisationDatabase;
import nl.leefwereld.store.OrganisationDatabase.Role;
import nl.leefwereld.store.Stores;

/**
 * {@code admin init|user …} on an organisation's PostgreSQL database ({@code --server postgresql://… --user <name>},
 * the command line's options, before or after the command):
 * <ul>
 * <li>{@code admin init --server <url> --user <owner>}: creates or updates the schema (owned by that PostgreSQL
 * user, an administrator of the database) with the roles, rights and row-level security;</li>
 * <li>{@code admin user add <name> --role professional|trainer|privacy-officer|administrator [--team <team>]}: a
 * login role (its password from {@code --new-password-file}, {@value #NEW_USER_PASSWORD_VARIABLE} or typed
 * twice);</li>
 * <li>{@code admin user remove <name>};</li>
 * <li>{@code admin user caseload <user-or-team> [--add <client-id>] [--remove <client-id>]}: lists or changes the
 * clients a user or team holds.</li>
 * </ul>
 * The connecting user's password comes from {@code --password-file}, {@code LEEFWERELD_SERVER_PASSWORD} or the
 * terminal.
 */
public class AdminCommand implements CliCommand {

    private static final String ROLE = "--role"; //$NON-NLS-1$
    private static final String TEAM = "--team"; //$NON-NLS-1$
    private static final String ADD = "--add"; //$NON-NLS-1$
    private static final String REMOVE = "--remove"; //$NON-NLS-1$
    /** Environment variable with the connecting user's password. */
    static final String SERVER_PASSWORD_VARIABLE = "LEEFWERELD_SERVER_PASSWORD"; //$NON-NLS-1$
    /** Environment variable with the new user's password ({@code admin user add}). */
    static final String NEW_USER_PASSWORD_VARIABLE = "LEEFWERELD_NEW_USER_PASSWORD"; //$NON-NLS-1$

    @Override
    public String name() {
        return "admin"; //$NON-NLS-1$
    }

    @Override
    public String usage() {
        return Messages.Admin_usage;
    }

    @Override
    public int run(CliContext ctx, List<String> args) throws Exception {
        CliArguments a = CliArguments.parse(args, Set.of(ROLE, TEAM, ADD, REMOVE, AdminSupport.PASSWORD_FILE,
                AdminSupport.NEW_PASSWORD_FILE), Set.of());
        List<String> words = a.positionals();
        String url = ctx.serverUrl(); // --server and --user are the command line's own options
        if (url == null || !Stores.isServerUrl(url)) {
            throw new CliUsageException(NLS.bind(Messages.Admin_noServer, url == null ? "-" : url)); //$NON-NLS-1$
        }
        String user = ctx.serverUser();
        if (words.size() == 1 && "init".equals(words.get(0))) { //$NON-NLS-1$
            char[] password = password(a, url, user);
            try {
                OrganisationDatabase.init(url, user, password);
            } finally {
                Arrays.fill(password, '\0');
            }
            ctx.out().println(NLS.bind(Messages.Admin_initialised, url, user));
            return EXIT_OK;
        }
        if (words.size() != 3 || !"user".equals(words.get(0))) { //$NON-NLS-1$
            throw new CliUsageException(Messages.Admin_usage);
        }
        String verb = words.get(1);
        String name = words.get(2);
        char[] password = password(a, url, user);
        try {
            switch (verb) {
            case "add" -> { //$NON-NLS-1$
                Role role = Role.of(a.option(ROLE) == null ? "" : a.option(ROLE)); //$NON-NLS-1$
                if (role == null) {
                    throw new CliUsageException(NLS.bind(Messages.Admin_badRole, a.option(ROLE)));
                }
                char[] userPassword = newUserPassword(a, name);
                try {
                    OrganisationDatabase.addUser(url, user, password, name, userPassword, role);
                } finally {
                    Arrays.fill(userPassword, '\0');
                }
                if (a.option(TEAM) != null) {
                    OrganisationDatabase.joinTeam(url, user, password, name, a.option(TEAM));
                }
                ctx.out().println(NLS.bind(Messages.Admin_userAdded, new Object[] { name, role.label(),
                        a.option(TEAM) == null ? "-" : a.option(TEAM) })); //$NON-NLS-1$
            }
            case "remove" -> ctx.out().println(NLS.bind( //$NON-NLS-1$
                    OrganisationDatabase.removeUser(url, user, password, name) ? Messages.Admin_userRemoved
                            : Messages.Admin_noSuchUser,
                    name));
            case "caseload" -> { //$NON-NLS-1$
                if (a.option(ADD) != null && !OrganisationDatabase.caseload(url, user, password, name, a.option(ADD), true)
                        && !OrganisationDatabase.caseloadOf(url, user, password, name).contains(a.option(ADD))) {
                    throw new CliUsageException(NLS.bind(Messages.Admin_unknownClient, a.option(ADD)));
                }
                if (a.option(REMOVE) != null) {
                    OrganisationDatabase.caseload(url, user, password, name, a.option(REMOVE), false);
                }
                List<String> clients = OrganisationDatabase.caseloadOf(url, user, password, name);
                ctx.out().println(NLS.bind(Messages.Admin_caseload, name, Integer.valueOf(clients.size())));
                clients.forEach(id -> ctx.out().println("  " + id)); //$NON-NLS-1$
            }
            default -> throw new CliUsageException(Messages.Admin_usage);
            }
        } finally {
            Arrays.fill(password, '\0');
        }
        return EXIT_OK;
    }

    private static char[] password(CliArguments a, String url, String user) throws CliUsageException {
        if (a.option(AdminSupport.PASSWORD_FILE) != null) {
            return AdminSupport.readPasswordFile(a.option(AdminSupport.PASSWORD_FILE));
        }
        String env = System.getenv(SERVER_PASSWORD_VARIABLE);
        if (env != null && !env.isEmpty()) {
            return env.toCharArray();
        }
        Console console = System.console();
        if (console == null) {
            throw new CliUsageException(NLS.bind(Messages.Admin_noPassword, SERVER_PASSWORD_VARIABLE));
        }
        return console.readPassword("%s", NLS.bind(Messages.Admin_passwordPrompt, user, url)); //$NON-NLS-1$
    }

    private static char[] newUserPassword(CliArguments a, String name) throws CliUsageException {
        if (a.option(AdminSupport.NEW_PASSWORD_FILE) != null) {
            return AdminSupport.readPasswordFile(a.option(AdminSupport.NEW_PASSWORD_FILE));
        }
        String env = System.getenv(NEW_USER_PASSWORD_VARIABLE);
        if (env != null && !env.isEmpty()) {
            return env.toCharArray();
        }
        Console console = System.console();
        if (console == null) {
            throw new CliUsageException(NLS.bind(Messages.Admin_noNewUserPassword,
                    AdminSupport.NEW_PASSWORD_FILE, NEW_USER_PASSWORD_VARIABLE));
        }
        char[] first = console.readPassword("%s", NLS.bind(Messages.Admin_newUserPrompt, name)); //$NON-NLS-1$
        char[] second = console.readPassword("%s", NLS.bind(Messages.Admin_newUserPrompt, name)); //$NON-NLS-1$
        if (first == null || second == null || !Arrays.equals(first, second)) {
            throw new CliUsageException(Messages.Admin_passwordsDiffer);
        }
        Arrays.fill(second, '\0');
        return first;
    }
}
