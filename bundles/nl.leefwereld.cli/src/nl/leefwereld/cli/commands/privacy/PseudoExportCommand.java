// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.cli.commands.privacy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.eclipse.osgi.util.NLS;

import nl.leefwereld.core.cli.CliArguments;
import nl.leefwereld.core.cli.CliCommand;
import nl.leefwereld.core.cli.CliContext;
import nl.leefwereld.core.cli.CliUsageException;
import nl.leefwereld.core.privacy.NameScrubber;
import nl.leefwereld.core.privacy.PseudonymKey;
import nl.leefwereld.core.privacy.PseudonymisedExport;
import nl.leefwereld.store.OwnerOnlyFiles;

/**
 * {@code pseudo-export --key <keyfile> [--names <file>] [--report <file>] <conversation-id|all> <out.json>}: the
 * {@link PseudonymisedExport} of one or all conversations. The key must exist ({@code leefwereld key new}); the key,
 * the report (which holds the real names that were replaced) and the export are three different files. Without
 * {@code --report} the report is printed; with it the report is written owner-only (0600).
 */
public class PseudoExportCommand implements CliCommand {

    private static final String KEY = "--key"; //$NON-NLS-1$
    private static final String NAMES = "--names"; //$NON-NLS-1$
    private static final String REPORT = "--report"; //$NON-NLS-1$

    @Override
    public String name() {
        return "pseudo-export"; //$NON-NLS-1$
    }

    @Override
    public String usage() {
        return Messages.PseudoExport_usage;
    }

    @Override
    public int run(CliContext ctx, List<String> args) throws Exception {
        CliArguments a = CliArguments.parse(args, Set.of(KEY, NAMES, REPORT), Set.of());
        if (a.option(KEY) == null) {
            throw new CliUsageException(Messages.PseudoExport_noKey);
        }
        if (a.positionals().size() != 2) {
            throw new CliUsageException(Messages.PseudoExport_targetAndOut);
        }
        Path keyFile = Path.of(a.option(KEY)).toAbsolutePath().normalize();
        Path out = Path.of(a.positionals().get(1)).toAbsolutePath().normalize();
        Path report = a.option(REPORT) == null ? null : Path.of(a.option(REPORT)).toAbsolutePath().normalize();
        distinct(keyFile, out);
        if (report != null) {
            distinct(keyFile, report);
            distinct(report, out);
        }
        PseudonymKey key;
        List<String> names;
        try {
            key = PseudonymKey.load(keyFile);
            names = a.option(NAMES) == null ? List.of() : NameScrubber.readNameList(Path.of(a.option(NAMES)));
        } catch (IOException e) {
            throw new CliUsageException(e.getMessage());
        }
        String target = a.positionals().get(0);
        PseudonymisedExport.Result result;
        try {
            result = new PseudonymisedExport(key, names).write(ctx.store(), "all".equals(target) ? null : List.of(target), //$NON-NLS-1$
                    out, keyFile);
        } catch (IllegalArgumentException e) {
            throw new CliUsageException(e.getMessage());
        }
        ctx.out().println(NLS.bind(Messages.PseudoExport_done, new Object[] { Integer.valueOf(result.conversations()),
                Integer.valueOf(result.clients()), out, result.keyFingerprint() }));
        String text = PseudoReport.text(result.replacements());
        if (report == null) {
            ctx.out().print(text);
        } else {
            OwnerOnlyFiles.writeString(report, text, StandardCharsets.UTF_8); // holds the real names: owner-only
            ctx.out().println(NLS.bind(Messages.PseudoExport_reportWritten,
                    Integer.valueOf(result.replacements().size()), report));
        }
        ctx.out().flush();
        return EXIT_OK;
    }

    private static void distinct(Path a, Path b) throws CliUsageException {
        try {
            if (a.equals(b) || Files.exists(a) && Files.exists(b) && Files.isSameFile(a, b)) {
                throw new CliUsageException(NLS.bind(Messages.PseudoExport_sameFile, a, b));
            }
        } catch (IOException e) {
            throw new CliUsageException(e.getMessage());
        }
    }
}
