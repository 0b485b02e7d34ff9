// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.method.mi;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.RegistryFactory;

import nl.leefwereld.core.method.MethodDescriptor;
import nl.leefwereld.core.method.MethodRegistry;
import nl.leefwereld.model.Code;
import nl.leefwereld.report.ReportContribution;
import nl.leefwereld.report.ReportDocument;
import nl.leefwereld.report.ReportInput;

/** The MI supervision report ({@link MiReport}) for the report service: {@code leefwereld report mi <conversation-id>}. */
public class MiSupervisionReport implements ReportContribution {

    @Override
    public ReportDocument build(ReportInput input, IProgressMonitor monitor) {
        return MiReport.document(input.conversation(), MiScores.compute(input.conversation()), labels());
    }

    /** Code guid to the codebook's label, in the user's language; empty when the codebook cannot be read. */
    public static Map<String, String> labels() {
        Map<String, String> labels = new LinkedHashMap<>();
        MethodDescriptor m = new MethodRegistry(RegistryFactory.getRegistry()).method(MiMethod.METHOD_ID);
        if (m != null) {
            try {
                collect(m.loadCodebook().getCodes(), labels);
            } catch (Exception e) {
                // abbreviations then
            }
        }
        return labels;
    }

    private static void collect(List<Code> codes, Map<String, String> labels) {
        for (Code c : codes) {
            labels.put(c.getId(), c.getLabel());
            collect(c.getCodes(), labels);
        }
    }
}
