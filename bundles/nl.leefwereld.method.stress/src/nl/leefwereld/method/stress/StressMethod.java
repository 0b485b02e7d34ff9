// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.method.stress;

/** Ids of the method, its analyzers and its codes (guids in {@code codebook/stress.qdc}); never change them. */
public final class StressMethod {

    /** The method id in plugin.xml. */
    public static final String METHOD_ID = "stress"; //$NON-NLS-1$
    /** Analyzer ids. */
    public static final String ANALYZER_WELCOME = "stress.welcome"; //$NON-NLS-1$
    public static final String ANALYZER_OPENING = "stress.opening"; //$NON-NLS-1$
    public static final String ANALYZER_LANGUAGE = "stress.language"; //$NON-NLS-1$

    public static final String CODE_DEMAND = "dd022fa0-6b22-4945-bf68-662d11a5faac"; //$NON-NLS-1$
    public static final String CODE_SANCTION = "00eb1d5f-16f2-43da-a2ca-39afc09adb2b"; //$NON-NLS-1$
    public static final String CODE_DEADLINE = "beb11fbc-8f16-456d-af5a-b9f053276aca"; //$NON-NLS-1$
    public static final String CODE_JARGON = "361df29e-999b-4360-b500-451a5a73bd0a"; //$NON-NLS-1$
    public static final String CODE_LONG_SENTENCE = "1be82687-4922-41d6-97dd-6b10b92dfaa3"; //$NON-NLS-1$
    public static final String CODE_MANY_STEPS = "0ac556f2-2203-41f9-a764-3084cc90e834"; //$NON-NLS-1$
    public static final String CODE_CONNECTION = "c6f01652-881b-48da-8aa1-a39fe8674815"; //$NON-NLS-1$
    public static final String CODE_SYSTEM_QUESTION = "eaa3573e-4ed0-4fa2-b69d-ad77d14cbeca"; //$NON-NLS-1$

    private StressMethod() {
    }

}
