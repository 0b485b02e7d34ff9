// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.method.persona;

/** The id of the method (it has no analyzers of single conversations and no codebook of its own). */
public final class PersonaMethod {

    /** The method id in plugin.xml: never change it. */
    public static final String METHOD_ID = "persona"; //$NON-NLS-1$

    private PersonaMethod() {
    }
}
