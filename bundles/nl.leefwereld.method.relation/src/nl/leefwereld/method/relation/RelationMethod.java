// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.method.relation;

/** The ids of the method, its analyzers and the codes of {@code codebook/relation.qdc}. Never change them. */
public final class RelationMethod {

    /** The method id in plugin.xml; stored with every code and assessment. Never change it. */
    public static final String METHOD_ID = "relation"; //$NON-NLS-1$
    public static final String ANALYZER_MARKERS = "relation.markers"; //$NON-NLS-1$
    public static final String ANALYZER_TRAJECTORY = "relation.trajectory"; //$NON-NLS-1$

    public static final String CODE_PROBLEM_YES = "8a7a7bd5-ff12-4ec6-b089-51d815abd44a"; //$NON-NLS-1$
    public static final String CODE_PROBLEM_NO = "d78edc58-e504-4166-a1d4-134a1e1e9574"; //$NON-NLS-1$
    public static final String CODE_HELP_YES = "7e07be98-a4a8-4495-9ade-0032aa3b852d"; //$NON-NLS-1$
    public static final String CODE_HELP_NO = "2759830a-3e33-4f6a-b612-4b51ddaab2e8"; //$NON-NLS-1$
    public static final String CODE_SHARE_YES = "3850fa95-5e59-40dd-8cc0-cdb13b77138e"; //$NON-NLS-1$
    public static final String CODE_SHARE_NO = "b3a20cb1-a572-485a-b7d5-e5d998ff0dec"; //$NON-NLS-1$
    public static final String CODE_SCALING_QUESTION = "156a9400-2e95-47d4-9f12-a170f49b53e5"; //$NON-NLS-1$
    public static final String CODE_SCALING_ANSWER = "1489a95a-6f65-4f0b-88c9-c6a7a4ac1005"; //$NON-NLS-1$
    public static final String CODE_MIRACLE_QUESTION = "3d2fc94e-18c0-4c8f-8a3d-a5942f96164b"; //$NON-NLS-1$
    public static final String CODE_EXCEPTION_QUESTION = "b8c7c764-7505-44af-9d9d-4a3dcd238cf3"; //$NON-NLS-1$
    public static final String CODE_COPING_QUESTION = "f7713612-bcad-4b37-a31c-6bb1e9e756f2"; //$NON-NLS-1$
    public static final String CODE_COMPLIMENT = "faee6f38-aab1-4ce4-a242-f759c0446325"; //$NON-NLS-1$
    public static final String CODE_ACTION_TASK = "a8956eca-bceb-4a8a-97c6-eb9b4773a0c3"; //$NON-NLS-1$
    public static final String CODE_OBSERVATION_TASK = "ad4a1181-5097-4e5d-8122-eba0825f6e67"; //$NON-NLS-1$
    public static final String CODE_BRIDGE = "a0c1f698-5d05-47d4-a555-83a693aeab8d"; //$NON-NLS-1$

    private RelationMethod() {
    }

}
