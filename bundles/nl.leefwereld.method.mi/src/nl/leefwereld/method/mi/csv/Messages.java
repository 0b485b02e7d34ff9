// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.method.mi.csv;

import org.eclipse.osgi.util.NLS;

final class Messages extends NLS {
    private static final String BUNDLE_NAME = "nl.leefwereld.method.mi.csv.messages"; //$NON-NLS-1$

    public static String Mapping_defaults;
    public static String Mapping_unreadable;
    public static String Mapping_unknownKey;
    public static String Mapping_missingKey;
    public static String Mapping_badDelimiter;
    public static String Mapping_badCodeKey;
    public static String Mapping_unknownCode;
    public static String Mapping_problems;
    public static String Csv_unreadable;
    public static String Csv_encoding;
    public static String Csv_malformed;
    public static String Csv_empty;
    public static String Csv_missingColumn;
    public static String Csv_noSpeaker;
    public static String Csv_noText;
    public static String Csv_badOrder;
    public static String Csv_badTime;
    public static String Csv_unknownCode;
    public static String Csv_behaviourOnClient;
    public static String Csv_clientOnProfessional;
    public static String Csv_severalTranscripts;
    public static String Csv_title;
    public static String Csv_noCoder;
    public static String Csv_otherText;
    public static String Csv_otherSpeaker;
    public static String Csv_coderTwice;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
