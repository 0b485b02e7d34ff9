// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.ui.memos;

import org.eclipse.osgi.util.NLS;

/** The texts of the Memo's view. */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "nl.leefwereld.ui.memos.messages"; //$NON-NLS-1$

    public static String Memos_name;
    public static String Memos_header;
    public static String Memos_noConversation;
    public static String Memos_target;
    public static String Memos_title;
    public static String Memos_text;
    public static String Memos_author;
    public static String Memos_modified;
    public static String Memos_titleLabel;
    public static String Memos_textLabel;
    public static String Memos_add;
    public static String Memos_change;
    public static String Memos_delete;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
