// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.method.example;

/**
 * The ids of the method, its analyzers and its codes (guids in {@code codebook/luisteren.qdc}), named the same way in
 * every method ({@code <X>Method.METHOD_ID}, {@code ANALYZER_<NAME>}, {@code CODE_<NAME>}). They are stored with
 * every code and assessment: never change them.
 */
public final class ExampleMethod {

    /** The method id in plugin.xml. */
    public static final String METHOD_ID = "luisteren"; //$NON-NLS-1$
    /** The analyzer that suggests "Open vraag" ({@link OpenQuestionAnalyzer}). */
    public static final String ANALYZER_OPEN_QUESTIONS = "luisteren.openQuestions"; //$NON-NLS-1$

    /** Code "Open vraag". */
    public static final String CODE_OPEN_QUESTION = "6f1d2c3a-4b5e-4f60-8a71-0c2d3e4f5a61"; //$NON-NLS-1$
    /** Code "Gesloten vraag". */
    public static final String CODE_CLOSED_QUESTION = "6f1d2c3a-4b5e-4f60-8a71-0c2d3e4f5a62"; //$NON-NLS-1$
    /** Code "Reflectie". */
    public static final String CODE_REFLECTION = "6f1d2c3a-4b5e-4f60-8a71-0c2d3e4f5a63"; //$NON-NLS-1$

    private ExampleMethod() {
    }
}
