// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.cli.commands.privacy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.eclipse.osgi.util.NLS;

import nl.leefwereld.core.cli.CliArguments;
import nl.leefwereld.core.cli.CliCommand;
import nl.leefwereld.core.cli.CliContext;
import nl.leefwereld.core.cli.CliUsageException;
import nl.leefwereld.core.io.UserFiles;
import nl.leefwereld.core.privacy.NameScrubber;
import nl.leefwereld.core.privacy.PseudonymKey;
import nl.leefwereld.store.OwnerOnlyFiles;

/**
 * {@code pseudo-check [--key <keyfile>] [--names <file>] [--known "<name>; <name>"] [--report <file>] <text-file>}:
 * shows what the pseudonymiser of {@code pseudo-export} does to a text file (one conversation or note), without the
 * database: the text with its identifiers replaced, then the report of what was replaced (printed, or written
 * owner-only with {@code --report}). Without {@code --key} a one-time key is used, so pseudonyms differ per run.
 */
public class PseudoCheckCommand implements CliCommand {

    private static final String KEY = "--key"; //$NON-NLS-1$
    private static final String NAMES = "--names"; //$NON-NLS-1$
    private static final String KNOWN = "--known"; //$NON-NLS-1$
    private static final String REPORT = "--report"; //$NON-NLS-1$

    @Override
    public String name() {
        return "pseudo-check"; //$NON-NLS-1$
    }

    @Override
    public String usage() {
        return Messages.PseudoCheck_usage;
    }

    @Override
    public int run(CliContext ctx, List<String> args) throws Exception {
        CliArguments a = CliArguments.parse(args, Set.of(KEY, NAMES, KNOWN, REPORT), Set.of());
        if (a.positionals().size() != 1) {
            throw new CliUsageException(Messages.PseudoCheck_oneFile);
        }
        Path file = Path.of(a.positionals().get(0));
        String text;
        PseudonymKey key;
        List<String> names;
        try {
            text = UserFiles.readText(file, UserFiles.Kind.TEXT);
            key = a.option(KEY) == null ? PseudonymKey.random() : PseudonymKey.load(Path.of(a.option(KEY)));
            names = a.option(NAMES) == null ? List.of() : NameScrubber.readNameList(Path.of(a.option(NAMES)));
        } catch (IOException e) {
            throw new CliUsageException(e.getMessage());
        }
        NameScrubber scrubber = new NameScrubber(key);
        if (a.option(KNOWN) != null) {
            for (String person : a.option(KNOWN).split(";")) { //$NON-NLS-1$
                scrubber.addPerson(person.strip());
            }
        }
        names.forEach(scrubber::addExtra);
        List<String> lines = text.lines().toList();
        lines.forEach(scrubber::learn);
        for (String line : lines) {
            ctx.out().println(scrubber.scrub(line));
        }
        ctx.out().println();
        String report = PseudoReport.text(scrubber.report());
        if (a.option(REPORT) == null) {
            ctx.out().print(report);
        } else {
            Path target = Path.of(a.option(REPORT));
            if (target.toAbsolutePath().normalize().equals(file.toAbsolutePath().normalize())) {
                throw new CliUsageException(NLS.bind(Messages.PseudoExport_sameFile, file, target));
            }
            OwnerOnlyFiles.writeString(target, report, StandardCharsets.UTF_8);
            ctx.out().println(NLS.bind(Messages.PseudoExport_reportWritten,
                    Integer.valueOf(scrubber.report().size()), target.toAbsolutePath()));
        }
        if (a.option(KEY) == null) {
            ctx.out().println(Messages.PseudoCheck_oneTimeKey);
        }
        ctx.out().flush();
        return EXIT_OK;
    }
}
