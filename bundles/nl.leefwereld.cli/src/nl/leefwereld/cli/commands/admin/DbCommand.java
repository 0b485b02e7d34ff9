// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.cli.commands.admin;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.eclipse.osgi.util.NLS;

import nl.leefwereld.core.cli.CliArguments;
import nl.leefwereld.core.cli.CliCommand;
import nl.leefwereld.core.cli.CliContext;
import nl.leefwereld.core.cli.CliUsageException;
import nl.leefwereld.core.coding.Coders;
import nl.leefwereld.store.IntegrityReport;
import nl.leefwereld.store.StoreException;
import nl.leefwereld.store.Stores;

/**
 * {@code db status | check | encrypt | change-password}: whether the database is encrypted, verifying it (Derby's
 * {@code SYSCS_CHECK_TABLE} on every table, as a restore does), encrypting an unencrypted one, changing the password
 * (the database is re-encrypted). The database must not be open elsewhere.
 */
public class DbCommand implements CliCommand {

    @Override
    public String name() {
        return "db"; //$NON-NLS-1$
    }

    @Override
    public String usage() {
        return Messages.Db_usage;
    }

    @Override
    public int run(CliContext ctx, List<String> args) throws Exception {
        CliArguments a = CliArguments.parse(args, Set.of(AdminSupport.PASSWORD_FILE, AdminSupport.NEW_PASSWORD_FILE),
                Set.of());
        if (a.positionals().isEmpty()) {
            throw new CliUsageException(Messages.Db_noAction);
        }
        if (a.positionals().size() > 1) {
            throw AdminSupport.unexpected(a.positionals(), 1);
        }
        Path db = ctx.databaseFolder();
        String user = Coders.currentUser();
        switch (a.positionals().get(0)) {
        case "status" -> { //$NON-NLS-1$
            ctx.out().println(NLS.bind(Stores.isEncrypted(db) ? Messages.Db_encrypted : Messages.Db_notEncrypted, db));
            return EXIT_OK;
        }
        case "check" -> { //$NON-NLS-1$
            try (AdminSupport.Opened opened = AdminSupport.open(ctx, a)) {
                IntegrityReport report = opened.store().checkIntegrity();
                if (!report.ok()) {
                    ctx.err().println(NLS.bind(Messages.Db_checkFailed, db, String.join("; ", report.problems()))); //$NON-NLS-1$
                    return EXIT_STORE_UNAVAILABLE;
                }
                ctx.out().println(NLS.bind(Messages.Db_checkOk, db, Integer.valueOf(report.tablesChecked())));
                for (Map.Entry<String, Long> rows : report.rowCounts().entrySet()) {
                    ctx.out().println(NLS.bind(Messages.Db_rows, rows.getKey().toLowerCase(Locale.ROOT),
                            rows.getValue()));
                }
            }
            return EXIT_OK;
        }
        case "encrypt" -> { //$NON-NLS-1$
            if (Stores.isEncrypted(db)) { // say so before asking for a new password
                throw new StoreException(NLS.bind(nl.leefwereld.store.Messages.Store_alreadyEncrypted, db));
            }
            char[] password = AdminSupport.newPassword(a);
            try {
                Stores.encrypt(db, password, user);
            } finally {
                Arrays.fill(password, '\0');
            }
            ctx.out().println(NLS.bind(Messages.Db_encryptDone, db));
            return EXIT_OK;
        }
        case "change-password" -> { //$NON-NLS-1$
            char[] old = AdminSupport.currentPassword(db, a);
            if (old == null) {
                throw new CliUsageException(NLS.bind(Stores.isEncrypted(db) ? Messages.Password_noPassword
                        : nl.leefwereld.store.Messages.Store_notEncrypted, db));
            }
            char[] password = AdminSupport.newPassword(a);
            try {
                Stores.changeBootPassword(db, old, password, user);
            } finally {
                Arrays.fill(old, '\0');
                Arrays.fill(password, '\0');
            }
            ctx.out().println(NLS.bind(Messages.Db_passwordChanged, db));
            return EXIT_OK;
        }
        default -> throw new CliUsageException(NLS.bind(Messages.Db_unknownAction, a.positionals().get(0)));
        }
    }
}
