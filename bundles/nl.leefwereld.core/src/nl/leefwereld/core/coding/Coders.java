// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.core.coding;

/** Who codes, assesses and writes notes when nobody names another person. */
public final class Coders {

    /** The name when the system knows no user name. */
    public static final String UNKNOWN = "?"; //$NON-NLS-1$

    private Coders() {
    }

    /**
     * The person at the keyboard: the system's user name ({@code user.name}), or {@link #UNKNOWN}. The one default of
     * every coder, assessor and author field, in the workbench and on the command line. (The store's audit log, a
     * layer below, reads the same property with the same fallback in {@code StoreOptions.userName()}.)
     */
    public static String currentUser() {
        String name = System.getProperty("user.name"); //$NON-NLS-1$
        return name == null || name.isBlank() ? UNKNOWN : name;
    }
}
