// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.core.io;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import nl.leefwereld.model.Conversation;
import nl.leefwereld.model.ConversationKind;
import nl.leefwereld.model.Participant;
import nl.leefwereld.model.ParticipantRole;
import nl.leefwereld.model.Utterance;

/**
 * Writes a conversation in the transcript format that {@link TranscriptParser} reads: header lines
 * ({@code # Titel:}, {@code # Soort:}, {@code # Datum:}, {@code # Taal:}, one line per role), then one
 * {@code [hh:mm:ss] Naam: tekst} line per utterance, further lines of a text indented by two spaces.
 * The header keys and kind words are format keywords (Dutch), not translated. Stateless.
 */
public final class TranscriptWriter {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"); //$NON-NLS-1$

    /** {@code hh:mm:ss}, with {@code .mmm} when the milliseconds are not zero. */
    public static String formatTime(long millis) {
        long seconds = millis / 1000;
        String s = String.format(Locale.ROOT, "%02d:%02d:%02d", Long.valueOf(seconds / 3600), //$NON-NLS-1$
                Long.valueOf(seconds / 60 % 60), Long.valueOf(seconds % 60));
        long ms = millis % 1000;
        return ms == 0 ? s : s + String.format(Locale.ROOT, ".%03d", Long.valueOf(ms)); //$NON-NLS-1$
    }

    public String write(Conversation conversation) {
        StringBuilder b = new StringBuilder();
        if (conversation.getTitle() != null) {
            b.append("# Titel: ").append(oneLine(conversation.getTitle())).append('\n'); //$NON-NLS-1$
        }
        if (conversation.getKind() != null) {
            b.append("# Soort: ").append(kindWord(conversation.getKind())).append('\n'); //$NON-NLS-1$
        }
        if (conversation.getDate() != null) {
            b.append("# Datum: ").append(DATE.format(conversation.getDate().toInstant().atZone(ZoneId.systemDefault()))) //$NON-NLS-1$
                    .append('\n');
        }
        if (conversation.getLanguage() != null) {
            b.append("# Taal: ").append(conversation.getLanguage()).append('\n'); //$NON-NLS-1$
        }
        Map<ParticipantRole, List<String>> byRole = new LinkedHashMap<>();
        for (Participant p : conversation.getParticipants()) {
            ParticipantRole role = p.getRole() == null ? ParticipantRole.OTHER : p.getRole();
            byRole.computeIfAbsent(role, r -> new ArrayList<>()).add(p.getName());
        }
        for (Map.Entry<ParticipantRole, List<String>> e : byRole.entrySet()) {
            b.append("# ").append(roleKey(e.getKey())).append(": ").append(String.join(", ", e.getValue())).append('\n'); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
        if (b.length() > 0) {
            b.append('\n');
        }
        for (Utterance u : conversation.getUtterances()) {
            if (u.getStartMillis() != null) {
                b.append('[').append(formatTime(u.getStartMillis().longValue())).append("] "); //$NON-NLS-1$
            }
            b.append(u.getSpeaker() == null ? "?" : u.getSpeaker().getName()).append(": "); //$NON-NLS-1$ //$NON-NLS-2$
            String[] lines = (u.getText() == null ? "" : u.getText()).split("\r\n|\r|\n"); //$NON-NLS-1$ //$NON-NLS-2$
            for (int i = 0; i < lines.length; i++) {
                if (i > 0) {
                    b.append('\n').append("  "); //$NON-NLS-1$
                }
                b.append(lines[i]);
            }
            b.append('\n');
        }
        return b.toString();
    }

    private static String oneLine(String s) {
        return s.replaceAll("[\r\n]+", " "); //$NON-NLS-1$ //$NON-NLS-2$
    }

    static String kindWord(ConversationKind kind) {
        return switch (kind) {
            case WELCOME -> "welkomstgesprek"; //$NON-NLS-1$
            case FOLLOW_UP -> "vervolggesprek"; //$NON-NLS-1$
            case HOME_VISIT -> "huisbezoek"; //$NON-NLS-1$
            case PANEL -> "klantenpanel"; //$NON-NLS-1$
            case ROLE_PLAY -> "rollenspel"; //$NON-NLS-1$
            default -> "anders"; //$NON-NLS-1$
        };
    }

    static String roleKey(ParticipantRole role) {
        return switch (role) {
            case PROFESSIONAL -> "Professional"; //$NON-NLS-1$
            case CLIENT -> "Client"; //$NON-NLS-1$
            case FAMILY -> "Familie"; //$NON-NLS-1$
            case INFORMAL_CARER -> "Mantelzorger"; //$NON-NLS-1$
            case OBSERVER -> "Observator"; //$NON-NLS-1$
            default -> "Anders"; //$NON-NLS-1$
        };
    }
}
