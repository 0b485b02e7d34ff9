// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.ui.wizards;

import org.eclipse.osgi.util.NLS;

public class Messages extends NLS {
    private static final String BUNDLE_NAME = "nl.leefwereld.ui.wizards.messages"; //$NON-NLS-1$
    public static String NewClient_title;
    public static String NewClient_description;
    public static String NewClient_name;
    public static String NewClient_pseudonym;
    public static String NewClient_trajectory;
    public static String NewClient_trajectoryDefault;
    public static String NewClient_goal;
    public static String NewClient_attributes;
    public static String NewClient_attributesHint;
    public static String NewClient_attributeInvalid;
    public static String NewClient_nameRequired;
    public static String NewClient_trajectoryRequired;
    public static String NewConversation_title;
    public static String NewConversation_description;
    public static String NewConversation_trajectory;
    public static String NewConversation_titleField;
    public static String NewConversation_kind;
    public static String NewConversation_date;
    public static String NewConversation_language;
    public static String NewConversation_professional;
    public static String NewConversation_client;
    public static String NewConversation_noTrajectory;
    public static String NewConversation_titleRequired;
    public static String NewConversation_namesRequired;
    public static String Import_title;
    public static String Import_description;
    public static String Import_file;
    public static String Import_browse;
    public static String Import_trajectory;
    public static String Import_noTrajectory;
    public static String Import_client;
    public static String Import_newClient;
    public static String Import_newClientName;
    public static String Import_newTrajectoryTitle;
    public static String Import_newTrajectory;
    public static String Import_importTrajectory;
    public static String Import_problem;
    public static String Import_summary;
    public static String Import_previewLimited;
    public static String Import_noFile;
    public static String Import_columnLine;
    public static String Import_columnTime;
    public static String Import_columnSpeaker;
    public static String Import_columnText;
    public static String Import_folder;
    public static String Import_many;
    public static String Import_progress;
    public static String Import_manyChosen;
    public static String Import_manyDone;
    public static String Import_cancelled;
    public static String ExportQdpx_title;
    public static String ExportQdpx_running;
    public static String ExportQdpx_failed;
    public static String ExportQdpx_done;
    public static String Import_problems;
    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
