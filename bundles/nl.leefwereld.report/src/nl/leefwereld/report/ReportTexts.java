// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.report;

import java.text.DateFormat;
import java.util.Date;

import org.eclipse.core.runtime.RegistryFactory;

import nl.leefwereld.core.io.TranscriptWriter;
import nl.leefwereld.core.method.MethodDescriptor;
import nl.leefwereld.core.method.MethodRegistry;
import nl.leefwereld.model.Conversation;
import nl.leefwereld.model.Participant;
import nl.leefwereld.model.Utterance;

/** Texts every report writes the same way: a conversation's title and date, a transcript line's time and speaker. */
public final class ReportTexts {

    private ReportTexts() {
    }

    /** {@code [mm:ss] Name}, the time when the utterance has one. */
    public static String meta(Utterance u) {
        Participant p = u.getSpeaker();
        String name = p == null || p.getName() == null ? "?" : p.getName(); //$NON-NLS-1$
        return u.getStartMillis() == null ? name + ':' : '[' + TranscriptWriter.formatTime(u.getStartMillis().longValue()) + "] " + name + ':'; //$NON-NLS-1$
    }

    /** The title, or the id of an untitled conversation. */
    public static String title(Conversation c) {
        return c.getTitle() == null || c.getTitle().isBlank() ? c.getId() : c.getTitle();
    }

    /** The date in the user's long format, or empty. */
    public static String date(Conversation c) {
        return date(c.getDate());
    }

    /** A date in the user's long format, or empty. */
    public static String date(Date date) {
        return date == null ? "" : DateFormat.getDateInstance(DateFormat.LONG).format(date); //$NON-NLS-1$
    }

    /** The literature source of an installed method (in the user's language), or empty. */
    public static String methodSource(String methodId) {
        MethodDescriptor m = new MethodRegistry(RegistryFactory.getRegistry()).method(methodId);
        return m == null || m.source() == null ? "" : m.source(); //$NON-NLS-1$
    }
}
