// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.method.relation.cli;

import org.eclipse.osgi.util.NLS;

public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "nl.leefwereld.method.relation.cli.messages"; //$NON-NLS-1$

    public static String Relation_usage;
    public static String Relation_trainArgs;
    public static String Evaluate_overrides;
    public static String Evaluate_noOverrides;
    public static String Relation_needSubcommand;
    public static String Relation_unknownSubcommand;
    public static String Relation_unknownClient;
    public static String Relation_badType;
    public static String Relation_needReason;
    public static String Relation_badTaskKind;
    public static String Relation_needFeedback;
    public static String Relation_saved;
    public static String Show_header;
    public static String Show_suggested;
    public static String Show_assessed;
    public static String Show_answer;
    public static String Show_evidence;
    public static String Show_derived;
    public static String Show_override;
    public static String Show_type;
    public static String Show_tools;
    public static String Show_tool;
    public static String Show_scale;
    public static String Show_feedback;
    public static String Show_finding;
    public static String Timeline_header;
    public static String Timeline_trajectory;
    public static String Timeline_empty;
    public static String Timeline_entry;
    public static String Timeline_change;
    public static String Timeline_scales;
    public static String Timeline_sourceAssessed;
    public static String Timeline_sourceOverridden;
    public static String Timeline_sourceSuggested;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
