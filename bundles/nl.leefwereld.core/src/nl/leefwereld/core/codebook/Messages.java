// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.core.codebook;

import org.eclipse.osgi.util.NLS;

public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "nl.leefwereld.core.codebook.messages"; //$NON-NLS-1$

    public static String Qdc_at;
    public static String Qdc_doctype;
    public static String Qdc_malformed;
    public static String Qdc_notACodebook;
    public static String Qdc_codeWithoutName;
    public static String Qdc_duplicateGuid;
    public static String Qdc_badColour;
    public static String Qdc_badCodable;
    public static String Qdc_unreadable;
    public static String Qdc_cannotWrite;
    public static String Qdc_writeBadColour;
    public static String Qdc_tooLarge;
    public static String Qdc_tooDeep;
    public static String Qdpx_notAProject;
    public static String Qdpx_noProject;
    public static String Qdpx_entry;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
