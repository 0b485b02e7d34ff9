// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.core.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.eclipse.osgi.util.NLS;

import nl.leefwereld.core.codebook.QdpxProjects;
import nl.leefwereld.core.format.ConversationImporter;
import nl.leefwereld.core.format.FormatDescriptor;
import nl.leefwereld.core.format.FormatRegistry;
import nl.leefwereld.core.io.TranscriptImporter;
import nl.leefwereld.core.io.UserFileException;
import nl.leefwereld.core.io.UserFiles;
import nl.leefwereld.model.Client;
import nl.leefwereld.model.Code;
import nl.leefwereld.model.Codebook;
import nl.leefwereld.model.Conversation;
import nl.leefwereld.model.ModelFactory;
import nl.leefwereld.model.Trajectory;
import nl.leefwereld.store.CodebookEntry;
import nl.leefwereld.store.ConversationStore;

/**
 * Imports many files (transcripts of any installed format, and REFI-QDA projects) in one process: each file in its
 * own transaction, so a bad file costs only itself. The format is chosen by content where the content says it
 * (a zip archive, {@code WEBVTT}, an SRT cue) and otherwise by extension; an importer contributed by a method or
 * institute for an extension is used for that extension. Only regular files are read (a FIFO, device or socket is
 * refused at once, before anything is opened). Folders are walked for files with a known extension.
 */
public final class FileImport {

    /** The outcome of one file. */
    public record Outcome(Path file, String format, List<String> conversationIds, List<String> warnings,
            List<String> errors) {
        public Outcome {
            conversationIds = List.copyOf(conversationIds);
            warnings = List.copyOf(warnings);
            errors = List.copyOf(errors);
        }

        public boolean imported() {
            return errors.isEmpty() && !conversationIds.isEmpty();
        }
    }

    /** Told before and after every file (on the importing thread). */
    public interface Listener {
        void started(int index, int total, Path file);

        void finished(int index, int total, Outcome outcome);
    }

    private static final String CORE = "nl.leefwereld.core."; //$NON-NLS-1$
    private static final Pattern SRT_START = Pattern.compile("\\A\\s*\\d+\\s*\\R\\s*\\d{1,2}:\\d{2}:\\d{2}[,.]\\d{1,3}\\s*-->.*", //$NON-NLS-1$
            Pattern.DOTALL);

    private final ConversationStore store;
    private final FormatRegistry formats;
    private final Map<String, Codebook> codebooks;

    /**
     * @param formats   the installed importers
     * @param codebooks the methods' codebooks by method id, to map REFI-QDA codes back (may be empty)
     */
    public FileImport(ConversationStore store, FormatRegistry formats, Map<String, Codebook> codebooks) {
        this.store = store;
        this.formats = formats;
        this.codebooks = Map.copyOf(codebooks);
    }

    /** The extensions this import reads (without dot, lower case). */
    public Set<String> extensions() {
        Set<String> result = new TreeSet<>();
        formats.importers().forEach(d -> result.addAll(d.extensions()));
        result.add(QdpxProjects.EXTENSION);
        return result;
    }

    /**
     * The files to import: files as given (whatever they are: the import refuses what is not a regular file), and
     * in folders (walked, links not followed) the regular files with a known extension, sorted.
     */
    public List<Path> expand(List<Path> arguments) throws IOException {
        List<Path> files = new ArrayList<>();
        Set<String> known = extensions();
        for (Path p : arguments) {
            if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.filter(f -> Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS))
                            .filter(f -> known.contains(extension(f))).sorted().forEach(files::add);
                }
            } else {
                files.add(p);
            }
        }
        return files;
    }

    /** Imports every file in turn; stops before the next file once {@code cancelled} says so. */
    public List<Outcome> run(List<Path> files, TranscriptImporter.Target target, Listener listener, BooleanSupplier cancelled) {
        List<Outcome> outcomes = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            if (cancelled != null && cancelled.getAsBoolean()) {
                break;
            }
            Path file = files.get(i);
            if (listener != null) {
                listener.started(i, files.size(), file);
            }
            Outcome o = importFile(file, target);
            outcomes.add(o);
            if (listener != null) {
                listener.finished(i, files.size(), o);
            }
        }
        return outcomes;
    }

    /** Imports one file in its own transaction; never throws for a bad file (that is in the outcome). */
    public Outcome importFile(Path file, TranscriptImporter.Target target) {
        byte[] head;
        try {
            UserFiles.check(file, UserFiles.Kind.ARCHIVE);
            try (InputStream in = UserFiles.open(file, UserFiles.Kind.ARCHIVE)) {
                head = in.readNBytes(512);
            }
        } catch (UserFileException e) {
            return failed(file, null, e.getMessage());
        } catch (IOException | RuntimeException e) {
            return failed(file, null, NLS.bind(Messages.Import_unreadable, file, e.getMessage()));
        }
        String sniffed = sniff(head, extension(file));
        try {
            if ("qdpx".equals(sniffed)) { //$NON-NLS-1$
                return importProject(file, target);
            }
            ConversationImporter importer = importer(file, sniffed);
            if (importer == null) {
                return failed(file, null, NLS.bind(Messages.Import_unknownFormat, file, String.join(", ", extensions()))); //$NON-NLS-1$
            }
            ConversationImporter.Result r = importer.read(file);
            String format = sniffed != null ? sniffed : extension(file);
            if (r.hasProblems()) {
                return new Outcome(file, format, List.of(), r.warnings(), r.problems());
            }
            Conversation c = r.conversation();
            if (c.getTitle() == null || c.getTitle().isBlank()) {
                c.setTitle(NLS.bind(Messages.Import_defaultTitle, file.getFileName()));
            }
            new TranscriptImporter(store).save(c, target);
            return new Outcome(file, format, List.of(c.getId()), r.warnings(), List.of());
        } catch (ExchangeFormatException e) {
            return failed(file, sniffed, e.getMessage());
        } catch (IllegalArgumentException e) {
            return failed(file, sniffed, e.getMessage());
        } catch (IOException | RuntimeException e) {
            String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            return failed(file, sniffed, NLS.bind(Messages.Import_notStored, file, reason));
        }
    }

    /**
     * Stores a REFI-QDA project: its cases as new clients (one transaction), then all its conversations (one
     * transaction); sources without a case go to the target. Conversation ids of the project are kept unless the
     * database already holds them.
     */
    private Outcome importProject(Path file, TranscriptImporter.Target target) throws IOException {
        QdpxReader.Project project = new QdpxReader(codebooks).read(file);
        if (project.conversations().isEmpty()) {
            return new Outcome(file, "qdpx", List.of(), project.warnings(), //$NON-NLS-1$
                    List.of(NLS.bind(Messages.Qdpx_noSources, file)));
        }
        for (Conversation c : project.conversations()) {
            if (store.loadConversation(c.getId()) != null) {
                c.setId(UUID.randomUUID().toString());
            }
        }
        List<Conversation> withCase = new ArrayList<>();
        List<Client> clients = new ArrayList<>();
        for (Map.Entry<Client, List<Conversation>> e : project.clients().entrySet()) {
            Client client = e.getKey();
            if (store.loadClient(client.getId()) != null) {
                client.setId(UUID.randomUUID().toString());
            }
            Trajectory t = ModelFactory.eINSTANCE.createTrajectory();
            t.setId(UUID.randomUUID().toString());
            t.setTitle(NLS.bind(Messages.Qdpx_trajectory, project.name() == null ? file.getFileName() : project.name()));
            t.setStartDate(new Date());
            client.getTrajectories().add(t);
            clients.add(client);
            for (Conversation c : e.getValue()) {
                withCase.add(c);
            }
        }
        keepCodebook(project);
        if (!clients.isEmpty()) {
            store.saveClients(clients);
        }
        List<Conversation> rest = new ArrayList<>(project.conversations());
        rest.removeAll(withCase);
        List<Conversation> all = new ArrayList<>();
        for (Map.Entry<Client, List<Conversation>> e : project.clients().entrySet()) {
            Trajectory t = e.getKey().getTrajectories().get(0);
            for (Conversation c : e.getValue()) {
                c.setTrajectory(t);
                all.add(c);
            }
        }
        for (Conversation c : project.conversations()) {
            if (c.getDate() == null) {
                c.setDate(new Date());
            }
        }
        if (!all.isEmpty()) {
            store.saveConversations(all);
        }
        if (!rest.isEmpty()) {
            new TranscriptImporter(store).saveAll(rest, target);
        }
        return new Outcome(file, "qdpx", project.conversations().stream().map(Conversation::getId).toList(), //$NON-NLS-1$
                project.warnings(), List.of());
    }

    /**
     * Keeps the project's codes that no installed method's codebook has (codes of other tools, of methods not
     * installed), also those no coding uses, so that an export writes them again.
     */
    private void keepCodebook(QdpxReader.Project project) {
        for (Map.Entry<String, List<CodebookEntry>> e : project.codebook().entrySet()) {
            Codebook installed = codebooks.get(e.getKey());
            List<CodebookEntry> own = e.getValue().stream().filter(c -> installed == null || !has(installed.getCodes(), c.codeId()))
                    .toList();
            if (!own.isEmpty()) {
                store.saveCodebook(e.getKey(), own);
            }
        }
    }

    private static boolean has(List<Code> codes, String id) {
        return codes.stream().anyMatch(c -> id.equals(c.getId()) || has(c.getCodes(), id));
    }

    private ConversationImporter importer(Path file, String sniffed) {
        FormatDescriptor<ConversationImporter> byExtension = formats.importerFor(file);
        if (byExtension != null && !byExtension.id().startsWith(CORE)) {
            return byExtension.create(); // a method's or institute's own format for this extension
        }
        if (sniffed != null) {
            for (FormatDescriptor<ConversationImporter> d : formats.importers()) {
                if (d.id().equals(CORE + sniffed)) {
                    return d.create();
                }
            }
        }
        if (byExtension != null) {
            return byExtension.create();
        }
        return formats.importers().stream().filter(d -> d.id().equals(CORE + "transcript")).findFirst() //$NON-NLS-1$
                .filter(d -> "".equals(extension(file))).map(FormatDescriptor::create).orElse(null); //$NON-NLS-1$
    }

    /** The format the first bytes show: {@code qdpx}, {@code docx}, {@code vtt}, {@code srt}, or {@code null}. */
    static String sniff(byte[] head, String extension) {
        if (head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
            return QdpxProjects.EXTENSION.equals(extension) ? "qdpx" : "docx"; //$NON-NLS-1$ //$NON-NLS-2$
        }
        if (QdpxProjects.EXTENSION.equals(extension)) {
            return "qdpx"; // not a zip: the reader says so //$NON-NLS-1$
        }
        String text;
        if (head.length >= 2 && ((head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE)) {
            text = new String(head, 2, head.length - 2, StandardCharsets.UTF_16LE);
        } else if (head.length >= 2 && ((head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF)) {
            text = new String(head, 2, head.length - 2, StandardCharsets.UTF_16BE);
        } else {
            text = new String(head, StandardCharsets.UTF_8);
        }
        if (text.startsWith("\uFEFF")) { //$NON-NLS-1$
            text = text.substring(1);
        }
        if (text.startsWith("WEBVTT")) { //$NON-NLS-1$
            return "vtt"; //$NON-NLS-1$
        }
        if (SRT_START.matcher(text).matches()) {
            return "srt"; //$NON-NLS-1$
        }
        return null;
    }

    static String extension(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString(); //$NON-NLS-1$
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT); //$NON-NLS-1$
    }

    private static Outcome failed(Path file, String format, String message) {
        return new Outcome(file, format, List.of(), List.of(), List.of(message));
    }
}
