// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.core.coding;

import org.eclipse.osgi.util.NLS;

public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "nl.leefwereld.core.coding.messages"; //$NON-NLS-1$

    public static String Annotations_notASuggestion;
    public static String Annotations_noCoder;
    public static String Agreement_noUtterances;
    public static String Agreement_neverUsed;
    public static String Agreement_alwaysUsed;
    public static String CodeLabels_methodNotInstalled;
    public static String CodeLabels_notInCodebook;
    public static String CodeLabels_codebookError;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
