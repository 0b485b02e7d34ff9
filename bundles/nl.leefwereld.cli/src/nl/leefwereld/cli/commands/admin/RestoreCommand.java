// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.cli.commands.admin;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.eclipse.osgi.util.NLS;

import nl.leefwereld.core.cli.CliArguments;
import nl.leefwereld.core.cli.CliCommand;
import nl.leefwereld.core.cli.CliContext;
import nl.leefwereld.core.cli.CliUsageException;
import nl.leefwereld.store.IntegrityReport;
import nl.leefwereld.store.RestoredDatabase;
import nl.leefwereld.store.StoreException;
import nl.leefwereld.store.StoreOptions;
import nl.leefwereld.store.Stores;

/**
 * {@code restore <backup> <target-folder>}: restores a backup into a new (or empty) folder; the current database
 * is not touched. The backup is verified first (manifest checksums, then SYSCS_CHECK_TABLE and rows per table of the
 * restored copy); a backup that does not match is refused and nothing is left in the target folder. Point
 * {@code --db} at the target afterwards (or move it into place while nothing is open).
 */
public class RestoreCommand implements CliCommand {

    @Override
    public String name() {
        return "restore"; //$NON-NLS-1$
    }

    @Override
    public String usage() {
        return Messages.Restore_usage;
    }

    @Override
    public int run(CliContext ctx, List<String> args) throws Exception {
        CliArguments a = CliArguments.parse(args, Set.of(AdminSupport.PASSWORD_FILE), Set.of());
        if (a.positionals().size() < 2) {
            throw new CliUsageException(Messages.Restore_twoFolders);
        }
        if (a.positionals().size() > 2) {
            throw AdminSupport.unexpected(a.positionals(), 2);
        }
        Path backup = Path.of(a.positionals().get(0)).toAbsolutePath().normalize();
        Path target = Path.of(a.positionals().get(1)).toAbsolutePath().normalize();
        char[] password = AdminSupport.currentPassword(encryptedCopy(backup), a);
        StoreOptions options = StoreOptions.defaults().withBootPassword(password);
        if (password != null) {
            Arrays.fill(password, '\0');
        }
        // Errors name the backup, not the default database this command does not touch.
        try (RestoredDatabase restored = Stores.restoreVerified(backup, target, options)) {
            IntegrityReport report = restored.report();
            ctx.out().println(report.manifestPresent()
                    ? NLS.bind(Messages.Restore_verified, Integer.valueOf(report.filesVerified()),
                            Integer.valueOf(report.tablesChecked()))
                    : NLS.bind(Messages.Restore_noManifest, Integer.valueOf(report.tablesChecked())));
            ctx.out().println(NLS.bind(Messages.Restore_done, new Object[] { backup, target,
                    Integer.valueOf(restored.store().countClients()) }));
        } catch (StoreException e) {
            ctx.err().println(NLS.bind(Messages.Restore_failed, e.getMessage()));
            return EXIT_STORE_UNAVAILABLE;
        } finally {
            options.clear();
        }
        return EXIT_OK;
    }

    /** The backup folder, or its encrypted database copy inside (so that the password is asked for when needed). */
    private static Path encryptedCopy(Path backup) {
        if (Stores.isEncrypted(backup) || !Files.isDirectory(backup)) {
            return backup;
        }
        try (Stream<Path> children = Files.list(backup)) {
            return children.filter(Stores::isEncrypted).findFirst().orElse(backup);
        } catch (IOException e) {
            return backup;
        }
    }
}
