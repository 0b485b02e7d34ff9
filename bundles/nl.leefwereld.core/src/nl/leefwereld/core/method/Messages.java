// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.core.method;

import org.eclipse.osgi.util.NLS;

public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "nl.leefwereld.core.method.messages"; //$NON-NLS-1$

    public static String MethodRegistry_badId;
    public static String MethodRegistry_duplicateMethod;
    public static String MethodRegistry_duplicateAnalyzer;
    public static String MethodRegistry_unknownMethod;
    public static String MethodRegistry_badScope;
    public static String MethodRegistry_notAnAnalyzer;
    public static String MethodRegistry_cannotCreate;
    public static String MethodDescriptor_codebookMissing;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
