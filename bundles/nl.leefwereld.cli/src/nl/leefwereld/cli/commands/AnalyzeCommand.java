// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.cli.commands;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.osgi.util.NLS;

import nl.leefwereld.core.cli.CliArguments;
import nl.leefwereld.core.cli.CliCommand;
import nl.leefwereld.core.cli.CliContext;
import nl.leefwereld.core.cli.CliUsageException;
import nl.leefwereld.core.commands.ConversationCommands;
import nl.leefwereld.core.io.JsonWriter;
import nl.leefwereld.core.io.TranscriptWriter;
import nl.leefwereld.core.method.AnalysisResult;
import nl.leefwereld.core.method.AnalyzerDescriptor;
import nl.leefwereld.core.method.AnnotationSuggestion;
import nl.leefwereld.core.method.Finding;
import nl.leefwereld.core.method.MethodDescriptor;
import nl.leefwereld.core.method.MethodRegistry;
import nl.leefwereld.model.Conversation;
import nl.leefwereld.model.Utterance;

/**
 * {@code analyze --method <id> [--analyzer <id>] [--save] <conversation-id|all>}: runs the method's analyzers
 * (those of scope {@code conversation} on each conversation, those of scope {@code many} on all of them together)
 * and prints the findings and suggestions with their reasons, as text or with {@code --format json}. With
 * {@code --save} the suggestions are stored as annotations of origin {@code suggested} (replacing the earlier
 * suggestions of the same analyzer; human codes are never touched).
 */
public class AnalyzeCommand implements CliCommand {

    private static final String METHOD = "--method"; //$NON-NLS-1$
    private static final String ANALYZER = "--analyzer"; //$NON-NLS-1$
    private static final String SAVE = "--save"; //$NON-NLS-1$

    private record Run(AnalyzerDescriptor analyzer, AnalysisResult result) {
    }

    @Override
    public String name() {
        return "analyze"; //$NON-NLS-1$
    }

    @Override
    public String usage() {
        return Messages.Analyze_usage;
    }

    @Override
    public int run(CliContext ctx, List<String> args) throws Exception {
        CliArguments a = CliArguments.parse(args, Set.of(METHOD, ANALYZER), Set.of(SAVE));
        String methodId = a.option(METHOD);
        if (methodId == null) {
            throw new CliUsageException(Messages.Analyze_noMethod);
        }
        if (a.positionals().size() != 1) {
            throw new CliUsageException(Messages.Analyze_oneTarget);
        }
        MethodRegistry registry = MethodSupport.registry(ctx.err());
        MethodDescriptor method = MethodSupport.method(registry, methodId);
        List<AnalyzerDescriptor> analyzers = new ArrayList<>(method.analyzers());
        if (a.option(ANALYZER) != null) {
            analyzers.removeIf(d -> !d.id().equals(a.option(ANALYZER)));
            if (analyzers.isEmpty()) {
                throw new CliUsageException(NLS.bind(Messages.Analyze_unknownAnalyzer, a.option(ANALYZER),
                        String.join(", ", method.analyzers().stream().map(AnalyzerDescriptor::id).toList()))); //$NON-NLS-1$
            }
        }
        List<Conversation> conversations = ctx.conversations(a.positionals().get(0));
        Map<String, String> labels = MethodSupport.labels(MethodSupport.codebook(method, ctx.err()));

        List<Run> runs = new ArrayList<>();
        for (AnalyzerDescriptor d : analyzers) {
            AnalysisResult result;
            if (d.scope() == AnalyzerDescriptor.Scope.MANY) {
                result = d.create().analyzeAll(conversations, new NullProgressMonitor());
            } else {
                result = AnalysisResult.EMPTY;
                for (Conversation c : conversations) {
                    result = result.merge(d.create().analyze(c, new NullProgressMonitor()));
                }
            }
            runs.add(new Run(d, result));
        }

        int saved = 0;
        if (a.flag(SAVE)) {
            // the editor's rule (ConversationCommands.applySuggestions): earlier suggestions of these analyzers make
            // room for the new ones, and what a person already accepted is not suggested again
            for (Conversation c : conversations) {
                Map<String, List<AnnotationSuggestion>> byAnalyzer = new LinkedHashMap<>();
                for (Run run : runs) {
                    byAnalyzer.put(run.analyzer().id(), run.result().suggestions().stream()
                            .filter(s -> c.getId().equals(s.conversationId())).toList());
                }
                ConversationCommands.SuggestionsCommand command = ConversationCommands.applySuggestions(c, byAnalyzer);
                if (command != null && command.canExecute()) {
                    command.execute();
                    saved += command.added().size();
                    ctx.store().saveConversation(c);
                }
            }
        }

        if ("json".equals(ctx.format("text"))) { //$NON-NLS-1$ //$NON-NLS-2$
            writeJson(ctx, method, conversations, runs, labels, saved, a.flag(SAVE));
        } else {
            writeText(ctx, method, conversations, runs, labels, saved, a.flag(SAVE));
        }
        return EXIT_OK;
    }


    private static void writeText(CliContext ctx, MethodDescriptor method, List<Conversation> conversations,
            List<Run> runs, Map<String, String> labels, int saved, boolean save) {
        ctx.out().println(NLS.bind(Messages.Analyze_header, new Object[] { method.id(), method.name(),
                Integer.valueOf(conversations.size()), Integer.valueOf(runs.size()) }));
        Map<String, Conversation> byId = new LinkedHashMap<>();
        conversations.forEach(c -> byId.put(c.getId(), c));
        for (Run run : runs) {
            ctx.out().println();
            ctx.out().println(NLS.bind(Messages.Analyze_analyzer, new Object[] { run.analyzer().id(), run.analyzer().name(),
                    Integer.valueOf(run.result().findings().size()), Integer.valueOf(run.result().suggestions().size()) }));
            for (Finding f : run.result().findings()) {
                Conversation c = f.conversationId() == null ? null : byId.get(f.conversationId());
                ctx.out().println("  [" + f.severity() + "] " + (c == null ? "" : title(c) + ": ") + f.message()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                if (!f.reason().isBlank()) {
                    ctx.out().println("      " + NLS.bind(Messages.Analyze_reason, f.reason())); //$NON-NLS-1$
                }
                if (!f.utteranceIds().isEmpty()) {
                    ctx.out().println("      " + NLS.bind(Messages.Analyze_utterances, String.join(", ", f.utteranceIds()))); //$NON-NLS-1$ //$NON-NLS-2$
                }
            }
            for (AnnotationSuggestion s : run.result().suggestions()) {
                Utterance u = s.utterance();
                Conversation c = s.conversationId() == null ? null : byId.get(s.conversationId());
                String time = u.getStartMillis() == null ? "" : '[' + TranscriptWriter.formatTime(u.getStartMillis().longValue()) + "] "; //$NON-NLS-1$ //$NON-NLS-2$
                String speaker = u.getSpeaker() == null ? "?" : u.getSpeaker().getName(); //$NON-NLS-1$
                ctx.out().println("  " + NLS.bind(Messages.Analyze_suggestion, new Object[] { //$NON-NLS-1$
                        labels.getOrDefault(s.codeId(), s.codeId()), String.format(java.util.Locale.ROOT, "%.2f", //$NON-NLS-1$
                                Double.valueOf(s.confidence())),
                        (c == null ? "" : title(c) + ' ') + time + speaker, //$NON-NLS-1$
                        MethodSupport.spanText(u, s.spanStart(), s.spanEnd()) }));
                ctx.out().println("      " + NLS.bind(Messages.Analyze_reason, s.reason())); //$NON-NLS-1$
            }
        }
        if (save) {
            ctx.out().println();
            ctx.out().println(NLS.bind(Messages.Analyze_saved, Integer.valueOf(saved)));
        }
    }

    private static String title(Conversation c) {
        return '"' + (c.getTitle() == null ? c.getId() : c.getTitle()) + '"';
    }

    private static void writeJson(CliContext ctx, MethodDescriptor method, List<Conversation> conversations,
            List<Run> runs, Map<String, String> labels, int saved, boolean save) {
        JsonWriter json = new JsonWriter(ctx.out());
        json.beginObject().field("method", method.id()).field("methodName", method.name()) //$NON-NLS-1$ //$NON-NLS-2$
                .field("source", method.source()); //$NON-NLS-1$
        json.name("conversations").beginArray(); //$NON-NLS-1$
        for (Conversation c : conversations) {
            json.value(c.getId());
        }
        json.endArray();
        json.name("findings").beginArray(); //$NON-NLS-1$
        for (Run run : runs) {
            for (Finding f : run.result().findings()) {
                json.beginObject().field("analyzer", run.analyzer().id()) //$NON-NLS-1$
                        .field("severity", f.severity().name().toLowerCase(java.util.Locale.ROOT)) //$NON-NLS-1$
                        .field("message", f.message()).field("reason", f.reason()) //$NON-NLS-1$ //$NON-NLS-2$
                        .field("conversationId", f.conversationId()); //$NON-NLS-1$
                json.name("utteranceIds").beginArray(); //$NON-NLS-1$
                f.utteranceIds().forEach(json::value);
                json.endArray().endObject();
            }
        }
        json.endArray();
        json.name("suggestions").beginArray(); //$NON-NLS-1$
        for (Run run : runs) {
            for (AnnotationSuggestion s : run.result().suggestions()) {
                json.beginObject().field("analyzer", run.analyzer().id()) //$NON-NLS-1$
                        .field("conversationId", s.conversationId()).field("utteranceId", s.utteranceId()) //$NON-NLS-1$ //$NON-NLS-2$
                        .field("spanStart", Integer.valueOf(s.spanStart())).field("spanEnd", Integer.valueOf(s.spanEnd())) //$NON-NLS-1$ //$NON-NLS-2$
                        .field("text", MethodSupport.spanText(s.utterance(), s.spanStart(), s.spanEnd())) //$NON-NLS-1$
                        .field("methodId", s.methodId()).field("codeId", s.codeId()) //$NON-NLS-1$ //$NON-NLS-2$
                        .field("code", labels.get(s.codeId())) //$NON-NLS-1$
                        .field("confidence", Double.valueOf(s.confidence())).field("reason", s.reason()) //$NON-NLS-1$ //$NON-NLS-2$
                        .endObject();
            }
        }
        json.endArray();
        if (save) {
            json.field("saved", Integer.valueOf(saved)); //$NON-NLS-1$
        }
        json.endObject().finish();
        ctx.out().println();
    }
}
