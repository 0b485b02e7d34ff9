// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.search.cli;

import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.osgi.util.NLS;

import nl.leefwereld.core.cli.CliArguments;
import nl.leefwereld.core.cli.CliUsageException;
import nl.leefwereld.search.SearchFilter;
import nl.leefwereld.search.SearchIndex;

/** The filter options the search commands share. */
final class Filters {

    static final List<String> OPTIONS = List.of("--client", "--trajectory", "--conversation", "--kind", "--from", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
            "--to", "--speaker", "--code", "--coder", "--method"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$

    private Filters() {
    }

    static Set<String> options(String... more) {
        Set<String> all = new HashSet<>(OPTIONS);
        all.addAll(List.of(more));
        return all;
    }

    static SearchFilter from(CliArguments a) throws CliUsageException {
        String speaker = a.option("--speaker"); //$NON-NLS-1$
        if (speaker != null && !Set.of("client", "professional").contains(speaker)) { //$NON-NLS-1$ //$NON-NLS-2$
            throw new CliUsageException(NLS.bind(Messages.Filters_badSpeaker, speaker));
        }
        try {
            return new SearchFilter(a.option("--client"), a.option("--trajectory"), a.option("--conversation"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    a.option("--kind"), SearchIndex.day(a.option("--from")), SearchIndex.day(a.option("--to")), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    speaker, a.option("--code"), a.option("--coder"), a.option("--method")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        } catch (DateTimeParseException e) {
            throw new CliUsageException(NLS.bind(Messages.Filters_badDay, e.getParsedString()));
        }
    }

    static int number(String value, int fallback) throws CliUsageException {
        if (value == null) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(value.trim());
            if (n > 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // below
        }
        throw new CliUsageException(NLS.bind(Messages.Filters_badNumber, value));
    }
}
