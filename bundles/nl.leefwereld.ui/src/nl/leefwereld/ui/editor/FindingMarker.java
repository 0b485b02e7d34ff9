// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.ui.editor;

import java.util.List;

import nl.leefwereld.core.method.Finding;

/**
 * A finding of an analysis shown beside the utterances it is about, in the transcript's number column.
 *
 * @param severity     how serious
 * @param method       the method's name, as the user knows it
 * @param message      what was found
 * @param utteranceIds the utterances it is about
 */
public record FindingMarker(Finding.Severity severity, String method, String message, List<String> utteranceIds) {

    public FindingMarker {
        utteranceIds = List.copyOf(utteranceIds);
    }
}
