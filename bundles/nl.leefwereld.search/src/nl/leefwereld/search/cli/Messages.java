// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.search.cli;

import org.eclipse.osgi.util.NLS;

public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "nl.leefwereld.search.cli.messages"; //$NON-NLS-1$

    public static String Common_unexpected;
    public static String Filters_badSpeaker;
    public static String Filters_badDay;
    public static String Filters_badNumber;
    public static String Search_usage;
    public static String Search_noQuery;
    public static String Search_none;
    public static String Search_note;
    public static String Search_clientNote;
    public static String Search_clientMemo;
    public static String Search_clientHeader;
    public static String Search_count;
    public static String Search_more;
    public static String Retrieve_usage;
    public static String Retrieve_noCode;
    public static String Retrieve_none;
    public static String Retrieve_segment;
    public static String Retrieve_human;
    public static String Retrieve_accepted;
    public static String Retrieve_count;
    public static String Matrix_usage;
    public static String Matrix_badBy;
    public static String Matrix_noOut;
    public static String Matrix_outIsFolder;
    public static String Matrix_written;
    public static String Index_usage;
    public static String Index_status;
    public static String Index_inMemory;
    public static String Index_onDisk;
    public static String Bench_usage;
    public static String Bench_folderNotEmpty;
    public static String Bench_folder;
    public static String Bench_header;
    public static String Bench_build;
    public static String Bench_oneWord;
    public static String Bench_phrase;
    public static String Bench_filtered;
    public static String Bench_filteredAll;
    public static String Bench_retrieve;
    public static String Bench_retrieved;
    public static String Bench_retrievePage;
    public static String Bench_count;
    public static String Bench_matrix;
    public static String Bench_latency;
    public static String Bench_indexSize;
    public static String Bench_database;
    public static String Bench_rebuild;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
