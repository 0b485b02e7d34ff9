// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.cli.exchange;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.RegistryFactory;
import org.eclipse.osgi.util.NLS;

import nl.leefwereld.core.cli.CliCommand;
import nl.leefwereld.core.cli.CliContext;
import nl.leefwereld.core.cli.CliUsageException;
import nl.leefwereld.core.exchange.FileImport;
import nl.leefwereld.core.exchange.QdpxExport;
import nl.leefwereld.core.format.FormatRegistry;
import nl.leefwereld.core.io.JsonWriter;
import nl.leefwereld.core.io.TranscriptImporter;
import nl.leefwereld.core.io.UserFileException;
import nl.leefwereld.core.io.UserFiles;

/**
 * {@code import <file|folder>... [--client <id>] [--trajectory <id>]} (run by {@code import} for several files or a
 * folder): every file (transcript of any installed format, or a REFI-QDA project) in its own transaction, with a
 * progress line per file and a summary.
 * Files that are not regular files are refused before the database is opened.
 */
public final class ImportFilesCommand {

    /**
     * Imports the files and folders into the target.
     *
     * @return {@link CliCommand#EXIT_OK} when every file was imported, {@link CliCommand#EXIT_USAGE} otherwise
     */
    public int run(CliContext ctx, List<Path> arguments, TranscriptImporter.Target target) throws Exception {
        if (target.title() != null && (arguments.size() > 1 || Files.isDirectory(arguments.get(0)))) {
            throw new CliUsageException(Messages.Import_titleOneFile);
        }
        // refuse what is not a regular file (FIFO, device, socket, missing) before the database is opened
        List<String> refused = new ArrayList<>();
        List<Path> candidates = new ArrayList<>();
        for (Path p : arguments) {
            if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                candidates.add(p);
                continue;
            }
            try {
                UserFiles.check(p, UserFiles.Kind.ARCHIVE);
                candidates.add(p);
            } catch (UserFileException e) {
                refused.add(e.getMessage());
            }
        }
        PrintStream out = ctx.out();
        boolean json = "json".equals(ctx.format("text")); //$NON-NLS-1$ //$NON-NLS-2$
        List<FileImport.Outcome> outcomes = new ArrayList<>();
        if (!candidates.isEmpty()) {
            FormatRegistry formats = new FormatRegistry(RegistryFactory.getRegistry());
            FileImport importer = new FileImport(ctx.store(), formats,
                    QdpxExport.installedCodebooks(RegistryFactory.getRegistry()));
            List<Path> files = importer.expand(candidates);
            outcomes = importer.run(files, target, new FileImport.Listener() {
                @Override
                public void started(int index, int total, Path file) {
                    // the line comes when the file is done
                }

                @Override
                public void finished(int index, int total, FileImport.Outcome o) {
                    if (json) {
                        return;
                    }
                    String counter = "[" + (index + 1) + '/' + total + "] "; //$NON-NLS-1$ //$NON-NLS-2$
                    if (o.imported()) {
                        out.println(counter + NLS.bind(Messages.Import_fileDone, new Object[] { o.file(),
                                Integer.valueOf(o.conversationIds().size()), Integer.valueOf(o.warnings().size()) }));
                    } else {
                        out.println(counter + NLS.bind(Messages.Import_fileFailed, o.file()));
                    }
                    for (String w : o.warnings()) {
                        out.println("    " + NLS.bind(Messages.Import_warning, w)); //$NON-NLS-1$
                    }
                    for (String e : o.errors()) {
                        out.println("    " + NLS.bind(Messages.Import_error, e)); //$NON-NLS-1$
                    }
                    out.flush();
                }
            }, null);
        }
        int imported = (int) outcomes.stream().filter(FileImport.Outcome::imported).count();
        int warnings = outcomes.stream().mapToInt(o -> o.warnings().size()).sum();
        List<String> failures = new ArrayList<>(refused);
        for (FileImport.Outcome o : outcomes) {
            if (!o.imported()) {
                failures.add(o.errors().isEmpty() ? o.file().toString() : o.errors().get(0));
            }
        }
        if (json) {
            JsonWriter w = new JsonWriter(out);
            w.beginObject().field("imported", Integer.valueOf(imported)).field("warnings", Integer.valueOf(warnings)) //$NON-NLS-1$ //$NON-NLS-2$
                    .field("failed", Integer.valueOf(failures.size())); //$NON-NLS-1$
            w.name("files").beginArray(); //$NON-NLS-1$
            for (FileImport.Outcome o : outcomes) {
                w.beginObject().field("file", o.file().toString()).field("format", o.format()) //$NON-NLS-1$ //$NON-NLS-2$
                        .field("imported", o.imported()); //$NON-NLS-1$
                w.name("conversationIds").beginArray(); //$NON-NLS-1$
                for (String id : o.conversationIds()) {
                    w.value(id);
                }
                w.endArray().name("warnings").beginArray(); //$NON-NLS-1$
                for (String s : o.warnings()) {
                    w.value(s);
                }
                w.endArray().name("errors").beginArray(); //$NON-NLS-1$
                for (String s : o.errors()) {
                    w.value(s);
                }
                w.endArray().endObject();
            }
            for (String r : refused) {
                w.beginObject().field("imported", false).name("errors").beginArray().value(r).endArray().endObject(); //$NON-NLS-1$ //$NON-NLS-2$
            }
            w.endArray().endObject().finish();
        } else {
            for (String r : refused) {
                out.println(NLS.bind(Messages.Import_refused, r));
            }
            out.println(NLS.bind(Messages.Import_summary, new Object[] { Integer.valueOf(imported),
                    Integer.valueOf(warnings), Integer.valueOf(failures.size()) }));
            for (String f : failures) {
                ctx.err().println("  " + f); //$NON-NLS-1$
            }
        }
        out.flush();
        return failures.isEmpty() && imported > 0 ? CliCommand.EXIT_OK : CliCommand.EXIT_USAGE;
    }
}
