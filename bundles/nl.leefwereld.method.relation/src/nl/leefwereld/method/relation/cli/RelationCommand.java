// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.method.relation.cli;

import java.text.SimpleDateFormat;
import java.util.Date;
import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.osgi.util.NLS;

import nl.leefwereld.core.cli.CliArguments;
import nl.leefwereld.core.cli.CliCommand;
import nl.leefwereld.core.cli.CliContext;
import nl.leefwereld.core.cli.CliUsageException;
import nl.leefwereld.core.coding.Assessments;
import nl.leefwereld.core.coding.Coders;
import nl.leefwereld.core.io.JsonWriter;
import nl.leefwereld.core.learn.LearningCli;
import nl.leefwereld.core.method.Finding;
import nl.leefwereld.method.relation.ConversationScan;
import nl.leefwereld.method.relation.MarkerSuggestions;
import nl.leefwereld.method.relation.RelationAnalyzer;
import nl.leefwereld.method.relation.RelationAssessor;
import nl.leefwereld.method.relation.RelationLearning;
import nl.leefwereld.method.relation.RelationMethod;
import nl.leefwereld.method.relation.RelationTypes;
import nl.leefwereld.method.relation.Timeline;
import nl.leefwereld.method.relation.model.Question;
import nl.leefwereld.method.relation.model.QuestionAnswer;
import nl.leefwereld.method.relation.model.RelationAssessment;
import nl.leefwereld.method.relation.model.RelationFactory;
import nl.leefwereld.method.relation.model.RelationType;
import nl.leefwereld.method.relation.model.SessionFeedback;
import nl.leefwereld.method.relation.model.SolutionTool;
import nl.leefwereld.method.relation.model.TaskKind;
import nl.leefwereld.model.Client;
import nl.leefwereld.model.Conversation;
import nl.leefwereld.model.Utterance;

/**
 * {@code leefwereld relation timeline <client-id>}, {@code relation show <conversation-id>},
 * {@code relation assess <conversation-id>} (stores the assessment the markers suggest) and
 * {@code relation override <conversation-id> --type <bezoeker|klager|klant> --reason <text>} and
 * {@code relation feedback <conversation-id> [--compliment <text>] [--bridge <text>] [--task <text>]
 * [--task-kind <geen|observatie|actie>]} (records the session-end feedback; an empty text clears a part). Text or
 * {@code --format json}. {@code relation train|evaluate|model}: the trainable relation typing
 * ({@link RelationLearning}, through core's {@link LearningCli}).
 */
public class RelationCommand implements CliCommand {

    private static final String TYPE = "--type"; //$NON-NLS-1$
    private static final String REASON = "--reason"; //$NON-NLS-1$
    private static final String ASSESSOR = "--assessor"; //$NON-NLS-1$
    private static final String COMPLIMENT = "--compliment"; //$NON-NLS-1$
    private static final String BRIDGE = "--bridge"; //$NON-NLS-1$
    private static final String TASK = "--task"; //$NON-NLS-1$
    private static final String TASK_KIND = "--task-kind"; //$NON-NLS-1$
    private static final String JSON = "json"; //$NON-NLS-1$

    @Override
    public String name() {
        return "relation"; //$NON-NLS-1$
    }

    @Override
    public String usage() {
        return Messages.Relation_usage;
    }

    @Override
    public int run(CliContext ctx, List<String> args) throws Exception {
        if (!args.isEmpty()) {
            List<String> rest = args.subList(1, args.size());
            switch (args.get(0)) {
                case "train": //$NON-NLS-1$
                    return LearningCli.train(ctx, rest, RelationLearning.LEARNER, Messages.Relation_trainArgs);
                case "evaluate": { //$NON-NLS-1$
                    int exit = LearningCli.evaluate(ctx, rest, RelationLearning.LEARNER, Messages.Relation_trainArgs);
                    overrides(ctx, CliArguments.parse(rest, Set.of(LearningCli.CODER, LearningCli.FOLDS, LearningCli.SEED),
                            Set.of()).option(LearningCli.CODER));
                    return exit;
                }
                case "model": //$NON-NLS-1$
                    return LearningCli.model(ctx, rest, RelationLearning.LEARNER, Messages.Relation_trainArgs);
                default:
                    break;
            }
        }
        CliArguments a = CliArguments.parse(args, Set.of(TYPE, REASON, ASSESSOR, COMPLIMENT, BRIDGE, TASK, TASK_KIND), Set.of());
        if (a.positionals().size() != 2) {
            throw new CliUsageException(Messages.Relation_needSubcommand);
        }
        String sub = a.positionals().get(0);
        String id = a.positionals().get(1);
        boolean json = JSON.equals(ctx.format("text")); //$NON-NLS-1$
        switch (sub) {
            case "timeline" -> timeline(ctx, id, json); //$NON-NLS-1$
            case "show" -> show(ctx, ctx.conversation(id), null, json); //$NON-NLS-1$
            case "assess" -> assess(ctx, id, a, json); //$NON-NLS-1$
            case "override" -> override(ctx, id, a, json); //$NON-NLS-1$
            case "feedback" -> feedback(ctx, id, a, json); //$NON-NLS-1$
            default -> throw new CliUsageException(NLS.bind(Messages.Relation_unknownSubcommand, sub));
        }
        return EXIT_OK;
    }


    private static String assessor(CliArguments a) {
        String s = a.option(ASSESSOR);
        return s == null || s.isBlank() ? Coders.currentUser() : s;
    }

    private static void assess(CliContext ctx, String id, CliArguments a, boolean json) throws CliUsageException {
        Conversation c = ctx.conversation(id);
        RelationAssessment r = RelationAssessor.assess(c, assessor(a), new NullProgressMonitor());
        c.getAssessments().add(r);
        ctx.store().saveConversation(c);
        show(ctx, c, Messages.Relation_saved, json);
    }

    private static void override(CliContext ctx, String id, CliArguments a, boolean json) throws CliUsageException {
        RelationType type = RelationTypes.parse(a.option(TYPE));
        if (type == null) {
            throw new CliUsageException(NLS.bind(Messages.Relation_badType, a.option(TYPE)));
        }
        String reason = a.option(REASON);
        if (reason == null || reason.isBlank()) {
            throw new CliUsageException(Messages.Relation_needReason);
        }
        Conversation c = ctx.conversation(id);
        RelationAssessment r = Assessments.latest(c, RelationAssessment.class);
        if (r == null) {
            r = RelationAssessor.assess(c, assessor(a), new NullProgressMonitor());
            c.getAssessments().add(r);
        }
        r.setOverridden(true);
        r.setOverrideType(type);
        r.setOverrideReason(reason.strip());
        r.setAssessor(assessor(a));
        ctx.store().saveConversation(c);
        show(ctx, c, Messages.Relation_saved, json);
    }

    private static void feedback(CliContext ctx, String id, CliArguments a, boolean json) throws CliUsageException {
        String kindWord = a.option(TASK_KIND);
        TaskKind kind = RelationTypes.parseTaskKind(kindWord);
        if (kindWord != null && kind == null) {
            throw new CliUsageException(NLS.bind(Messages.Relation_badTaskKind, kindWord));
        }
        if (a.option(COMPLIMENT) == null && a.option(BRIDGE) == null && a.option(TASK) == null && kind == null) {
            throw new CliUsageException(Messages.Relation_needFeedback);
        }
        Conversation c = ctx.conversation(id);
        RelationAssessment r = Assessments.latest(c, RelationAssessment.class);
        if (r == null) {
            r = RelationAssessor.assess(c, assessor(a), new NullProgressMonitor());
            c.getAssessments().add(r);
        }
        SessionFeedback fb = r.getFeedback();
        if (fb == null) {
            fb = RelationFactory.eINSTANCE.createSessionFeedback();
            fb.setTaskKind(TaskKind.NONE);
            r.setFeedback(fb);
        }
        if (a.option(COMPLIMENT) != null) {
            fb.setCompliment(blankToNull(a.option(COMPLIMENT)));
        }
        if (a.option(BRIDGE) != null) {
            fb.setBridge(blankToNull(a.option(BRIDGE)));
        }
        if (a.option(TASK) != null) {
            fb.setTask(blankToNull(a.option(TASK)));
        }
        if (kind != null) {
            fb.setTaskKind(kind);
        }
        r.setAssessor(assessor(a));
        ctx.store().saveConversation(c);
        show(ctx, c, Messages.Relation_saved, json);
    }

    private static String blankToNull(String s) {
        return s.isBlank() ? null : s.strip();
    }

    /** After {@code relation evaluate}: how often the type the markers derive is the one the persons overrode to. */
    private static void overrides(CliContext ctx, String coder) throws CliUsageException {
        RelationLearning.OverrideAgreement o = RelationLearning.overrideAgreement(ctx.conversations("all"), coder); //$NON-NLS-1$
        if (o.overrides() == 0) {
            ctx.out().println(Messages.Evaluate_noOverrides);
        } else {
            ctx.out().println(NLS.bind(Messages.Evaluate_overrides, new Object[] { Integer.valueOf(o.agreeing()),
                    Integer.valueOf(o.overrides()), Long.valueOf(Math.round(100 * o.share())) }));
        }
    }

    // ------------------------------------------------------------------ show

    private static void show(CliContext ctx, Conversation c, String note, boolean json) {
        RelationAssessment stored = Assessments.latest(c, RelationAssessment.class);
        List<ConversationScan.Found> found = MarkerSuggestions.found(c, new NullProgressMonitor());
        RelationAssessment r = stored != null ? stored : RelationAssessor.assess(c, found, RelationMethod.ANALYZER_MARKERS);
        RelationType type = RelationTypes.effective(r);
        List<Finding> fit = RelationAnalyzer.workFit(type, found, stored == null ? null : stored.getFeedback());
        if (json) {
            StringBuilder out = new StringBuilder();
            JsonWriter w = new JsonWriter(out);
            w.beginObject();
            w.field("conversation", c.getId()); //$NON-NLS-1$
            w.field("title", c.getTitle()); //$NON-NLS-1$
            w.field("stored", stored != null); //$NON-NLS-1$
            writeAssessment(w, r);
            w.name("guidance").beginArray(); //$NON-NLS-1$
            for (String g : RelationTypes.guidance(type)) {
                w.value(g);
            }
            w.endArray();
            w.name("findings").beginArray(); //$NON-NLS-1$
            for (Finding f : fit) {
                w.beginObject().field("severity", f.severity().name()).field("message", f.message()) //$NON-NLS-1$ //$NON-NLS-2$
                        .field("reason", f.reason()); //$NON-NLS-1$
                w.name("utterances").beginArray(); //$NON-NLS-1$
                for (String u : f.utteranceIds()) {
                    w.value(u);
                }
                w.endArray().endObject();
            }
            w.endArray();
            w.endObject();
            w.finish();
            ctx.out().println(out);
            return;
        }
        if (note != null) {
            ctx.out().println(note);
        }
        ctx.out().println(NLS.bind(Messages.Show_header, c.getTitle(), c.getId()));
        ctx.out().println(stored == null ? Messages.Show_suggested
                : NLS.bind(Messages.Show_assessed, stored.getAssessor(), date(stored.getCreated())));
        for (Question q : Question.VALUES) {
            QuestionAnswer qa = RelationTypes.questionAnswer(r, q);
            ctx.out().println(NLS.bind(Messages.Show_answer, RelationTypes.label(q),
                    RelationTypes.label(qa == null ? null : qa.getAnswer())));
            if (qa != null) {
                if (qa.getReason() != null) {
                    ctx.out().println("    " + qa.getReason()); //$NON-NLS-1$
                }
                for (Utterance u : qa.getEvidence()) {
                    ctx.out().println(NLS.bind(Messages.Show_evidence, speaker(u), u.getText()));
                }
            }
        }
        ctx.out().println(NLS.bind(Messages.Show_derived, RelationTypes.label(r.getDerivedType())));
        if (r.isOverridden() && r.getOverrideType() != null) {
            ctx.out().println(NLS.bind(Messages.Show_override, RelationTypes.label(r.getOverrideType()), r.getOverrideReason()));
        }
        ctx.out().println(NLS.bind(Messages.Show_type, RelationTypes.label(type)));
        for (String g : RelationTypes.guidance(type)) {
            ctx.out().println("  " + g); //$NON-NLS-1$
        }
        if (!r.getTools().isEmpty()) {
            ctx.out().println(Messages.Show_tools);
            for (SolutionTool t : r.getTools()) {
                String scale = t.getScale() == null ? "" : NLS.bind(Messages.Show_scale, t.getScale()); //$NON-NLS-1$
                ctx.out().println(NLS.bind(Messages.Show_tool, new Object[] { RelationTypes.label(t.getKind()),
                        t.getUtterance() == null ? "" : t.getUtterance().getText(), scale })); //$NON-NLS-1$
            }
        }
        SessionFeedback fb = r.getFeedback();
        if (fb != null) {
            ctx.out().println(NLS.bind(Messages.Show_feedback, new Object[] { nz(fb.getCompliment()), nz(fb.getBridge()),
                    nz(fb.getTask()), RelationTypes.label(fb.getTaskKind()) }));
        }
        for (Finding f : fit) {
            ctx.out().println(NLS.bind(Messages.Show_finding, f.severity().name(), f.message()));
            ctx.out().println("    " + f.reason()); //$NON-NLS-1$
            for (String uid : f.utteranceIds()) {
                for (Utterance u : c.getUtterances()) {
                    if (uid.equals(u.getId())) {
                        ctx.out().println(NLS.bind(Messages.Show_evidence, speaker(u), u.getText()));
                    }
                }
            }
        }
    }

    private static void writeAssessment(JsonWriter w, RelationAssessment r) {
        w.field("id", r.getId()); //$NON-NLS-1$
        w.field("assessor", r.getAssessor()); //$NON-NLS-1$
        w.name("answers").beginArray(); //$NON-NLS-1$
        for (QuestionAnswer qa : r.getAnswers()) {
            w.beginObject().field("question", qa.getQuestion().getLiteral()) //$NON-NLS-1$
                    .field("answer", qa.getAnswer() == null ? null : qa.getAnswer().getLiteral()) //$NON-NLS-1$
                    .field("reason", qa.getReason()); //$NON-NLS-1$
            w.name("evidence").beginArray(); //$NON-NLS-1$
            for (Utterance u : qa.getEvidence()) {
                w.beginObject().field("utterance", u.getId()).field("text", u.getText()).endObject(); //$NON-NLS-1$ //$NON-NLS-2$
            }
            w.endArray().endObject();
        }
        w.endArray();
        w.field("derivedType", literal(r.getDerivedType())); //$NON-NLS-1$
        w.field("overridden", r.isOverridden() && r.getOverrideType() != null); //$NON-NLS-1$
        if (r.isOverridden() && r.getOverrideType() != null) {
            w.field("overrideType", literal(r.getOverrideType())); //$NON-NLS-1$
            w.field("overrideReason", r.getOverrideReason()); //$NON-NLS-1$
        }
        RelationType type = RelationTypes.effective(r);
        w.field("type", literal(type)); //$NON-NLS-1$
        w.field("typeLabel", RelationTypes.label(type)); //$NON-NLS-1$
        w.name("tools").beginArray(); //$NON-NLS-1$
        for (SolutionTool t : r.getTools()) {
            w.beginObject().field("kind", t.getKind().getLiteral()) //$NON-NLS-1$
                    .field("utterance", t.getUtterance() == null ? null : t.getUtterance().getId()) //$NON-NLS-1$
                    .field("scale", t.getScale()) //$NON-NLS-1$
                    .endObject();
        }
        w.endArray();
        SessionFeedback fb = r.getFeedback();
        if (fb != null) {
            w.name("feedback").beginObject().field("compliment", fb.getCompliment()).field("bridge", fb.getBridge()) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    .field("task", fb.getTask()) //$NON-NLS-1$
                    .field("taskKind", fb.getTaskKind() == null ? null : fb.getTaskKind().getLiteral()).endObject(); //$NON-NLS-1$
        }
    }

    // ------------------------------------------------------------------ timeline

    private static void timeline(CliContext ctx, String clientId, boolean json) throws CliUsageException {
        Client client = ctx.store().loadClient(clientId);
        if (client == null) {
            for (Client c : ctx.store().listClients()) {
                if (clientId.equals(c.getPseudonym())) {
                    client = c;
                    break;
                }
            }
        }
        if (client == null) {
            throw new CliUsageException(NLS.bind(Messages.Relation_unknownClient, clientId));
        }
        List<Timeline.Line> lines = Timeline.of(ctx.store(), client, new NullProgressMonitor());
        if (json) {
            StringBuilder out = new StringBuilder();
            JsonWriter w = new JsonWriter(out);
            w.beginObject();
            w.field("client", client.getId()); //$NON-NLS-1$
            w.field("displayName", client.getDisplayName()); //$NON-NLS-1$
            w.field("pseudonym", client.getPseudonym()); //$NON-NLS-1$
            w.name("trajectories").beginArray(); //$NON-NLS-1$
            for (Timeline.Line line : lines) {
                w.beginObject().field("id", line.trajectoryId()).field("title", line.title()); //$NON-NLS-1$ //$NON-NLS-2$
                w.name("conversations").beginArray(); //$NON-NLS-1$
                for (Timeline.Entry e : line.entries()) {
                    w.beginObject().field("id", e.conversationId()).field("title", e.title()) //$NON-NLS-1$ //$NON-NLS-2$
                            .field("date", e.date() == null ? null : iso(e.date())) //$NON-NLS-1$
                            .field("type", literal(e.type())).field("typeLabel", RelationTypes.label(e.type())) //$NON-NLS-1$ //$NON-NLS-2$
                            .field("source", e.source().name().toLowerCase(java.util.Locale.ROOT)); //$NON-NLS-1$
                    w.name("scales").beginArray(); //$NON-NLS-1$
                    for (Integer s : e.scales()) {
                        w.value(s);
                    }
                    w.endArray().endObject();
                }
                w.endArray();
                w.name("changes").beginArray(); //$NON-NLS-1$
                for (Timeline.Change ch : line.changes()) {
                    w.beginObject().field("from", literal(ch.from().type())).field("to", literal(ch.to().type())) //$NON-NLS-1$ //$NON-NLS-2$
                            .field("conversation", ch.to().conversationId()).endObject(); //$NON-NLS-1$
                }
                w.endArray().endObject();
            }
            w.endArray().endObject();
            w.finish();
            ctx.out().println(out);
            return;
        }
        ctx.out().println(NLS.bind(Messages.Timeline_header, nz(client.getDisplayName()), client.getId()));
        for (Timeline.Line line : lines) {
            ctx.out().println(NLS.bind(Messages.Timeline_trajectory, nz(line.title())));
            if (line.entries().isEmpty()) {
                ctx.out().println(Messages.Timeline_empty);
            }
            Timeline.Entry previous = null;
            for (Timeline.Entry e : line.entries()) {
                String change = previous != null && previous.type() != e.type()
                        ? NLS.bind(Messages.Timeline_change, RelationTypes.label(previous.type()), RelationTypes.label(e.type()))
                        : ""; //$NON-NLS-1$
                String scales = e.scales().isEmpty() ? "" //$NON-NLS-1$
                        : NLS.bind(Messages.Timeline_scales, String.join(", ", e.scales().stream().map(String::valueOf).toList())); //$NON-NLS-1$
                ctx.out().println(NLS.bind(Messages.Timeline_entry, new Object[] { e.date() == null ? "----------" : date(e.date()), //$NON-NLS-1$
                        pad(RelationTypes.label(e.type()), 10), sourceLabel(e.source()), nz(e.title()), change + scales }));
                previous = e;
            }
        }
    }

    private static String sourceLabel(Timeline.Source s) {
        return switch (s) {
            case ASSESSED -> Messages.Timeline_sourceAssessed;
            case OVERRIDDEN -> Messages.Timeline_sourceOverridden;
            case SUGGESTED -> Messages.Timeline_sourceSuggested;
        };
    }

    private static String literal(RelationType t) {
        return t == null ? null : t.getLiteral();
    }

    private static String speaker(Utterance u) {
        return u.getSpeaker() == null ? "?" : nz(u.getSpeaker().getName()); //$NON-NLS-1$
    }

    private static String nz(String s) {
        return s == null ? "" : s; //$NON-NLS-1$
    }

    private static String pad(String s, int width) {
        StringBuilder b = new StringBuilder(s);
        while (b.length() < width) {
            b.append(' ');
        }
        return b.toString();
    }

    private static String date(Date d) {
        return d == null ? "" : new SimpleDateFormat("yyyy-MM-dd").format(d); //$NON-NLS-1$ //$NON-NLS-2$
    }

    private static String iso(Date d) {
        return new SimpleDateFormat("yyyy-MM-dd'T'HH:mm").format(d); //$NON-NLS-1$
    }
}
