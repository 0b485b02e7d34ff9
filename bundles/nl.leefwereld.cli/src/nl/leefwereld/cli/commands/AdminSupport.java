// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.cli.commands;

import java.io.Console;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.osgi.util.NLS;

import nl.leefwereld.core.cli.CliArguments;
import nl.leefwereld.core.cli.CliContext;
import nl.leefwereld.core.cli.CliUsageException;
import nl.leefwereld.core.io.UserFiles;
import nl.leefwereld.store.ConversationStore;
import nl.leefwereld.store.StoreOptions;
import nl.leefwereld.store.Stores;

/**
 * Passwords and store access for the administration commands ({@code db}, {@code audit}, {@code backup},
 * {@code restore}, {@code retention}). A password comes from, in this order: a file named by an option (first
 * line), an environment variable, or a prompt on the terminal (never echoed). Passwords are never options
 * themselves: they would show in the process list and the shell history.
 */
final class AdminSupport {

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
            return console.readPassword("%s", NLS.bind(AdminMessages.Password_prompt, database)); //$NON-NLS-1$
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
            throw new CliUsageException(NLS.bind(AdminMessages.Password_noNewPassword, NEW_PASSWORD_FILE,
                    NEW_PASSWORD_VARIABLE));
        }
        char[] first = console.readPassword("%s", AdminMessages.Password_promptNew); //$NON-NLS-1$
        char[] second = console.readPassword("%s", AdminMessages.Password_promptRepeat); //$NON-NLS-1$
        if (first == null || !Arrays.equals(first, second)) {
            throw new CliUsageException(AdminMessages.Password_mismatch);
        }
        Arrays.fill(second, '\0');
        return first;
    }

    static char[] readPasswordFile(String name) throws CliUsageException {
        Path file = Path.of(name);
        try {
            List<String> lines = UserFiles.readText(file, UserFiles.Kind.KEY).lines().toList();
            if (lines.isEmpty() || lines.get(0).isEmpty()) {
                throw new CliUsageException(NLS.bind(AdminMessages.Password_emptyFile, file.toAbsolutePath()));
            }
            return lines.get(0).toCharArray();
        } catch (IOException e) {
            throw new CliUsageException(NLS.bind(AdminMessages.Password_unreadableFile, file.toAbsolutePath(),
                    e.getMessage()));
        }
    }

    /** The store, opened with the given password, or the context's store when no password was given here. */
    static Opened open(CliContext ctx, CliArguments a) throws CliUsageException {
        if (a.option(PASSWORD_FILE) == null && StoreOptions.passwordFromEnvironment() == null
                && !(System.console() != null && Stores.isEncrypted(ctx.databaseFolder()))) {
            return new Opened(ctx.store(), false);
        }
        char[] password = currentPassword(ctx.databaseFolder(), a);
        try {
            StoreOptions options = StoreOptions.defaults().withBootPassword(password);
            return new Opened(Stores.openEmbedded(ctx.databaseFolder(), options), true);
        } finally {
            if (password != null) {
                Arrays.fill(password, '\0');
            }
        }
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
        return new CliUsageException(NLS.bind(Messages.Common_unexpected, positionals.get(allowed)));
    }

    /** A JSON string literal. */
    static String json(String value) {
        if (value == null) {
            return "null"; //$NON-NLS-1$
        }
        StringBuilder b = new StringBuilder("\""); //$NON-NLS-1$
        for (char c : value.toCharArray()) {
            switch (c) {
            case '"' -> b.append("\\\""); //$NON-NLS-1$
            case '\\' -> b.append("\\\\"); //$NON-NLS-1$
            case '\n' -> b.append("\\n"); //$NON-NLS-1$
            case '\r' -> b.append("\\r"); //$NON-NLS-1$
            case '\t' -> b.append("\\t"); //$NON-NLS-1$
            default -> {
                if (c < 0x20) {
                    b.append(String.format("\\u%04x", (int) c)); //$NON-NLS-1$
                } else {
                    b.append(c);
                }
            }
            }
        }
        return b.append('"').toString();
    }
}
