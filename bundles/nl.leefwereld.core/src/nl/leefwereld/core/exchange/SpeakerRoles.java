// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.core.exchange;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

import nl.leefwereld.model.Participant;
import nl.leefwereld.model.ParticipantRole;

/**
 * Guesses the roles of speakers found in a file that does not declare them: a name holding a professional's word
 * (klantmanager, consulent, hulpverlener, ...) is the professional, one holding a client's word (cliënt, klant,
 * huurder, ...) a client; otherwise the first speaker is the professional and the others are clients. Stateless.
 */
public final class SpeakerRoles {

    private static final List<String> PROFESSIONAL_WORDS = List.of("klantmanager", "consulent", "hulpverlener", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            "begeleider", "gespreksleider", "interviewer", "coach", "medewerker", "professional", "wijkcoach", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
            "schuldhulpverlener", "jeugdconsulent", "casemanager", "moderator", "trainer", "supervisor", "mw-er"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
    private static final List<String> CLIENT_WORDS = List.of("client", "klant", "huurder", "deelnemer", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            "bewoner", "respondent", "aanvrager", "jongere", "ouder"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$

    private SpeakerRoles() {
    }

    /**
     * Sets the role of every participant (in speaking order).
     *
     * @return true when at least one role was guessed from the speaking order rather than read from the name
     */
    public static boolean assign(List<Participant> participants) {
        boolean professionalSeen = false;
        boolean guessed = false;
        for (Participant p : participants) {
            ParticipantRole byName = byName(p.getName());
            if (byName != null) {
                p.setRole(byName);
                professionalSeen |= byName == ParticipantRole.PROFESSIONAL;
            }
        }
        for (Participant p : participants) {
            if (byName(p.getName()) != null) {
                continue;
            }
            if (!professionalSeen) {
                p.setRole(ParticipantRole.PROFESSIONAL);
                professionalSeen = true;
            } else {
                p.setRole(ParticipantRole.CLIENT);
            }
            guessed = true;
        }
        return guessed;
    }

    /** The role a name says (e.g. "Klantmanager Jansen"), or {@code null}. */
    public static ParticipantRole byName(String name) {
        if (name == null) {
            return null;
        }
        String n = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT); //$NON-NLS-1$ //$NON-NLS-2$
        for (String word : n.split("[^\\p{L}-]+")) { //$NON-NLS-1$
            if (PROFESSIONAL_WORDS.contains(word)) {
                return ParticipantRole.PROFESSIONAL;
            }
            if (CLIENT_WORDS.contains(word)) {
                return ParticipantRole.CLIENT;
            }
        }
        return null;
    }
}
