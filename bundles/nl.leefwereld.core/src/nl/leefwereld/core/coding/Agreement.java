// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.core.coding;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

import nl.leefwereld.model.Annotation;
import nl.leefwereld.model.Conversation;
import nl.leefwereld.model.Utterance;

/**
 * Inter-coder agreement per code, counted per utterance (not per character): an utterance counts as coded with
 * a code by a coder when that coder has at least one human code (manual or accepted; suggestions do not count)
 * with that code on it, on the whole utterance or on any span of it. Stateless.
 */
public final class Agreement {

    private Agreement() {
    }

    /**
     * The agreement of two coders on every code either of them used in the conversation, plus the
     * {@code extraCodeIds} (e.g. all codes of the method's codebook, so unused codes are reported too).
     *
     * @param methodId     only codes of this method, or {@code null} for all (then codes are told apart by
     *                     method and code id)
     * @param extraCodeIds codes to report even when nobody used them (needs {@code methodId}); may be {@code null}
     * @return one entry per code, sorted by method and code id
     */
    public static List<CodeAgreement> perCode(Conversation conversation, String coderA, String coderB, String methodId,
            Collection<String> extraCodeIds) {
        Objects.requireNonNull(coderA);
        Objects.requireNonNull(coderB);
        Map<String, String[]> codes = new TreeMap<>();
        Set<String> codedA = new HashSet<>();
        Set<String> codedB = new HashSet<>();
        Set<String> utteranceIds = new LinkedHashSet<>();
        for (Utterance u : conversation.getUtterances()) {
            utteranceIds.add(u.getId());
        }
        for (Annotation an : Annotations.humanCodes(conversation)) {
            if (an.getUtterance() == null || an.getCodeId() == null || !utteranceIds.contains(an.getUtterance().getId())) {
                continue;
            }
            if (methodId != null && !methodId.equals(an.getMethodId())) {
                continue;
            }
            boolean isA = coderA.equals(an.getCoder());
            boolean isB = coderB.equals(an.getCoder());
            if (!isA && !isB) {
                continue;
            }
            String key = key(an.getMethodId(), an.getCodeId());
            codes.putIfAbsent(key, new String[] { an.getMethodId(), an.getCodeId() });
            String cell = key + '\u0000' + an.getUtterance().getId();
            if (isA) {
                codedA.add(cell);
            }
            if (isB) {
                codedB.add(cell);
            }
        }
        if (extraCodeIds != null && methodId != null) {
            for (String codeId : extraCodeIds) {
                codes.putIfAbsent(key(methodId, codeId), new String[] { methodId, codeId });
            }
        }
        List<CodeAgreement> result = new ArrayList<>();
        for (Map.Entry<String, String[]> e : codes.entrySet()) {
            int a = 0, b = 0, c = 0, d = 0;
            for (String u : utteranceIds) {
                String cell = e.getKey() + '\u0000' + u;
                boolean yesA = codedA.contains(cell);
                boolean yesB = codedB.contains(cell);
                if (yesA && yesB) {
                    a++;
                } else if (yesA) {
                    b++;
                } else if (yesB) {
                    c++;
                } else {
                    d++;
                }
            }
            result.add(new CodeAgreement(e.getValue()[0], e.getValue()[1], a, b, c, d));
        }
        return result;
    }

    private static String key(String methodId, String codeId) {
        return (methodId == null ? "" : methodId) + '\u0001' + codeId; //$NON-NLS-1$
    }
}
