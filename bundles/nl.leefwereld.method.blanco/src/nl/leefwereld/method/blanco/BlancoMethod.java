// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.method.blanco;

/** Ids of the method, its codes (guids in codebook/blanco.qdc) and analyzers. Never change them. */
public final class BlancoMethod {

    /** The method id in plugin.xml, stored with every code and assessment. */
    public static final String METHOD_ID = "blanco"; //$NON-NLS-1$
    /** Code "Oordeel": judgment language of the professional. */
    public static final String CODE_JUDGMENT = "b1a0c0d1-5e2f-4a61-9b7c-2d3e4f5a6b01"; //$NON-NLS-1$
    /** Code "Oordeelsvraag te vroeg": an opinion question before the film has enough facts. */
    public static final String CODE_EARLY_OPINION_QUESTION = "b1a0c0d1-5e2f-4a61-9b7c-2d3e4f5a6b02"; //$NON-NLS-1$
    /** Code "Feit": a fact about the client's life, told by the client. */
    public static final String CODE_FACT = "b1a0c0d1-5e2f-4a61-9b7c-2d3e4f5a6b03"; //$NON-NLS-1$
    /** Analyzer ids. */
    public static final String ANALYZER_JUDGMENTS = "blanco.judgments"; //$NON-NLS-1$
    public static final String ANALYZER_PHASE = "blanco.phase"; //$NON-NLS-1$

    private BlancoMethod() {
    }
}
