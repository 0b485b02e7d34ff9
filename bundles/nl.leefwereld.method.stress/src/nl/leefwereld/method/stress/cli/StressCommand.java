// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.method.stress.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.SimpleDateFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.eclipse.osgi.util.NLS;

import nl.leefwereld.core.cli.CliArguments;
import nl.leefwereld.core.cli.CliCommand;
import nl.leefwereld.core.cli.CliContext;
import nl.leefwereld.core.cli.CliUsageException;
import nl.leefwereld.core.io.JsonWriter;
import nl.leefwereld.method.stress.LetterCheck;
import nl.leefwereld.method.stress.PhraseEvaluation;
import nl.leefwereld.method.stress.OpeningCheck;
import nl.leefwereld.method.stress.Readability;
import nl.leefwereld.method.stress.StressLanguage;
import nl.leefwereld.method.stress.StressTrajectory;
import nl.leefwereld.method.stress.WelcomeGuide;
import nl.leefwereld.method.stress.model.ScarcityDomain;
import nl.leefwereld.method.stress.model.StressSignal;
import nl.leefwereld.model.Conversation;

/**
 * {@code leefwereld stress letter <file>}: stress-adding language and readability of a letter (UTF-8 text);
 * {@code leefwereld stress trajectory <client-id>}: the client's stress over time;
 * {@code leefwereld stress welcome <conversation-id>}: the welcome guide's steps and the opening check.
 * Text, or JSON with the global {@code --format json}.
 */
public class StressCommand implements CliCommand {

    @Override
    public String name() {
        return "stress"; //$NON-NLS-1$
    }

    @Override
    public String usage() {
        return "stress letter <file> | stress trajectory <client-id> | stress welcome <conversation-id> | stress evaluate <phrases.tsv>"; //$NON-NLS-1$
    }

    @Override
    public int run(CliContext ctx, List<String> args) throws Exception {
        CliArguments a = CliArguments.parse(args, Set.of(), Set.of());
        List<String> p = a.positionals();
        if (p.size() != 2) {
            throw new CliUsageException(Messages.Stress_usage);
        }
        boolean json = "json".equals(ctx.format("text")); //$NON-NLS-1$ //$NON-NLS-2$
        return switch (p.get(0)) {
            case "letter", "brief" -> letter(ctx, Path.of(p.get(1)), json); //$NON-NLS-1$ //$NON-NLS-2$
            case "trajectory", "traject" -> trajectory(ctx, p.get(1), json); //$NON-NLS-1$ //$NON-NLS-2$
            case "welcome", "welkom" -> welcome(ctx, p.get(1), json); //$NON-NLS-1$ //$NON-NLS-2$
            case "evaluate" -> evaluate(ctx, Path.of(p.get(1)), json); //$NON-NLS-1$
            default -> throw new CliUsageException(NLS.bind(Messages.Stress_unknownSubcommand, p.get(0)));
        };
    }

    private static DecimalFormat number() {
        return new DecimalFormat("0.0", DecimalFormatSymbols.getInstance(Locale.ROOT)); //$NON-NLS-1$
    }

    private int letter(CliContext ctx, Path file, boolean json) {
        String text;
        try {
            text = LetterCheck.read(file);
        } catch (LetterCheck.LetterException e) {
            ctx.err().println(e.getMessage());
            return EXIT_USAGE;
        }
        LetterCheck.Report report = LetterCheck.check(text);
        Readability r = report.readability();
        if (json) {
            JsonWriter w = new JsonWriter(ctx.out());
            w.beginObject().field("file", file.toString()); //$NON-NLS-1$
            w.name("flags").beginArray(); //$NON-NLS-1$
            for (StressLanguage.Flag f : report.flags()) {
                w.beginObject().field("line", Integer.valueOf(f.line())).field("kind", f.kind().name().toLowerCase(Locale.ROOT)) //$NON-NLS-1$ //$NON-NLS-2$
                        .field("kindLabel", f.kind().label()).field("text", f.text()).field("reason", f.reason()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                if (f.alternative() != null) {
                    w.field("alternative", f.alternative()); //$NON-NLS-1$
                } else {
                    w.name("alternative").nullValue(); //$NON-NLS-1$
                }
                w.field("start", Integer.valueOf(f.start())).field("end", Integer.valueOf(f.end())).endObject(); //$NON-NLS-1$ //$NON-NLS-2$
            }
            w.endArray();
            w.name("readability").beginObject() //$NON-NLS-1$
                    .field("sentences", Integer.valueOf(r.sentences())).field("words", Integer.valueOf(r.words())) //$NON-NLS-1$ //$NON-NLS-2$
                    .field("syllables", Integer.valueOf(r.syllables())).field("longWords", Integer.valueOf(r.longWords())) //$NON-NLS-1$ //$NON-NLS-2$
                    .field("longSentences", Integer.valueOf(r.longSentences())) //$NON-NLS-1$
                    .field("averageSentenceLength", round(r.averageSentenceLength())) //$NON-NLS-1$
                    .field("longWordShare", Double.valueOf(Math.round(r.longWordShare() * 1000) / 1000.0)) //$NON-NLS-1$
                    .field("fleschDouma", Double.isNaN(r.fleschDouma()) ? null : round(r.fleschDouma())) //$NON-NLS-1$
                    .field("level", r.level()).endObject(); //$NON-NLS-1$
            w.endObject();
            w.finish();
            return EXIT_OK;
        }
        PrintStream out = ctx.out();
        out.println(NLS.bind(Messages.Stress_letterHeader, file, Integer.valueOf(report.flags().size())));
        for (StressLanguage.Flag f : report.flags()) {
            out.println(NLS.bind(Messages.Stress_flagLine, new Object[] { Integer.valueOf(f.line()), f.kind().label(), shorten(f.text()), f.reason() }));
            if (f.alternative() != null) {
                out.println(NLS.bind(Messages.Stress_flagAlternative, f.alternative()));
            }
        }
        DecimalFormat n = number();
        out.println(Messages.Stress_readabilityHeader);
        out.println(NLS.bind(Messages.Stress_readabilitySentences, new Object[] { Integer.valueOf(r.sentences()), Integer.valueOf(r.words()),
                n.format(r.averageSentenceLength()), Integer.valueOf(r.longSentences()) }));
        out.println(NLS.bind(Messages.Stress_readabilityLongWords, Integer.valueOf(r.longWords()), n.format(r.longWordShare() * 100)));
        out.println(NLS.bind(Messages.Stress_readabilityFlesch,
                Double.isNaN(r.fleschDouma()) ? "-" : n.format(r.fleschDouma()), r.level())); //$NON-NLS-1$
        return EXIT_OK;
    }

    /** Precision, recall and F1 of the language check on labelled phrases (kinds, phrase per line). */
    private static int evaluate(CliContext ctx, Path file, boolean json) {
        PhraseEvaluation.Result r;
        try {
            r = PhraseEvaluation.evaluate(StressLanguage.defaults(), PhraseEvaluation.parse(LetterCheck.read(file), file.toString()));
        } catch (LetterCheck.LetterException | StressLanguage.RulesFormatException e) {
            ctx.err().println(e.getMessage());
            return EXIT_USAGE;
        }
        if (json) {
            JsonWriter w = new JsonWriter(ctx.out());
            w.beginObject().field("file", file.toString()).field("phrases", Integer.valueOf(r.phrases())) //$NON-NLS-1$ //$NON-NLS-2$
                    .field("precision", Double.valueOf(r.precision())).field("recall", Double.valueOf(r.recall())) //$NON-NLS-1$ //$NON-NLS-2$
                    .field("f1", Double.valueOf(r.f1())).field("tp", Integer.valueOf(r.tp())).field("fp", Integer.valueOf(r.fp())) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    .field("fn", Integer.valueOf(r.fn())); //$NON-NLS-1$
            w.name("misses").beginArray(); //$NON-NLS-1$
            for (PhraseEvaluation.Miss m : r.misses()) {
                w.beginObject().field("line", Integer.valueOf(m.item().line())).field("kind", m.kind().name().toLowerCase(Locale.ROOT)) //$NON-NLS-1$ //$NON-NLS-2$
                        .field("falseFlag", Boolean.valueOf(m.found())).field("phrase", m.item().phrase()).endObject(); //$NON-NLS-1$ //$NON-NLS-2$
            }
            w.endArray().endObject();
            w.finish();
            return EXIT_OK;
        }
        PrintStream out = ctx.out();
        out.println(NLS.bind(Messages.Stress_evaluateHeader, Integer.valueOf(r.phrases()), file));
        out.println(NLS.bind(Messages.Stress_evaluateTotal, new Object[] { figure(r.precision()), figure(r.recall()), figure(r.f1()),
                Integer.valueOf(r.tp()), Integer.valueOf(r.fp()), Integer.valueOf(r.fn()) }));
        for (var e : r.perKind().entrySet()) {
            int[] c = e.getValue();
            out.println(NLS.bind(Messages.Stress_evaluateKind, new Object[] { e.getKey().label(), Integer.valueOf(c[0]), Integer.valueOf(c[1]),
                    Integer.valueOf(c[2]) }));
        }
        for (PhraseEvaluation.Miss m : r.misses()) {
            out.println(NLS.bind(m.found() ? Messages.Stress_evaluateFalseFlag : Messages.Stress_evaluateMissed,
                    new Object[] { Integer.valueOf(m.item().line()), m.kind().label(), m.item().phrase() }));
        }
        return EXIT_OK;
    }

    private static String figure(double d) {
        return String.format(Locale.ROOT, "%.3f", Double.valueOf(d)); //$NON-NLS-1$
    }

    private static Double round(double v) {
        return Double.valueOf(Math.round(v * 10) / 10.0);
    }

    private static String shorten(String s) {
        String one = s.replace('\n', ' ');
        return one.length() <= 70 ? one : one.substring(0, 67) + "..."; //$NON-NLS-1$
    }

    private int trajectory(CliContext ctx, String clientId, boolean json) {
        List<StressTrajectory.Point> points = StressTrajectory.of(ctx.store(), clientId, Map.of());
        if (points == null) {
            ctx.err().println(NLS.bind(Messages.Stress_unknownClient, clientId));
            return EXIT_USAGE;
        }
        SimpleDateFormat date = new SimpleDateFormat("yyyy-MM-dd"); //$NON-NLS-1$
        if (json) {
            JsonWriter w = new JsonWriter(ctx.out());
            w.beginObject().field("client", clientId).name("points").beginArray(); //$NON-NLS-1$ //$NON-NLS-2$
            for (StressTrajectory.Point p : points) {
                w.beginObject().field("conversation", p.conversationId()).field("title", p.title()) //$NON-NLS-1$ //$NON-NLS-2$
                        .field("date", p.date() == null ? null : date.format(p.date())); //$NON-NLS-1$
                if (p.clientScore() == null) {
                    w.name("clientScore").nullValue(); //$NON-NLS-1$
                } else {
                    w.field("clientScore", p.clientScore()); //$NON-NLS-1$
                }
                w.name("signals").beginArray(); //$NON-NLS-1$
                p.signals().forEach(s -> w.value(s.getLiteral()));
                w.endArray().name("domains").beginArray(); //$NON-NLS-1$
                p.domains().forEach(d -> w.value(d.getLiteral()));
                w.endArray().field("observation", p.observation()).endObject(); //$NON-NLS-1$
            }
            w.endArray().endObject();
            w.finish();
            return EXIT_OK;
        }
        PrintStream out = ctx.out();
        out.println(NLS.bind(Messages.Stress_trajectoryHeader, clientId, Integer.valueOf(points.size())));
        for (StressTrajectory.Point p : points) {
            String score = p.clientScore() == null ? "-" : p.clientScore() + "/10"; //$NON-NLS-1$ //$NON-NLS-2$
            out.println(NLS.bind(Messages.Stress_trajectoryLine, new Object[] { p.date() == null ? "?" : date.format(p.date()), //$NON-NLS-1$
                    p.title() == null ? p.conversationId() : p.title(), score, bar(p.clientScore()) }));
            if (!p.signals().isEmpty()) {
                out.println(NLS.bind(Messages.Stress_trajectorySignals,
                        String.join(", ", p.signals().stream().map(StressTrajectory::label).toList()))); //$NON-NLS-1$
            }
            if (!p.domains().isEmpty()) {
                out.println(NLS.bind(Messages.Stress_trajectoryDomains,
                        String.join(", ", p.domains().stream().map(StressTrajectory::label).toList()))); //$NON-NLS-1$
            }
        }
        Map<ScarcityDomain, Long> counts = StressTrajectory.domainCounts(points);
        if (!counts.isEmpty()) {
            StringBuilder b = new StringBuilder();
            counts.forEach((d, c) -> b.append(b.length() == 0 ? "" : ", ").append(StressTrajectory.label(d)).append(' ').append(c)); //$NON-NLS-1$ //$NON-NLS-2$
            out.println(NLS.bind(Messages.Stress_trajectoryDomainCounts, b));
        }
        return EXIT_OK;
    }

    private static String bar(Integer score) {
        return score == null ? "" : "#".repeat(Math.max(0, Math.min(10, score.intValue()))); //$NON-NLS-1$ //$NON-NLS-2$
    }

    private int welcome(CliContext ctx, String conversationId, boolean json) {
        Conversation c = ctx.store().loadConversation(conversationId);
        if (c == null) {
            ctx.err().println(NLS.bind(Messages.Stress_unknownConversation, conversationId));
            return EXIT_USAGE;
        }
        List<WelcomeGuide.StepCheck> steps = WelcomeGuide.check(c);
        OpeningCheck.Result opening = OpeningCheck.check(c);
        if (json) {
            JsonWriter w = new JsonWriter(ctx.out());
            w.beginObject().field("conversation", c.getId()).field("opening", WelcomeGuide.opening()).name("steps").beginArray(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            for (WelcomeGuide.StepCheck s : steps) {
                w.beginObject().field("step", s.step().name().toLowerCase(Locale.ROOT)).field("label", s.step().label()) //$NON-NLS-1$ //$NON-NLS-2$
                        .field("done", s.done()).field("inOrder", s.inOrder()) //$NON-NLS-1$ //$NON-NLS-2$
                        .field("utterance", s.done() ? s.utterance().getId() : null) //$NON-NLS-1$
                        .field("text", s.done() ? s.utterance().getText() : null).field("trigger", s.trigger()).endObject(); //$NON-NLS-1$ //$NON-NLS-2$
            }
            w.endArray().name("openingCheck").beginObject().field("verdict", opening.verdict().name().toLowerCase(Locale.ROOT)) //$NON-NLS-1$ //$NON-NLS-2$
                    .field("label", opening.verdict().label()); //$NON-NLS-1$
            hits(w, "connections", opening.connections()); //$NON-NLS-1$
            hits(w, "systemQuestions", opening.systemQuestions()); //$NON-NLS-1$
            hits(w, "smallTalk", opening.smallTalk()); //$NON-NLS-1$
            w.endObject().endObject();
            w.finish();
            return EXIT_OK;
        }
        PrintStream out = ctx.out();
        out.println(NLS.bind(Messages.Stress_welcomeHeader, c.getTitle() == null ? c.getId() : c.getTitle(), WelcomeGuide.opening()));
        int i = 1;
        for (WelcomeGuide.StepCheck s : steps) {
            String state = !s.done() ? Messages.Stress_stepMissing : s.inOrder() ? Messages.Stress_stepDone : Messages.Stress_stepOutOfOrder;
            out.println(NLS.bind(Messages.Stress_stepLine, new Object[] { Integer.valueOf(i++), state, s.step().label() }));
            if (s.done()) {
                out.println(NLS.bind(Messages.Stress_stepUtterance, speaker(s.utterance()), s.utterance().getText()));
            }
        }
        out.println(NLS.bind(Messages.Stress_openingLine, opening.verdict().label()));
        for (OpeningCheck.Hit h : opening.systemQuestionsBeforeConnection()) {
            out.println(NLS.bind(Messages.Stress_openingSystem, h.trigger(), h.utterance().getText()));
        }
        if (opening.firstConnection() != null) {
            out.println(NLS.bind(Messages.Stress_openingConnection, opening.firstConnection().trigger(), opening.firstConnection().utterance().getText()));
        }
        return EXIT_OK;
    }

    private static String speaker(nl.leefwereld.model.Utterance u) {
        return u.getSpeaker() == null ? "?" : u.getSpeaker().getName(); //$NON-NLS-1$
    }

    private static void hits(JsonWriter w, String name, List<OpeningCheck.Hit> hits) {
        w.name(name).beginArray();
        for (OpeningCheck.Hit h : hits) {
            w.beginObject().field("utterance", h.utterance().getId()).field("text", h.utterance().getText()) //$NON-NLS-1$ //$NON-NLS-2$
                    .field("trigger", h.trigger()).endObject(); //$NON-NLS-1$
        }
        w.endArray();
    }

    static String signals(List<StressSignal> s) {
        return String.join(", ", s.stream().map(StressTrajectory::label).toList()); //$NON-NLS-1$
    }
}
