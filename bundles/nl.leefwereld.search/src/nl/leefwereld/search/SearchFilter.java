// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.search;

import java.time.LocalDate;

/**
 * What narrows a search, a retrieval or a code count; every field may be {@code null} (no restriction). Immutable;
 * {@code with…} return copies.
 *
 * @param clientId     only this client's conversations
 * @param trajectoryId only this trajectory's conversations
 * @param conversationId only this conversation
 * @param kind         conversation kind, the model's literal (e.g. {@code follow_up}) or name (e.g. {@code FOLLOW_UP})
 * @param from         conversations on or after this day
 * @param to           conversations on or before this day
 * @param speakerRole  {@code client} or {@code professional} (or another participant role)
 * @param code         a code id ({@code change_talk}) or {@code method:code}
 * @param coder        codings of this coder
 * @param method       codings of this method
 */
public record SearchFilter(String clientId, String trajectoryId, String conversationId, String kind, LocalDate from,
        LocalDate to, String speakerRole, String code, String coder, String method) {

    /** No restriction. */
    public static SearchFilter none() {
        return new SearchFilter(null, null, null, null, null, null, null, null, null, null);
    }

    public SearchFilter withClient(String id) {
        return new SearchFilter(id, trajectoryId, conversationId, kind, from, to, speakerRole, code, coder, method);
    }

    public SearchFilter withTrajectory(String id) {
        return new SearchFilter(clientId, id, conversationId, kind, from, to, speakerRole, code, coder, method);
    }

    public SearchFilter withConversation(String id) {
        return new SearchFilter(clientId, trajectoryId, id, kind, from, to, speakerRole, code, coder, method);
    }

    public SearchFilter withKind(String k) {
        return new SearchFilter(clientId, trajectoryId, conversationId, k, from, to, speakerRole, code, coder, method);
    }

    public SearchFilter withDates(LocalDate f, LocalDate t) {
        return new SearchFilter(clientId, trajectoryId, conversationId, kind, f, t, speakerRole, code, coder, method);
    }

    public SearchFilter withSpeakerRole(String role) {
        return new SearchFilter(clientId, trajectoryId, conversationId, kind, from, to, role, code, coder, method);
    }

    public SearchFilter withCode(String c) {
        return new SearchFilter(clientId, trajectoryId, conversationId, kind, from, to, speakerRole, c, coder, method);
    }

    public SearchFilter withCoder(String c) {
        return new SearchFilter(clientId, trajectoryId, conversationId, kind, from, to, speakerRole, code, c, method);
    }

    public SearchFilter withMethod(String m) {
        return new SearchFilter(clientId, trajectoryId, conversationId, kind, from, to, speakerRole, code, coder, m);
    }
}
