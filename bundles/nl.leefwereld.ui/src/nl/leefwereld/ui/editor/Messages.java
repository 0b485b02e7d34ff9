// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.ui.editor;

import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.osgi.util.NLS;

import nl.leefwereld.model.ConversationKind;
import nl.leefwereld.model.ParticipantRole;

public class Messages extends NLS {
    private static final String BUNDLE_NAME = "nl.leefwereld.ui.editor.messages"; //$NON-NLS-1$
    public static String Editor_wrongInput;
    public static String Editor_notFound;
    public static String Editor_title;
    public static String Editor_kind;
    public static String Editor_date;
    public static String Editor_columnNumber;
    public static String Editor_columnTime;
    public static String Editor_columnSpeaker;
    public static String Editor_columnText;
    public static String Editor_columnParticipant;
    public static String Editor_columnRole;
    public static String Editor_noSpeaker;
    public static String Editor_newParticipant;
    public static String Editor_addUtterance;
    public static String Editor_deleteUtterance;
    public static String Editor_moveUp;
    public static String Editor_moveDown;
    public static String Editor_addParticipant;
    public static String Editor_deleteParticipant;
    public static String Editor_deleteParticipants;
    public static String Editor_badTime;
    public static String Editor_undo;
    public static String Editor_undoRedoLabel;
    public static String Editor_redo;
    public static String Editor_columnCodes;
    public static String Editor_suggestion;
    public static String Editor_span;
    public static String Editor_spanDetached;
    public static String Editor_memos;
    public static String Editor_codeSpan;
    public static String Editor_codeSelection;
    public static String Editor_selectWords;
    public static String Editor_selectWordsHint;
    public static String Editor_freeCode;
    public static String Editor_freeCodeTitle;
    public static String Editor_freeCodePrompt;
    public static String Editor_freeCodeBlank;
    public static String Editor_wholeUtterance;
    public static String Editor_cut;
    public static String Editor_copy;
    public static String Editor_paste;
    public static String SpanCode_title;
    public static String SpanCode_explain;
    public static String SpanCode_code;
    public static String Editor_acceptSuggestion;
    public static String Editor_analysis;
    public static String Editor_saveFailed;
    public static String Editor_saveFailedDetail;
    public static String Editor_conflictTitle;
    public static String Editor_conflictDetail;
    public static String Editor_conflictReload;
    public static String Editor_conflictKeep;
    public static String Outline_participant;
    public static String Kind_WELCOME;
    public static String Kind_FOLLOW_UP;
    public static String Kind_HOME_VISIT;
    public static String Kind_PANEL;
    public static String Kind_ROLE_PLAY;
    public static String Kind_OTHER;
    public static String Role_CLIENT;
    public static String Role_PROFESSIONAL;
    public static String Role_FAMILY;
    public static String Role_INFORMAL_CARER;
    public static String Role_OBSERVER;
    public static String Role_OTHER;
    public static String Property_id;
    public static String Property_name;
    public static String Property_role;
    public static String Property_professional;
    public static String Property_speaker;
    public static String Property_text;
    public static String Property_startMillis;
    public static String Property_endMillis;
    public static String Property_title;
    public static String Property_date;
    public static String Property_kind;
    public static String Property_language;
    public static String Property_displayName;
    public static String Property_pseudonym;
    public static String Property_changeGoal;
    public static String Property_startDate;
    public static String Property_client;
    public static String Property_trajectory;
    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }

    public static String kindLabel(ConversationKind kind) {
        return field("Kind_" + kind.getName(), kind.getLiteral()); //$NON-NLS-1$
    }

    public static String roleLabel(ParticipantRole role) {
        return role == null ? "" : field("Role_" + role.getName(), role.getLiteral()); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** The translated name of a model feature for the Properties view; its own name where none is translated. */
    public static String featureLabel(EStructuralFeature feature) {
        return field("Property_" + feature.getName(), feature.getName()); //$NON-NLS-1$
    }

    private static String field(String name, String fallback) {
        try {
            Object value = Messages.class.getField(name).get(null);
            return value instanceof String s ? s : fallback;
        } catch (ReflectiveOperationException e) {
            return fallback;
        }
    }
}
