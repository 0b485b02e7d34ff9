// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.method.mi;

/** The ids of the method and its analyzer (codes: {@link MiCode}). Never change them. */
public final class MiMethod {

    /** The method id in plugin.xml, stored with every code: never change it. */
    public static final String METHOD_ID = "mi"; //$NON-NLS-1$
    /** The id of the suggestion analyzer (the coder of its suggestions). */
    public static final String ANALYZER_SUGGESTIONS = "mi.suggestions"; //$NON-NLS-1$

    private MiMethod() {
    }
}
