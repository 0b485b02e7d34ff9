// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.cli.commands;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.eclipse.osgi.util.NLS;

import nl.leefwereld.core.cli.CliArguments;
import nl.leefwereld.core.cli.CliCommand;
import nl.leefwereld.core.cli.CliContext;
import nl.leefwereld.core.cli.CliUsageException;
import nl.leefwereld.core.coding.Agreement;
import nl.leefwereld.core.coding.Annotations;
import nl.leefwereld.core.coding.CodeAgreement;
import nl.leefwereld.core.io.JsonWriter;
import nl.leefwereld.core.method.MethodDescriptor;
import nl.leefwereld.model.Conversation;

/**
 * {@code agreement <conversation-id> --coders A,B [--method <id>]}: Cohen's kappa and percent agreement of two
 * coders per code, counted per utterance. With {@code --method} only that method's codes, and every code of its
 * codebook is listed (also the unused ones). Suggestions that nobody accepted do not count.
 */
public class AgreementCommand implements CliCommand {

    private static final String CODERS = "--coders"; //$NON-NLS-1$
    private static final String METHOD = "--method"; //$NON-NLS-1$

    @Override
    public String name() {
        return "agreement"; //$NON-NLS-1$
    }

    @Override
    public String usage() {
        return Messages.Agreement_usage;
    }

    @Override
    public int run(CliContext ctx, List<String> args) throws Exception {
        CliArguments a = CliArguments.parse(args, Set.of(CODERS, METHOD), Set.of());
        String coders = a.option(CODERS);
        String[] pair = coders == null ? new String[0] : coders.split(","); //$NON-NLS-1$
        if (pair.length != 2 || pair[0].isBlank() || pair[1].isBlank() || pair[0].trim().equals(pair[1].trim())) {
            throw new CliUsageException(Messages.Agreement_twoCoders);
        }
        String coderA = pair[0].trim();
        String coderB = pair[1].trim();
        if (a.positionals().size() != 1) {
            throw new CliUsageException(Messages.Common_oneId);
        }
        String methodId = a.option(METHOD);
        Map<String, String> labels = Map.of();
        List<String> codeIds = new ArrayList<>();
        if (methodId != null) {
            MethodDescriptor method = MethodSupport.method(MethodSupport.registry(ctx.err()), methodId);
            labels = MethodSupport.labels(MethodSupport.codebook(method, ctx.err()));
            codeIds.addAll(labels.keySet());
        }
        Conversation c = ctx.conversation(a.positionals().get(0));
        List<String> known = Annotations.coders(c);
        for (String coder : List.of(coderA, coderB)) {
            if (!known.contains(coder)) {
                ctx.err().println(NLS.bind(Messages.Agreement_coderWithoutCodes, coder,
                        known.isEmpty() ? "-" : String.join(", ", known))); //$NON-NLS-1$ //$NON-NLS-2$
            }
        }
        List<CodeAgreement> rows = Agreement.perCode(c, coderA, coderB, methodId, codeIds);
        if ("json".equals(ctx.format("text"))) { //$NON-NLS-1$ //$NON-NLS-2$
            JsonWriter json = new JsonWriter(ctx.out());
            json.beginObject().field("conversationId", c.getId()).field("coderA", coderA).field("coderB", coderB) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    .field("methodId", methodId).field("utterances", Integer.valueOf(c.getUtterances().size())) //$NON-NLS-1$ //$NON-NLS-2$
                    .field("unit", "utterance"); //$NON-NLS-1$ //$NON-NLS-2$
            json.name("codes").beginArray(); //$NON-NLS-1$
            for (CodeAgreement r : rows) {
                json.beginObject().field("methodId", r.methodId()).field("codeId", r.codeId()) //$NON-NLS-1$ //$NON-NLS-2$
                        .field("code", labels.get(r.codeId())) //$NON-NLS-1$
                        .field("a", Integer.valueOf(r.a())).field("b", Integer.valueOf(r.b())) //$NON-NLS-1$ //$NON-NLS-2$
                        .field("c", Integer.valueOf(r.c())).field("d", Integer.valueOf(r.d())) //$NON-NLS-1$ //$NON-NLS-2$
                        .field("percentAgreement", number(r.percentAgreement())) //$NON-NLS-1$
                        .field("expectedAgreement", number(r.expectedAgreement())) //$NON-NLS-1$
                        .field("kappa", number(r.kappa())) //$NON-NLS-1$
                        .field("kappaUndefinedReason", r.undefinedReason()).endObject(); //$NON-NLS-1$
            }
            json.endArray().endObject().finish();
            ctx.out().println();
            return EXIT_OK;
        }
        ctx.out().println(NLS.bind(Messages.Agreement_header, new Object[] { coderA, coderB,
                c.getTitle() == null ? c.getId() : c.getTitle(), Integer.valueOf(c.getUtterances().size()) }));
        if (rows.isEmpty()) {
            ctx.out().println(Messages.Agreement_noCodes);
            return EXIT_OK;
        }
        ctx.out().println(NLS.bind(Messages.Agreement_columns, coderA, coderB));
        for (CodeAgreement r : rows) {
            String code = labels.getOrDefault(r.codeId(),
                    methodId == null && r.methodId() != null ? r.methodId() + ':' + r.codeId() : r.codeId());
            String kappa = r.kappaDefined() ? String.format(Locale.ROOT, "%.2f", Double.valueOf(r.kappa())) //$NON-NLS-1$
                    : Messages.Agreement_notApplicable;
            ctx.out().println(String.format(Locale.ROOT, "  %-28s %4d %4d %5d %7.1f%%  %s", code, //$NON-NLS-1$
                    Integer.valueOf(r.codedByA()), Integer.valueOf(r.codedByB()), Integer.valueOf(r.a()),
                    Double.valueOf(100 * r.percentAgreement()), kappa));
            if (!r.kappaDefined()) {
                ctx.out().println("      " + r.undefinedReason()); //$NON-NLS-1$
            }
        }
        return EXIT_OK;
    }

    /** The value rounded to 4 decimals, or {@code null} for NaN (JSON has no NaN). */
    private static Double number(double v) {
        return Double.isNaN(v) ? null : Double.valueOf(Math.round(v * 10000) / 10000.0);
    }
}
