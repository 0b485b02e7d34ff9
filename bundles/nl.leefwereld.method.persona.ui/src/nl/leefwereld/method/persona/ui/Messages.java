// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.method.persona.ui;

import org.eclipse.osgi.util.NLS;

public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "nl.leefwereld.method.persona.ui.messages"; //$NON-NLS-1$

    public static String Inputs_choose;
    public static String Inputs_population;
    public static String Inputs_populationHint;
    public static String Inputs_set;
    public static String PersonaView_build;
    public static String PersonaView_cancelled;
    public static String PersonaView_chosen;
    public static String PersonaView_columnNumber;
    public static String PersonaView_columnPersona;
    public static String PersonaView_columnShare;
    public static String PersonaView_columnSize;
    public static String PersonaView_columnWeighted;
    public static String PersonaView_detailsHeader;
    public static String PersonaView_distinguishing;
    public static String PersonaView_empty;
    public static String PersonaView_failed;
    public static String PersonaView_given;
    public static String PersonaView_job;
    public static String PersonaView_k;
    public static String PersonaView_model;
    public static String PersonaView_modelKPrototypes;
    public static String PersonaView_modelLca;
    public static String PersonaView_kAuto;
    public static String PersonaView_minorities;
    public static String PersonaView_noMinorities;
    public static String PersonaView_noQuotes;
    public static String PersonaView_nothing;
    public static String PersonaView_notChecked;
    public static String PersonaView_quotes;
    public static String PersonaView_representative;
    public static String PersonaView_running;
    public static String PersonaView_seed;
    public static String PersonaView_small;
    public static String PersonaView_smallNote;
    public static String PersonaView_status;
    public static String RepresentativenessView_cancelled;
    public static String RepresentativenessView_check;
    public static String RepresentativenessView_columnAttribute;
    public static String RepresentativenessView_columnCategory;
    public static String RepresentativenessView_columnCount;
    public static String RepresentativenessView_columnP;
    public static String RepresentativenessView_columnPopulation;
    public static String RepresentativenessView_columnShare;
    public static String RepresentativenessView_columnStatus;
    public static String RepresentativenessView_columnWeight;
    public static String RepresentativenessView_empty;
    public static String RepresentativenessView_failed;
    public static String RepresentativenessView_job;
    public static String RepresentativenessView_noPopulation;
    public static String RepresentativenessView_running;
    public static String RepresentativenessView_summary;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
