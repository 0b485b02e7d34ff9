// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.method.relation;

import org.eclipse.osgi.util.NLS;

public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "nl.leefwereld.method.relation.messages"; //$NON-NLS-1$

    public static String Type_none;
    public static String Type_visitor;
    public static String Type_complainant;
    public static String Type_customer;
    public static String Answer_none;
    public static String Answer_yes;
    public static String Answer_maybe;
    public static String Answer_no;
    public static String Question_problem;
    public static String Question_helpRequest;
    public static String Question_share;
    public static String Stance_visitor;
    public static String Stance_complainant;
    public static String Stance_customer;
    public static String Tasks_visitor;
    public static String Tasks_complainant;
    public static String Tasks_customer;
    public static String Guidance_stance;
    public static String Guidance_tasks;
    public static String Assess_noMarkersProblem;
    public static String Assess_noMarkers;
    public static String Assess_yes;
    public static String Assess_yesMostly;
    public static String Assess_no;
    public static String Assess_noMostly;
    public static String Assess_maybe;
    public static String Reason_marker;
    public static String Reason_model;
    public static String Finding_answerReason;
    public static String Finding_sourceSuggested;
    public static String Finding_sourceOverridden;
    public static String Finding_sourceAssessed;
    public static String Finding_type;
    public static String Fit_visitorAction;
    public static String Fit_visitorActionReason;
    public static String Fit_complainantAction;
    public static String Fit_complainantActionReason;
    public static String Fit_visitorNoCompliment;
    public static String Fit_feedbackTask;
    public static String Fit_feedbackTaskReason;
    public static String Fit_visitorNoComplimentReason;
    public static String Kind_problemYes;
    public static String Kind_problemNo;
    public static String Kind_helpYes;
    public static String Kind_helpNo;
    public static String Kind_shareYes;
    public static String Kind_shareNo;
    public static String Kind_scalingQuestion;
    public static String Kind_scalingAnswer;
    public static String Kind_miracleQuestion;
    public static String Kind_exceptionQuestion;
    public static String Kind_copingQuestion;
    public static String Kind_compliment;
    public static String Kind_actionTask;
    public static String Kind_observationTask;
    public static String Kind_bridge;
    public static String Tool_scaling;
    public static String Tool_exception;
    public static String Tool_miracle;
    public static String Tool_coping;
    public static String Tool_compliment;
    public static String Task_none;
    public static String Task_observation;
    public static String Task_action;
    public static String Trajectory_summary;
    public static String Trajectory_summaryReason;
    public static String Trajectory_change;
    public static String Trajectory_changeReason;
    public static String Source_assessed;
    public static String Source_overridden;
    public static String Source_suggested;
    public static String Report_title;
    public static String Report_purpose;
    public static String Report_trajectory;
    public static String Report_date;
    public static String Report_conversation;
    public static String Report_type;
    public static String Report_source;
    public static String Report_change;
    public static String Report_scale;
    public static String Report_sourceAssessed;
    public static String Report_sourceOverridden;
    public static String Report_sourceSuggested;
    public static String Report_typeChart;
    public static String Report_scaleChart;
    public static String Report_noConversations;

    public static String Learning_taskType;
    public static String Learning_taskMarker;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
