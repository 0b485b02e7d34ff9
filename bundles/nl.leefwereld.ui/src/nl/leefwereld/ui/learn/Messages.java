// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.ui.learn;

import org.eclipse.osgi.util.NLS;

public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "nl.leefwereld.ui.learn.messages"; //$NON-NLS-1$

    public static String ModelQuality_train;
    public static String ModelQuality_trainTip;
    public static String ModelQuality_task;
    public static String ModelQuality_code;
    public static String ModelQuality_rulesP;
    public static String ModelQuality_rulesR;
    public static String ModelQuality_rulesF1;
    public static String ModelQuality_modelP;
    public static String ModelQuality_modelR;
    public static String ModelQuality_modelF1;
    public static String ModelQuality_n;
    public static String ModelQuality_noStore;
    public static String ModelQuality_running;
    public static String ModelQuality_job;
    public static String ModelQuality_failed;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
