// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.search;

import java.util.List;

/**
 * One page of retrieved coded segments.
 *
 * @param segments the segments of this page, in conversation and utterance order
 * @param total    the number of segments the filter selects in all
 * @param offset   the position of the first segment of this page among all
 */
public record SegmentPage(List<CodedSegment> segments, int total, int offset) {

    /** Whether segments follow this page. */
    public boolean hasMore() {
        return offset + segments.size() < total;
    }
}
