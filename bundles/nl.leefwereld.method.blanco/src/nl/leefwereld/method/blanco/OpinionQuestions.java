// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.method.blanco;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Questions that ask the client for an opinion or judgment ("Wat vindt u ervan?"), Dutch and English. */
public final class OpinionQuestions {

    private static final Pattern OPINION = Pattern.compile("(?iu)\\b(" //$NON-NLS-1$
            + "wat\\s+(?:vindt|vind)\\s+(?:u|je|jij|jullie)" //$NON-NLS-1$
            + "|hoe\\s+(?:vindt|vind)\\s+(?:u|je|jij|jullie)" //$NON-NLS-1$
            + "|(?:vindt|vind)\\s+(?:u|je|jij|jullie)\\s+(?:het|dat|zelf|niet)" //$NON-NLS-1$
            + "|hoe\\s+beoordee?l(?:t|en)?\\s+(?:u|je|jij|jullie)" //$NON-NLS-1$
            + "|hoe\\s+zou(?:den)?\\s+(?:u|je|jij|jullie)\\s+\\S+(?:\\s+\\S+){0,3}?\\s+beoordelen" //$NON-NLS-1$
            + "|wat\\s+is\\s+(?:uw|jouw|je)\\s+(?:mening|oordeel)" //$NON-NLS-1$
            + "|wat\\s+(?:denkt|denk)\\s+(?:u|je|jij)\\s+(?:van|ervan|daarvan|zelf)" //$NON-NLS-1$
            + "|hoe\\s+kijkt\\s+(?:u|je|jij)\\s+(?:er\\s+)?tegen" //$NON-NLS-1$
            + "|what\\s+do\\s+you\\s+think\\s+(?:of|about)" //$NON-NLS-1$
            + "|how\\s+do\\s+you\\s+feel\\s+about" //$NON-NLS-1$
            + "|what\\s+is\\s+your\\s+(?:opinion|view|judgement|judgment)" //$NON-NLS-1$
            + "|how\\s+would\\s+you\\s+(?:rate|judge|assess)" //$NON-NLS-1$
            + ")"); //$NON-NLS-1$

    private OpinionQuestions() {
    }

    /** The words that make {@code sentence} an opinion question, or {@code null} when it is not one. */
    public static String match(String sentence) {
        if (sentence == null || !sentence.strip().endsWith("?")) { //$NON-NLS-1$
            return null;
        }
        Matcher m = OPINION.matcher(sentence);
        return m.find() ? m.group(1) : null;
    }
}
