// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.method.relation.commands;

import org.eclipse.osgi.util.NLS;

/** The names of the relationship assessment's edits, as undo shows them. */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "nl.leefwereld.method.relation.commands.messages"; //$NON-NLS-1$

    public static String Command_keep;
    public static String Command_answer;
    public static String Command_answerByProfessional;
    public static String Command_feedback;
    public static String Command_override;
    public static String Command_scale;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
