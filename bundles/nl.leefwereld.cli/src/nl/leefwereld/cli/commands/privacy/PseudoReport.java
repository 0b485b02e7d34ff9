// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.cli.commands.privacy;

import java.util.List;

import org.eclipse.osgi.util.NLS;

import nl.leefwereld.core.privacy.NameScrubber;

/** The text of the report of what the pseudonymiser replaced (shared by pseudo-export and pseudo-check). */
final class PseudoReport {

    private PseudoReport() {
    }

    static String text(List<NameScrubber.Replacement> replacements) {
        StringBuilder text = new StringBuilder();
        if (replacements.isEmpty()) {
            text.append(Messages.PseudoExport_reportEmpty).append('\n');
        } else {
            text.append(Messages.PseudoExport_reportHeader).append('\n');
            for (NameScrubber.Replacement r : replacements) {
                text.append(NLS.bind(Messages.PseudoExport_reportLine, new Object[] { source(r.source()),
                        r.original(), r.replacement(), Integer.valueOf(r.count()) })).append('\n');
            }
        }
        text.append(Messages.PseudoExport_reportWarning).append('\n');
        return text.toString();
    }

    private static String source(NameScrubber.Source s) {
        return switch (s) {
            case KNOWN -> Messages.Source_KNOWN;
            case LIST -> Messages.Source_LIST;
            case HEURISTIC -> Messages.Source_HEURISTIC;
            case PATTERN -> Messages.Source_PATTERN;
        };
    }
}
