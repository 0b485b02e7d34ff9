// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.method.blanco.cli;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Set;

import org.eclipse.osgi.util.NLS;

import nl.leefwereld.core.cli.CliArguments;
import nl.leefwereld.core.cli.CliCommand;
import nl.leefwereld.core.cli.CliContext;
import nl.leefwereld.core.cli.CliUsageException;
import nl.leefwereld.core.coding.Assessments;
import nl.leefwereld.core.coding.Coders;
import nl.leefwereld.core.io.JsonWriter;
import nl.leefwereld.core.io.UserFileException;
import nl.leefwereld.core.io.UserFiles;
import nl.leefwereld.method.blanco.Classification;
import nl.leefwereld.method.blanco.ClassifierEvaluation;
import nl.leefwereld.method.blanco.ClientAssessments;
import nl.leefwereld.method.blanco.Cue;
import nl.leefwereld.method.blanco.FilmExtractor;
import nl.leefwereld.method.blanco.FilmFormat;
import nl.leefwereld.method.blanco.Films;
import nl.leefwereld.method.blanco.Sentence;
import nl.leefwereld.method.blanco.SentenceClassifier;
import nl.leefwereld.method.blanco.model.EntryKind;
import nl.leefwereld.method.blanco.model.LifeFilm;
import nl.leefwereld.model.Client;
import nl.leefwereld.model.Conversation;
import nl.leefwereld.model.Trajectory;

/**
 * {@code leefwereld blanco film <client-id> [--suggest] [--save]}: the client's film (timeline and network), with
 * {@code --suggest} completed by suggestions from the client's own words in his conversations, saved with
 * {@code --save}. {@code leefwereld blanco check <file>}: every sentence of a notes file as fact or judgment with
 * the reason. {@code leefwereld blanco evaluate <labelled.tsv>}: precision, recall and F1 of the classifier on a
 * labelled set. All print text, or JSON with {@code --format json}.
 */
public class BlancoCommand implements CliCommand {

    /** Largest notes file read by {@code check}. */
    public static final long MAX_BYTES = 5L * 1024 * 1024;

    @Override
    public String name() {
        return "blanco"; //$NON-NLS-1$
    }

    @Override
    public String usage() {
        return "blanco film <client-id> [--suggest] [--save] | blanco check <file> | blanco evaluate <labelled.tsv>"; //$NON-NLS-1$
    }

    @Override
    public int run(CliContext ctx, List<String> args) throws Exception {
        CliArguments a = CliArguments.parse(args, Set.of(), Set.of("--suggest", "--save")); //$NON-NLS-1$ //$NON-NLS-2$
        List<String> p = a.positionals();
        if (p.size() != 2) {
            throw new CliUsageException(Messages.Blanco_usage);
        }
        boolean json = "json".equals(ctx.format("text")); //$NON-NLS-1$ //$NON-NLS-2$
        return switch (p.get(0)) {
            case "film" -> film(ctx, p.get(1), a.flag("--suggest"), a.flag("--save"), json); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            case "check" -> check(ctx, Path.of(p.get(1)), json); //$NON-NLS-1$
            case "evaluate" -> evaluate(ctx, Path.of(p.get(1)), json); //$NON-NLS-1$
            default -> throw new CliUsageException(NLS.bind(Messages.Blanco_unknownSubcommand, p.get(0)));
        };
    }

    private static int film(CliContext ctx, String clientId, boolean suggest, boolean save, boolean json) {
        Client client = ctx.store().loadClient(clientId);
        if (client == null) {
            ctx.err().println(NLS.bind(Messages.Blanco_unknownClient, clientId));
            return EXIT_USAGE;
        }
        LifeFilm film = Assessments.latest(client, LifeFilm.class);
        boolean stored = film != null;
        if (film == null) {
            film = Films.create(Coders.currentUser(), new Date());
        }
        if (suggest) {
            List<Conversation> conversations = new ArrayList<>();
            for (Trajectory t : client.getTrajectories()) {
                for (Conversation header : t.getConversations()) {
                    Conversation c = ctx.store().loadConversation(header.getId());
                    if (c != null) {
                        conversations.add(c);
                    }
                }
            }
            FilmExtractor.Suggestions s = new FilmExtractor().extract(conversations);
            film.getEvents().addAll(s.events());
            film.getPeople().addAll(s.people());
        }
        if (save) {
            ClientAssessments.save(ctx.store(), client.getId(), film);
        }
        String name = client.getDisplayName() == null ? client.getId() : client.getDisplayName();
        if (json) {
            ctx.out().print(FilmFormat.json(client.getId(), name, film));
        } else {
            FilmFormat.text(name, film, ctx.out());
            if (!stored && !save) {
                ctx.out().println(Messages.Blanco_notStored);
            }
        }
        return EXIT_OK;
    }

    private static int check(CliContext ctx, Path file, boolean json) throws CliUsageException {
        String text = read(file);
        SentenceClassifier classifier = new SentenceClassifier();
        List<Sentence> sentences = classifier.sentences(text);
        if (json) {
            StringBuilder b = new StringBuilder();
            JsonWriter w = new JsonWriter(b);
            w.beginArray();
            for (Sentence s : sentences) {
                Classification c = classifier.classify(s.text());
                w.beginObject().field("line", Integer.valueOf(s.line())).field("sentence", s.text()) //$NON-NLS-1$ //$NON-NLS-2$
                        .field("kind", c.kind().getLiteral()).field("reason", c.reason()); //$NON-NLS-1$ //$NON-NLS-2$
                w.name("cues").beginArray(); //$NON-NLS-1$
                for (Cue cue : c.cues()) {
                    w.beginObject().field("words", cue.text()).field("kind", cue.kind().name().toLowerCase()) //$NON-NLS-1$ //$NON-NLS-2$
                            .field("clause", cue.clause()).endObject(); //$NON-NLS-1$
                }
                w.endArray().endObject();
            }
            w.endArray();
            w.finish();
            ctx.out().print(b);
            return EXIT_OK;
        }
        int judgments = 0;
        for (Sentence s : sentences) {
            Classification c = classifier.classify(s.text());
            if (c.isJudgment()) {
                judgments++;
            }
            ctx.out().println(NLS.bind(Messages.Blanco_checkLine, new Object[] { Integer.valueOf(s.line()),
                    pad(c.isJudgment() ? Messages.Blanco_judgment : Messages.Blanco_fact), s.text() }));
            ctx.out().println("        " + c.reason()); //$NON-NLS-1$
        }
        ctx.out().println(NLS.bind(Messages.Blanco_checkSummary, new Object[] { Integer.valueOf(sentences.size()),
                Integer.valueOf(sentences.size() - judgments), Integer.valueOf(judgments) }));
        return EXIT_OK;
    }

    /** Precision, recall and F1 of the classifier on a labelled set (label, language, sentence per line). */
    private static int evaluate(CliContext ctx, Path file, boolean json) throws CliUsageException {
        String text = read(file);
        List<ClassifierEvaluation.Item> items;
        try {
            items = ClassifierEvaluation.parse(text, file.toString());
        } catch (ClassifierEvaluation.FormatException e) {
            throw new CliUsageException(e.getMessage());
        }
        ClassifierEvaluation.Result r = ClassifierEvaluation.evaluate(new SentenceClassifier(), items);
        if (json) {
            StringBuilder b = new StringBuilder();
            JsonWriter w = new JsonWriter(b);
            w.beginObject().field("sentences", Integer.valueOf(r.size())) //$NON-NLS-1$
                    .field("judgmentPrecision", Double.valueOf(r.precision())).field("judgmentRecall", Double.valueOf(r.recall())) //$NON-NLS-1$ //$NON-NLS-2$
                    .field("judgmentF1", Double.valueOf(r.f1())).field("factPrecision", Double.valueOf(r.factPrecision())) //$NON-NLS-1$ //$NON-NLS-2$
                    .field("factRecall", Double.valueOf(r.factRecall())).field("factF1", Double.valueOf(r.factF1())) //$NON-NLS-1$ //$NON-NLS-2$
                    .field("tp", Integer.valueOf(r.tp())).field("fp", Integer.valueOf(r.fp())).field("fn", Integer.valueOf(r.fn())) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    .field("tn", Integer.valueOf(r.tn())); //$NON-NLS-1$
            w.name("misclassified").beginArray(); //$NON-NLS-1$
            for (ClassifierEvaluation.Miss m : r.misses()) {
                w.beginObject().field("line", Integer.valueOf(m.item().line())).field("expected", m.item().label().getLiteral()) //$NON-NLS-1$ //$NON-NLS-2$
                        .field("sentence", m.item().sentence()).field("reason", m.got().reason()).endObject(); //$NON-NLS-1$ //$NON-NLS-2$
            }
            w.endArray().endObject();
            w.finish();
            ctx.out().print(b);
            return EXIT_OK;
        }
        ctx.out().println(NLS.bind(Messages.Blanco_evaluateHeader, Integer.valueOf(r.size()), file));
        ctx.out().println(NLS.bind(Messages.Blanco_evaluateLine, new Object[] { pad(Messages.Blanco_judgment), figure(r.precision()),
                figure(r.recall()), figure(r.f1()), Integer.valueOf(r.tp()), Integer.valueOf(r.fp()), Integer.valueOf(r.fn()) }));
        ctx.out().println(NLS.bind(Messages.Blanco_evaluateLine, new Object[] { pad(Messages.Blanco_fact), figure(r.factPrecision()),
                figure(r.factRecall()), figure(r.factF1()), Integer.valueOf(r.tn()), Integer.valueOf(r.fn()), Integer.valueOf(r.fp()) }));
        for (ClassifierEvaluation.Miss m : r.misses()) {
            ctx.out().println(NLS.bind(Messages.Blanco_evaluateMiss, new Object[] { Integer.valueOf(m.item().line()),
                    m.item().label() == EntryKind.JUDGMENT ? Messages.Blanco_judgment : Messages.Blanco_fact, m.item().sentence() }));
            ctx.out().println("        " + m.got().reason()); //$NON-NLS-1$
        }
        return EXIT_OK;
    }

    private static String figure(double d) {
        return String.format(java.util.Locale.ROOT, "%.3f", Double.valueOf(d)); //$NON-NLS-1$
    }

    private static String pad(String s) {
        return String.format("%-8s", s); //$NON-NLS-1$
    }

    /** The file as UTF-8 text, or a usage error naming the file (and line) and the problem. */
    static String read(Path file) throws CliUsageException {
        byte[] bytes;
        try {
            // only a regular file, its size checked before reading: a FIFO or /dev/zero is refused
            bytes = UserFiles.readBytes(file, MAX_BYTES);
        } catch (UserFileException e) {
            throw new CliUsageException(e.getMessage());
        }
        int offset = bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF ? 3 : 0;
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
        } catch (CharacterCodingException e) {
            throw new CliUsageException(NLS.bind(Messages.Blanco_notUtf8, file, Integer.valueOf(badLine(bytes, offset))));
        }
    }

    /** The 1-based line holding the first byte sequence that is not UTF-8. */
    private static int badLine(byte[] bytes, int offset) {
        int line = 1;
        int lineStart = offset;
        for (int i = offset; i <= bytes.length; i++) {
            if (i == bytes.length || bytes[i] == '\n') {
                try {
                    StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                            .decode(ByteBuffer.wrap(bytes, lineStart, i - lineStart));
                } catch (CharacterCodingException e) {
                    return line;
                }
                line++;
                lineStart = i + 1;
            }
        }
        return line;
    }
}
