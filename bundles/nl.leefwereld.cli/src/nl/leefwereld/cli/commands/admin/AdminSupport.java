// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.cli.commands.admin;

import java.io.Console;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.osgi.util.NLS;

import nl.leefwereld.core.cli.CliArguments;
import nl.leefwereld.core.cli.CliContext;
import nl.leefwereld.core.cli.CliUsageException;
import nl.leefwereld.core.io.JsonWriter;
import nl.leefwereld.core.io.UserFiles;
import nl.leefwereld.store.AuditCheck;
import nl.leefwereld.store.ConversationStore;
import nl.leefwereld.store.StoreException;
import nl.leefwereld.store.StoreOptions;
import nl.leefwereld.store.Stores;

/**
 * Passwords and store access for the administration commands ({@code db}, {@code audit}, {@code backup},
 * {@code restore}, {@code retention}). A password comes from, in this order: a file named by an option (first
 * line), an environment variable, or a prompt on the terminal (never echoed). Passwords are never options
 * themselves: they would show in the process list and the shell history.
 */
public final class AdminSupport {

    /** Option naming a file whose first line is the current database password. */
    static final String PASSWORD_FILE = "--password-file"; //$NON-NLS-1$
    /** Option naming a file whose first line is the new database password. */
    static final String NEW_PASSWORD_FILE = "--new-password-file"; //$NON-NLS-1$
    /** Environment variable with the new password (for {@code db encrypt} and {@code db change-password}). */
    static final String NEW_PASSWORD_VARIABLE = "LEEFWERELD_DB_NEW_PASSWORD"; //$NON-NLS-1$

    private AdminSupport() {
    }

    /** The current password, or null when none is given and none is needed (the database is not encrypted). */
    static char[] currentPassword(Path database, CliArguments a) throws CliUsageException {
        String file = a.option(PASSWORD_FILE);
        if (file != null) {
            return readPasswordFile(file);
        }
        char[] env = StoreOptions.passwordFromEnvironment();
        if (env != null) {
            return env;
        }
        Console console = System.console();
        if (console != null && Stores.isEncrypted(database)) {
            return console.readPassword("%s", NLS.bind(Messages.Password_prompt, database)); //$NON-NLS-1$
        }
        return null;
    }

    /** The new password: file, environment variable, or typed twice on the terminal. */
    static char[] newPassword(CliArguments a) throws CliUsageException {
        String file = a.option(NEW_PASSWORD_FILE);
        if (file != null) {
            return readPasswordFile(file);
        }
        String env = System.getenv(NEW_PASSWORD_VARIABLE);
        if (env != null && !env.isEmpty()) {
            return env.toCharArray();
        }
        Console console = System.console();
        if (console == null) {
            throw new CliUsageException(NLS.bind(Messages.Password_noNewPassword, NEW_PASSWORD_FILE,
                    NEW_PASSWORD_VARIABLE));
        }
        return typedTwice(console);
    }

    public static char[] readPasswordFile(String name) throws CliUsageException {
        Path file = Path.of(name);
        try {
            List<String> lines = UserFiles.readText(file, UserFiles.Kind.KEY).lines().toList();
            if (lines.isEmpty() || lines.get(0).isEmpty()) {
                throw new CliUsageException(NLS.bind(Messages.Password_emptyFile, file.toAbsolutePath()));
            }
            return lines.get(0).toCharArray();
        } catch (IOException e) {
            throw new CliUsageException(NLS.bind(Messages.Password_unreadableFile, file.toAbsolutePath(),
                    e.getMessage()));
        }
    }

    /** The store, opened with the password in {@code --password-file}, or the context's store without one. */
    static Opened open(CliContext ctx, CliArguments a) throws CliUsageException {
        if (a.option(PASSWORD_FILE) == null) {
            return new Opened(ctx.store(), false);
        }
        return new Opened(openEmbedded(ctx.databaseFolder(), readPasswordFile(a.option(PASSWORD_FILE)), false,
                ctx.err()), true);
    }

    /**
     * Opens the embedded database the way every command does: encrypted by default. A new database is created
     * encrypted with the password given (a file's, else {@code LEEFWERELD_DB_PASSWORD}, else typed twice on the
     * terminal); without any it is refused, unless {@code unencrypted} (the option {@code --unencrypted}) asks
     * for a plain one. An existing encrypted database is opened with the given or typed password. Opening a plain
     * database always warns on {@code err}: its data is readable by anyone who can read its files.
     *
     * @param password a password read already (from a file), or null; it is overwritten here
     */
    public static ConversationStore openEmbedded(Path folder, char[] password, boolean unencrypted, PrintStream err) {
        return warnOfBrokenAudit(openEmbeddedQuietly(folder, password, unencrypted, err), err);
    }

    /**
     * Warns on {@code err} when the check of the audit chain at open found it broken (#20): the store stays usable,
     * the user is told and pointed at {@code audit verify}. Returns the store.
     */
    public static ConversationStore warnOfBrokenAudit(ConversationStore store, PrintStream err) {
        AuditCheck check = store.auditCheckAtOpen();
        if (check != null && !check.intact()) {
            err.println(NLS.bind(nl.leefwereld.store.Messages.Audit_brokenAtOpen, new Object[] { store.location(),
                    check.brokenEventId() == null ? "-" : check.brokenEventId(), check.problem() })); //$NON-NLS-1$
        }
        return store;
    }

    private static ConversationStore openEmbeddedQuietly(Path folder, char[] password, boolean unencrypted,
            PrintStream err) {
        char[] given = password != null ? password : StoreOptions.passwordFromEnvironment();
        try {
            if (Stores.exists(folder)) {
                if (!Stores.isEncrypted(folder)) {
                    err.println(NLS.bind(given != null ? Messages.Plain_warningPasswordIgnored
                            : Messages.Plain_warning, folder));
                    return Stores.openEmbedded(folder, StoreOptions.defaults());
                }
                if (given == null && System.console() != null) {
                    given = System.console().readPassword("%s", NLS.bind(Messages.Password_prompt, folder)); //$NON-NLS-1$
                }
            } else if (unencrypted) {
                err.println(NLS.bind(Messages.Plain_creating, folder));
                return Stores.openEmbedded(folder, StoreOptions.defaults());
            } else if (given == null) {
                Console console = System.console();
                if (console == null) {
                    throw new StoreException(NLS.bind(Messages.Plain_noPasswordForNew,
                            new Object[] { folder, StoreOptions.PASSWORD_ENVIRONMENT_VARIABLE, PASSWORD_FILE }));
                }
                err.println(NLS.bind(Messages.Password_creating, folder));
                given = typedTwice(console);
            }
            StoreOptions options = StoreOptions.defaults().withBootPassword(given);
            try {
                return Stores.openEmbedded(folder, options);
            } finally {
                options.clear();
            }
        } catch (CliUsageException e) {
            throw new StoreException(e.getMessage(), e);
        } finally {
            if (given != null) {
                Arrays.fill(given, '\0');
            }
        }
    }

    private static char[] typedTwice(Console console) throws CliUsageException {
        char[] first = console.readPassword("%s", Messages.Password_promptNew); //$NON-NLS-1$
        char[] second = console.readPassword("%s", Messages.Password_promptRepeat); //$NON-NLS-1$
        if (first == null || !Arrays.equals(first, second)) {
            throw new CliUsageException(Messages.Password_mismatch);
        }
        Arrays.fill(second, '\0');
        return first;
    }

    /** A store and whether this command must close it. */
    record Opened(ConversationStore store, boolean own) implements AutoCloseable {
        @Override
        public void close() {
            if (own) {
                store.close();
            }
        }
    }

    static CliUsageException unexpected(List<String> positionals, int allowed) {
        return new CliUsageException(
                NLS.bind(nl.leefwereld.cli.commands.Messages.Common_unexpected, positionals.get(allowed)));
    }

    /** A JSON string literal, or {@code null} for a missing value. */
    static String json(String value) {
        return value == null ? "null" : JsonWriter.quote(value); //$NON-NLS-1$
    }
}
