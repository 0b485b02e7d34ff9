// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.cli.commands;

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
            text.append(PrivacyMessages.PseudoExport_reportEmpty).append('\n');
        } else {
            text.append(PrivacyMessages.PseudoExport_reportHeader).append('\n');
            for (NameScrubber.Replacement r : replacements) {
                text.append(NLS.bind(PrivacyMessages.PseudoExport_reportLine, new Object[] { source(r.source()),
                        r.original(), r.replacement(), Integer.valueOf(r.count()) })).append('\n');
            }
        }
        text.append(PrivacyMessages.PseudoExport_reportWarning).append('\n');
        return text.toString();
    }

    private static String source(NameScrubber.Source s) {
        return switch (s) {
            case KNOWN -> PrivacyMessages.Source_KNOWN;
            case LIST -> PrivacyMessages.Source_LIST;
            case HEURISTIC -> PrivacyMessages.Source_HEURISTIC;
            case PATTERN -> PrivacyMessages.Source_PATTERN;
        };
    }
}
