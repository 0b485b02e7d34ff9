// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.search.cli;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;

import org.eclipse.osgi.util.NLS;

import nl.leefwereld.core.cli.CliArguments;
import nl.leefwereld.core.cli.CliCommand;
import nl.leefwereld.core.cli.CliContext;
import nl.leefwereld.core.cli.CliUsageException;
import nl.leefwereld.core.io.JsonWriter;
import nl.leefwereld.search.CodedSegment;
import nl.leefwereld.search.MatrixFiles;
import nl.leefwereld.search.Search;
import nl.leefwereld.search.SearchFilter;
import nl.leefwereld.search.SearchIndex;
import nl.leefwereld.search.SegmentPage;

/**
 * {@code retrieve --code <code> [--method <id>] [--coder <name>] [--client <id>] [--format json|csv]}: every coded
 * segment of the code with the utterance before and after, the coder and the origin.
 */
public class RetrieveCommand implements CliCommand {

    /** Segments read from the index at a time. */
    private static final int PAGE = 1000;

    @Override
    public String name() {
        return "retrieve"; //$NON-NLS-1$
    }

    @Override
    public String usage() {
        return Messages.Retrieve_usage;
    }

    @Override
    public int run(CliContext ctx, List<String> args) throws Exception {
        CliArguments a = CliArguments.parse(args, Filters.options(), Set.of());
        if (!a.positionals().isEmpty()) {
            throw new CliUsageException(NLS.bind(Messages.Common_unexpected, a.positionals().get(0)));
        }
        if (a.option("--code") == null) { //$NON-NLS-1$
            throw new CliUsageException(Messages.Retrieve_noCode);
        }
        SearchFilter filter = Filters.from(a);
        SearchIndex index = Search.of(ctx.store());
        SegmentPage first = index.retrieve(filter, 0, PAGE);
        Iterable<CodedSegment> segments = pages(index, filter, first);
        String format = ctx.format("text"); //$NON-NLS-1$
        if ("csv".equals(format)) { //$NON-NLS-1$
            MatrixFiles.writeSegmentsCsv(segments, ctx.out());
            return EXIT_OK;
        }
        if ("json".equals(format)) { //$NON-NLS-1$
            JsonWriter json = new JsonWriter(ctx.out());
            json.beginArray();
            for (CodedSegment s : segments) {
                json.beginObject().field("conversationId", s.conversationId()) //$NON-NLS-1$
                        .field("conversationTitle", s.conversationTitle()).field("clientId", s.clientId()) //$NON-NLS-1$ //$NON-NLS-2$
                        .field("utterance", s.utteranceNumber()).field("speaker", s.speaker()) //$NON-NLS-1$ //$NON-NLS-2$
                        .field("role", s.role()).field("method", s.methodId()).field("code", s.codeId()) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                        .field("coder", s.coder()).field("origin", s.origin()).field("before", s.before()) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                        .field("text", s.text()).field("after", s.after()).endObject(); //$NON-NLS-1$ //$NON-NLS-2$
            }
            json.endArray();
            json.finish();
            ctx.out().println();
            return EXIT_OK;
        }
        if (first.total() == 0) {
            ctx.out().println(NLS.bind(Messages.Retrieve_none, a.option("--code"))); //$NON-NLS-1$
            return EXIT_OK;
        }
        for (CodedSegment s : segments) {
            ctx.out().println(NLS.bind(Messages.Retrieve_segment, new Object[] { s.conversationId(), s.utteranceNumber(),
                    s.methodId() + ':' + s.codeId(), s.coder(), origin(s) }));
            if (!s.before().isEmpty()) {
                ctx.out().println("    " + s.before()); //$NON-NLS-1$
            }
            ctx.out().println("  > " + s.speaker() + ": " + s.text()); //$NON-NLS-1$ //$NON-NLS-2$
            if (!s.after().isEmpty()) {
                ctx.out().println("    " + s.after()); //$NON-NLS-1$
            }
        }
        ctx.out().println(NLS.bind(Messages.Retrieve_count, first.total()));
        return EXIT_OK;
    }

    /** The segments page by page, each page read when the one before has been printed. */
    private static Iterable<CodedSegment> pages(SearchIndex index, SearchFilter filter, SegmentPage first) {
        return () -> new Iterator<>() {
            private SegmentPage page = first;
            private int next;

            @Override
            public boolean hasNext() {
                if (next == page.segments().size() && page.hasMore()) {
                    page = index.retrieve(filter, page.offset() + page.segments().size(), PAGE);
                    next = 0;
                }
                return next < page.segments().size();
            }

            @Override
            public CodedSegment next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return page.segments().get(next++);
            }
        };
    }

    private static String origin(CodedSegment s) {
        return CodedSegment.ACCEPTED.equals(s.origin()) ? Messages.Retrieve_accepted : Messages.Retrieve_human;
    }
}
