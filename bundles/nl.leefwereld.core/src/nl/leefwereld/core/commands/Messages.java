// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.core.commands;

import org.eclipse.osgi.util.NLS;

/** The names of the edits, as undo and redo show them. */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "nl.leefwereld.core.commands.messages"; //$NON-NLS-1$

    public static String Command_addCode;
    public static String Command_removeCode;
    public static String Command_acceptSuggestion;
    public static String Command_acceptSuggestions;
    public static String Command_rejectSuggestion;
    public static String Command_rejectSuggestions;
    public static String Command_analysis;
    public static String Command_setTitle;
    public static String Command_setChangeGoal;
    public static String Command_setKind;
    public static String Command_setDate;
    public static String Command_setSpeaker;
    public static String Command_setText;
    public static String Command_setTime;
    public static String Command_setName;
    public static String Command_setRole;
    public static String Command_set;
    public static String Command_addUtterance;
    public static String Command_removeUtterances;
    public static String Command_moveUtterance;
    public static String Command_addParticipant;
    public static String Command_addMemo;
    public static String Command_editMemo;
    public static String Command_removeMemo;
    public static String Memo_emptyText;
    public static String Memo_noCode;
    public static String Memo_badSpan;
    public static String Memo_foreignUtterance;
    public static String Memo_notHeld;
    public static String Memo_targetClient;
    public static String Memo_targetConversation;
    public static String Memo_targetCode;
    public static String Memo_targetUtterance;
    public static String Memo_targetSpan;
    public static String Memo_utteranceDeleted;
    public static String Memo_notFound;
    public static String Code_noSpans;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
