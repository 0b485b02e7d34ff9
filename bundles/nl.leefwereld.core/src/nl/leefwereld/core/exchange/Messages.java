// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.core.exchange;

import org.eclipse.osgi.util.NLS;

public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "nl.leefwereld.core.exchange.messages"; //$NON-NLS-1$

    public static String Text_badUtf16;
    public static String Text_utf16WithoutMark;
    public static String Subtitle_noWebvtt;
    public static String Subtitle_noTimeLine;
    public static String Subtitle_badTime;
    public static String Subtitle_tooMany;
    public static String Subtitle_tooManyWarnings;
    public static String Subtitle_noCues;
    public static String Subtitle_unknownSpeaker;
    public static String Subtitle_noSpeakerYet;
    public static String Subtitle_noSpeakers;
    public static String Import_rolesGuessed;
    public static String Import_atLine;
    public static String Zip_tooManyEntries;
    public static String Zip_badName;
    public static String Zip_entryTooLarge;
    public static String Zip_tooLarge;
    public static String Zip_bomb;
    public static String Zip_doctype;
    public static String Zip_notZip;
    public static String Docx_unreadable;
    public static String Docx_noSpeakers;
    public static String Docx_atParagraph;
    public static String Docx_beforeFirstSpeaker;
    public static String Qdpx_noProject;
    public static String Qdpx_notProject;
    public static String Qdpx_malformed;
    public static String Qdpx_sourceMissing;
    public static String Qdpx_otherSources;
    public static String Qdpx_sourceNotUtf8;
    public static String Qdpx_noTurns;
    public static String Qdpx_badSelection;
    public static String Qdpx_unknownCode;
    public static String Qdpx_noSources;
    public static String Qdpx_trajectory;
    public static String Import_unreadable;
    public static String Import_unknownFormat;
    public static String Import_defaultTitle;
    public static String Import_notStored;
    public static String Export_unknownId;
    public static String Bench_imported;
    public static String Bench_exported;
    public static String Bench_qdpxImported;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
