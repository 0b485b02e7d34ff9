// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.method.persona.cli;

import org.eclipse.osgi.util.NLS;

public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "nl.leefwereld.method.persona.cli.messages"; //$NON-NLS-1$

    public static String PersonaCommand_badModel;
    public static String PersonaCommand_badCriterion;
    public static String PersonaCommand_badNumber;
    public static String PersonaCommand_badShape;
    public static String PersonaCommand_generateFile;
    public static String PersonaCommand_generated;
    public static String PersonaCommand_badSet;
    public static String PersonaCommand_importFile;
    public static String PersonaCommand_imported;
    public static String PersonaCommand_missingOption;
    public static String PersonaCommand_missingSubcommand;
    public static String PersonaCommand_noPopulation;
    public static String PersonaCommand_nothingStored;
    public static String PersonaCommand_skewedJson;
    public static String PersonaCommand_unexpected;
    public static String PersonaCommand_unknownSubcommand;
    public static String PersonaCommand_usage;
    public static String PersonaCommand_weightedNeedsPopulation;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
