// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.search.cli;

import java.util.List;
import java.util.Set;

import org.eclipse.osgi.util.NLS;

import nl.leefwereld.core.cli.CliArguments;
import nl.leefwereld.core.cli.CliCommand;
import nl.leefwereld.core.cli.CliContext;
import nl.leefwereld.core.cli.CliUsageException;
import nl.leefwereld.core.io.JsonWriter;
import nl.leefwereld.search.Search;
import nl.leefwereld.search.SearchException;
import nl.leefwereld.search.SearchFilter;
import nl.leefwereld.search.SearchHit;
import nl.leefwereld.search.SearchIndex;

/**
 * {@code search "<query>" [--client <id>] [--trajectory <id>] [--conversation <id>] [--kind <kind>] [--from <day>]
 * [--to <day>] [--speaker client|professional] [--code <code>] [--coder <name>] [--method <id>] [--limit <n>]
 * [--format json]}: utterances and notes matching the query, with the match marked.
 */
public class SearchCommand implements CliCommand {

    static final String LIMIT = "--limit"; //$NON-NLS-1$

    @Override
    public String name() {
        return "search"; //$NON-NLS-1$
    }

    @Override
    public String usage() {
        return Messages.Search_usage;
    }

    @Override
    public int run(CliContext ctx, List<String> args) throws Exception {
        CliArguments a = CliArguments.parse(args, Filters.options(LIMIT), Set.of());
        if (a.positionals().size() != 1) {
            throw new CliUsageException(a.positionals().isEmpty() ? Messages.Search_noQuery
                    : NLS.bind(Messages.Common_unexpected, a.positionals().get(1)));
        }
        SearchFilter filter = Filters.from(a);
        int limit = Filters.number(a.option(LIMIT), 200);
        SearchIndex index = Search.of(ctx.store());
        String query = a.positionals().get(0);
        List<SearchHit> hits;
        int total;
        try {
            hits = index.search(query, filter, limit);
            total = index.count(query, filter);
        } catch (SearchException e) {
            throw new CliUsageException(e.getMessage());
        }
        if ("json".equals(ctx.format("text"))) { //$NON-NLS-1$ //$NON-NLS-2$
            JsonWriter json = new JsonWriter(ctx.out());
            json.beginObject().field("query", query).field("total", total).name("hits").beginArray(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            for (SearchHit h : hits) {
                json.beginObject().field("conversationId", h.conversationId()).field("clientId", h.clientId()) //$NON-NLS-1$
                        .field("conversationTitle", h.conversationTitle()).field("type", h.type()) //$NON-NLS-1$ //$NON-NLS-2$
                        .field("utterance", h.utteranceNumber()).field("speaker", h.speaker()) //$NON-NLS-1$ //$NON-NLS-2$
                        .field("role", h.role()).field("text", h.text()) //$NON-NLS-1$ //$NON-NLS-2$
                        .field("marked", h.marked("[[", "]]")).name("matches").beginArray(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                for (int[] m : h.matches()) {
                    json.beginArray().value(m[0]).value(m[1]).endArray();
                }
                json.endArray().endObject();
            }
            json.endArray().endObject();
            json.finish();
            ctx.out().println();
            return EXIT_OK;
        }
        if (hits.isEmpty()) {
            ctx.out().println(NLS.bind(Messages.Search_none, query));
            return EXIT_OK;
        }
        String group = null;
        for (SearchHit h : hits) {
            String key = h.isOnClient() ? "client " + h.clientId() : h.conversationId(); //$NON-NLS-1$
            if (!key.equals(group)) {
                group = key;
                ctx.out().println(h.isOnClient() ? NLS.bind(Messages.Search_clientHeader, h.clientId(),
                        h.conversationTitle()) : h.conversationId() + "  " + h.conversationTitle()); //$NON-NLS-1$
            }
            String where = h.isClientNote() ? Messages.Search_clientNote
                    : SearchHit.CLIENT_MEMO.equals(h.type()) ? Messages.Search_clientMemo
                    : h.utteranceNumber() == 0 ? Messages.Search_note : String.valueOf(h.utteranceNumber());
            ctx.out().println("  " + where + "  " + h.speaker() //$NON-NLS-1$ //$NON-NLS-2$
                    + (h.role().isEmpty() ? "" : " (" + h.role() + ')') + ": " + h.marked("[", "]")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
        }
        ctx.out().println(total > hits.size() ? NLS.bind(Messages.Search_more, hits.size(), total)
                : NLS.bind(Messages.Search_count, total));
        return EXIT_OK;
    }
}
