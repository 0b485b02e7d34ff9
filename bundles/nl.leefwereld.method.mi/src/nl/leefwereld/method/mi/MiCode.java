// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.method.mi;

import java.util.Locale;

/**
 * The codes of {@code codebook/mi.qdc}: the ten MITI 4.2.1 behaviour codes (Question refined as open/closed) and the
 * client language codes. The guid is the code id stored in annotations; the key is the coding view's shortcut.
 */
public enum MiCode {
    GIVING_INFORMATION("b3a1c0de-5111-4a21-9000-000000000001", "GI", 'I', Family.OTHER), //$NON-NLS-1$ //$NON-NLS-2$
    PERSUADE("b3a1c0de-5111-4a21-9000-000000000002", "Persuade", 'O', Family.OTHER), //$NON-NLS-1$ //$NON-NLS-2$
    PERSUADE_WITH_PERMISSION("b3a1c0de-5111-4a21-9000-000000000003", "PwP", 'T', Family.OTHER), //$NON-NLS-1$ //$NON-NLS-2$
    QUESTION("b3a1c0de-5111-4a21-9000-000000000004", "Q", 'V', Family.QUESTION), //$NON-NLS-1$ //$NON-NLS-2$
    OPEN_QUESTION("b3a1c0de-5111-4a21-9000-000000000041", "OQ", '\0', Family.QUESTION), //$NON-NLS-1$ //$NON-NLS-2$
    CLOSED_QUESTION("b3a1c0de-5111-4a21-9000-000000000042", "CQ", '\0', Family.QUESTION), //$NON-NLS-1$ //$NON-NLS-2$
    SIMPLE_REFLECTION("b3a1c0de-5111-4a21-9000-000000000005", "SR", 'E', Family.REFLECTION), //$NON-NLS-1$ //$NON-NLS-2$
    COMPLEX_REFLECTION("b3a1c0de-5111-4a21-9000-000000000006", "CR", 'C', Family.REFLECTION), //$NON-NLS-1$ //$NON-NLS-2$
    AFFIRM("b3a1c0de-5111-4a21-9000-000000000007", "AF", 'B', Family.OTHER), //$NON-NLS-1$ //$NON-NLS-2$
    SEEKING_COLLABORATION("b3a1c0de-5111-4a21-9000-000000000008", "Seek", 'S', Family.OTHER), //$NON-NLS-1$ //$NON-NLS-2$
    EMPHASIZING_AUTONOMY("b3a1c0de-5111-4a21-9000-000000000009", "Emph", 'A', Family.OTHER), //$NON-NLS-1$ //$NON-NLS-2$
    CONFRONT("b3a1c0de-5111-4a21-9000-000000000010", "Con", 'K', Family.OTHER), //$NON-NLS-1$ //$NON-NLS-2$
    CHANGE_TALK("b3a1c0de-5111-4a21-9000-000000000021", "CT", 'W', Family.CLIENT), //$NON-NLS-1$ //$NON-NLS-2$
    SUSTAIN_TALK("b3a1c0de-5111-4a21-9000-000000000022", "ST", 'H', Family.CLIENT), //$NON-NLS-1$ //$NON-NLS-2$
    NEUTRAL("b3a1c0de-5111-4a21-9000-000000000023", "NT", 'N', Family.CLIENT); //$NON-NLS-1$ //$NON-NLS-2$

    /** Which MITI volley rule applies: one question code, one reflection code per volley; client codes. */
    public enum Family {
        QUESTION, REFLECTION, OTHER, CLIENT
    }

    private final String guid;
    private final String abbreviation;
    private final char key;
    private final Family family;

    MiCode(String guid, String abbreviation, char key, Family family) {
        this.guid = guid;
        this.abbreviation = abbreviation;
        this.key = key;
        this.family = family;
    }

    /** The code id in annotations (the guid in the .qdc). */
    public String guid() {
        return guid;
    }

    /** The MITI abbreviation, e.g. {@code SR}. */
    public String abbreviation() {
        return abbreviation;
    }

    /** The keyboard shortcut in the coding view (upper case), or {@code '\0'}. */
    public char key() {
        return key;
    }

    public Family family() {
        return family;
    }

    /** A code of the professional's behaviour (not of client language). */
    public boolean isBehaviour() {
        return family != Family.CLIENT;
    }

    /** The code with this guid, or {@code null}. */
    public static MiCode byGuid(String guid) {
        for (MiCode c : values()) {
            if (c.guid.equals(guid)) {
                return c;
            }
        }
        return null;
    }

    /** The code with this abbreviation or enum name (any case), or {@code null}. */
    public static MiCode byAbbreviation(String abbreviation) {
        if (abbreviation == null) {
            return null;
        }
        String a = abbreviation.trim();
        for (MiCode c : values()) {
            if (c.abbreviation.equalsIgnoreCase(a) || c.name().equalsIgnoreCase(a)) {
                return c;
            }
        }
        return null;
    }

    /** The code whose shortcut is this key (any case), or {@code null}. */
    public static MiCode byKey(char key) {
        char k = Character.toUpperCase(key);
        for (MiCode c : values()) {
            if (c.key != '\0' && c.key == k) {
                return c;
            }
        }
        return null;
    }

    @Override
    public String toString() {
        return abbreviation.toUpperCase(Locale.ROOT);
    }
}
