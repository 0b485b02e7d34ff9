// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.method.relation.ui;

import org.eclipse.osgi.util.NLS;

public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "nl.leefwereld.method.relation.ui.messages"; //$NON-NLS-1$

    public static String View_noConversation;
    public static String View_title;
    public static String View_proposal;
    public static String View_stored;
    public static String View_assess;
    public static String View_derived;
    public static String View_type;
    public static String View_override;
    public static String View_overrideCheck;
    public static String View_overrideReason;
    public static String View_overrideNeedsType;
    public static String View_overrideNeedsReason;
    public static String View_guidance;
    public static String View_warnings;
    public static String View_tools;
    public static String View_feedbackGroup;
    public static String View_feedbackCompliment;
    public static String View_feedbackBridge;
    public static String View_feedbackTask;
    public static String View_feedbackTaskKind;
    public static String View_scaleGroup;
    public static String View_scaleAsked;
    public static String View_scale;
    public static String Trajectory_noConversation;
    public static String Trajectory_heading;
    public static String Trajectory_columnDate;
    public static String Trajectory_columnConversation;
    public static String Trajectory_columnType;
    public static String Trajectory_columnSource;
    public static String Trajectory_columnChange;
    public static String Trajectory_columnScale;
    public static String Trajectory_chartTitle;
    public static String Trajectory_chartEmpty;
    public static String Trajectory_series;
    public static String Trajectory_change;
    public static String Trajectory_sourceAssessed;
    public static String Trajectory_sourceOverridden;
    public static String Trajectory_sourceSuggested;
    public static String Trajectory_job;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
