// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.method.persona;

import org.eclipse.osgi.util.NLS;

public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "nl.leefwereld.method.persona.messages"; //$NON-NLS-1$

    public static String Csv_columns;
    public static String Csv_encoding;
    public static String Csv_malformed;
    public static String Import_duplicateKey;
    public static String Import_duplicateName;
    public static String Import_emptyKey;
    public static String Import_emptyName;
    public static String Import_header;
    public static String Import_noRows;
    public static String Import_valueTooLong;
    public static String Minority_group;
    public static String Minority_groupDistinguishing;
    public static String Minority_hiddenGroup;
    public static String Minority_value;
    public static String Minority_smallCluster;
    public static String Minority_spreadItem;
    public static String Output_attribute;
    public static String Output_bicItem;
    public static String Output_bics;
    public static String Output_modelKPrototypes;
    public static String Output_modelLca;
    public static String Output_modelLcaIcl;
    public static String Output_iclItem;
    public static String Output_icls;
    public static String Output_distinguishing;
    public static String Output_header;
    public static String Output_minorities;
    public static String Output_noMinorities;
    public static String Output_noQuotes;
    public static String Output_persona;
    public static String Output_quotes;
    public static String Output_representativenessHeader;
    public static String Output_silhouettes;
    public static String Output_smallPersona;
    public static String Output_warning;
    public static String Output_weighted;
    public static String Persona_kTooLarge;
    public static String Persona_noAttributes;
    public static String Persona_noDistinction;
    public static String Persona_themeColumn;
    public static String Persona_themePrefix;
    public static String Persona_tooFewClients;
    public static String Population_duplicate;
    public static String Population_empty;
    public static String Population_header;
    public static String Population_noRows;
    public static String Population_share;
    public static String Population_sum;
    public static String Quote_reasonCentre;
    public static String Quote_reasonTheme;
    public static String Representativeness_attributeMissing;
    public static String Representativeness_fine;
    public static String Representativeness_skewed;
    public static String Representativeness_under;
    public static String Representativeness_unmatched;
    public static String Set_all;
    public static String Set_panel;
    public static String Status_absent;
    public static String Status_ok;
    public static String Status_over;
    public static String Status_under;
    public static String Trait_categorical;
    public static String Trait_high;
    public static String Trait_low;
    public static String Trait_numeric;
    public static String Report_title;
    public static String Report_purpose;
    public static String Report_representativeness;
    public static String Report_noPopulation;
    public static String Report_attribute;
    public static String Report_category;
    public static String Report_clients;
    public static String Report_share;
    public static String Report_population;
    public static String Report_status;
    public static String Report_personas;
    public static String Report_persona;
    public static String Report_size;
    public static String Report_traits;
    public static String Report_quotes;
    public static String Report_chart;
    public static String Report_minorities;
    public static String Report_noKey;
    public static String Report_cannotBuild;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
