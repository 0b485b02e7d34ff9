// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.cli.commands.admin;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;

import org.eclipse.osgi.util.NLS;

import nl.leefwereld.core.cli.CliArguments;
import nl.leefwereld.core.cli.CliCommand;
import nl.leefwereld.core.cli.CliContext;
import nl.leefwereld.core.cli.CliUsageException;
import nl.leefwereld.core.io.UserFiles;
import nl.leefwereld.store.ServerKeyStore;
import nl.leefwereld.store.StoreOptions;
import nl.leefwereld.store.TeamServer;

/**
 * {@code server start --port <port> [--host <host>] --users-file <file> [--password-file <file>]
 * [--tls-keystore <file> [--tls-password-file <file>]]}: team mode. Serves the database through Derby's network
 * server with user names and passwords required, until stopped (Ctrl-C). The users file has one
 * {@code name:password} per line ({@code #} starts a comment). With a key store every connection is TLS; its
 * password comes from the file, {@value #TLS_PASSWORD_VARIABLE}, or the terminal.
 */
public class ServerCommand implements CliCommand {

    private static final String PORT = "--port"; //$NON-NLS-1$
    private static final String HOST = "--host"; //$NON-NLS-1$
    private static final String USERS_FILE = "--users-file"; //$NON-NLS-1$
    private static final String TLS_KEYSTORE = "--tls-keystore"; //$NON-NLS-1$
    private static final String TLS_PASSWORD_FILE = "--tls-password-file"; //$NON-NLS-1$
    /** Environment variable with the key store's password. */
    static final String TLS_PASSWORD_VARIABLE = "LEEFWERELD_TLS_PASSWORD"; //$NON-NLS-1$

    @Override
    public String name() {
        return "server"; //$NON-NLS-1$
    }

    @Override
    public String usage() {
        return Messages.Server_usage;
    }

    @Override
    public int run(CliContext ctx, List<String> args) throws Exception {
        CliArguments a = CliArguments.parse(args, Set.of(PORT, HOST, USERS_FILE, AdminSupport.PASSWORD_FILE,
                TLS_KEYSTORE, TLS_PASSWORD_FILE),
                Set.of());
        if (a.positionals().size() != 1 || !"start".equals(a.positionals().get(0))) { //$NON-NLS-1$
            throw new CliUsageException(Messages.Server_onlyStart);
        }
        int port;
        try {
            port = Integer.parseInt(a.option(PORT) == null ? "" : a.option(PORT)); //$NON-NLS-1$
            if (port < 1 || port > 65535) {
                throw new NumberFormatException();
            }
        } catch (NumberFormatException e) {
            throw new CliUsageException(NLS.bind(Messages.Server_badPort, a.option(PORT)));
        }
        String host = a.option(HOST) == null ? "127.0.0.1" : a.option(HOST); //$NON-NLS-1$
        if (a.option(USERS_FILE) == null) {
            throw new CliUsageException(Messages.Server_noUsers);
        }
        Map<String, char[]> users = readUsers(Path.of(a.option(USERS_FILE)));
        ServerKeyStore tls = a.option(TLS_KEYSTORE) == null ? null : keyStore(a);
        char[] password = AdminSupport.currentPassword(ctx.databaseFolder(), a);
        StoreOptions options = StoreOptions.defaults().withBootPassword(password);
        if (password != null) {
            Arrays.fill(password, '\0');
        }
        TeamServer server = TeamServer.start(ctx.databaseFolder(), options, host, port, users, tls);
        options.clear();
        users.values().forEach(p -> Arrays.fill(p, '\0'));
        CountDownLatch stopped = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "leefwereld-server-stop"); //$NON-NLS-1$
        Runtime.getRuntime().addShutdownHook(hook);
        ctx.out().println(NLS.bind(Messages.Server_started, server.url(), Integer.valueOf(users.size())));
        if (tls != null) {
            ctx.out().println(NLS.bind(Messages.Server_tls, new Object[] { tls.subject(),
                    DateTimeFormatter.ISO_LOCAL_DATE.format(tls.validUntil().atZone(ZoneOffset.UTC)),
                    tls.fingerprint() }));
        } else if (!InetAddress.getByName(host).isLoopbackAddress()) {
            ctx.out().println(Messages.Server_plainText);
        }
        ctx.out().flush();
        stopped.await();
        return EXIT_OK;
    }

    /** The key store named by {@value #TLS_KEYSTORE}, checked, with its password from file, environment or terminal. */
    private static ServerKeyStore keyStore(CliArguments a) throws CliUsageException {
        Path file = Path.of(a.option(TLS_KEYSTORE));
        char[] password;
        if (a.option(TLS_PASSWORD_FILE) != null) {
            password = AdminSupport.readPasswordFile(a.option(TLS_PASSWORD_FILE));
        } else if (System.getenv(TLS_PASSWORD_VARIABLE) != null && !System.getenv(TLS_PASSWORD_VARIABLE).isEmpty()) {
            password = System.getenv(TLS_PASSWORD_VARIABLE).toCharArray();
        } else if (System.console() != null) {
            password = System.console().readPassword("%s", //$NON-NLS-1$
                    NLS.bind(Messages.Server_tlsPrompt, file.toAbsolutePath()));
        } else {
            throw new CliUsageException(NLS.bind(Messages.Server_noTlsPassword,
                    new Object[] { file.toAbsolutePath(), TLS_PASSWORD_FILE, TLS_PASSWORD_VARIABLE }));
        }
        try {
            return ServerKeyStore.load(file, password);
        } finally {
            if (password != null) {
                Arrays.fill(password, '\0');
            }
        }
    }

    static Map<String, char[]> readUsers(Path file) throws CliUsageException {
        List<String> lines;
        try {
            lines = UserFiles.readText(file, UserFiles.Kind.LIST).lines().toList();
        } catch (IOException e) {
            throw new CliUsageException(NLS.bind(Messages.Password_unreadableFile, file.toAbsolutePath(),
                    e.getMessage()));
        }
        Map<String, char[]> users = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) { //$NON-NLS-1$
                continue;
            }
            int colon = line.indexOf(':');
            String name = colon > 0 ? line.substring(0, colon).strip() : ""; //$NON-NLS-1$
            if (colon <= 0 || !name.matches("[A-Za-z][A-Za-z0-9_.-]*") //$NON-NLS-1$
                    || line.length() - colon - 1 < StoreOptions.MIN_PASSWORD_LENGTH) {
                throw new CliUsageException(NLS.bind(Messages.Server_badUserLine,
                        new Object[] { file.toAbsolutePath(), Integer.valueOf(i + 1),
                                Integer.valueOf(StoreOptions.MIN_PASSWORD_LENGTH) }));
            }
            users.put(name, line.substring(colon + 1).toCharArray());
        }
        if (users.isEmpty()) {
            throw new CliUsageException(NLS.bind(Messages.Server_emptyUsers, file.toAbsolutePath()));
        }
        return users;
    }
}
