// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.cli.commands;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.RegistryFactory;
import org.eclipse.osgi.util.NLS;

import nl.leefwereld.core.cli.CliUsageException;
import nl.leefwereld.core.method.MethodDescriptor;
import nl.leefwereld.core.method.MethodRegistry;
import nl.leefwereld.model.Code;
import nl.leefwereld.model.Codebook;
import nl.leefwereld.model.Utterance;

/** What the method commands share: the registry, finding a method, the labels of its codes. */
final class MethodSupport {

    private MethodSupport() {
    }

    /** The installed methods now; contributions left out are reported on {@code err}. */
    static MethodRegistry registry(PrintStream err) {
        MethodRegistry registry = new MethodRegistry(RegistryFactory.getRegistry());
        for (String problem : registry.problems()) {
            err.println(problem);
        }
        return registry;
    }

    /** The method, or a usage error listing the installed methods. */
    static MethodDescriptor method(MethodRegistry registry, String id) throws CliUsageException {
        MethodDescriptor m = registry.method(id);
        if (m == null) {
            List<String> ids = registry.methodIds();
            throw new CliUsageException(NLS.bind(Messages.Method_unknown, id,
                    ids.isEmpty() ? Messages.Methods_none : String.join(", ", ids))); //$NON-NLS-1$
        }
        return m;
    }

    /** The method's codebook, or {@code null} (a broken codebook is reported on {@code err}). */
    static Codebook codebook(MethodDescriptor m, PrintStream err) {
        try {
            return m.loadCodebook();
        } catch (Exception e) {
            err.println(NLS.bind(Messages.Method_codebookError, m.id(), e.getMessage()));
            return null;
        }
    }

    /** Code id to label, for all (nested) codes; empty for {@code null}. */
    static Map<String, String> labels(Codebook codebook) {
        Map<String, String> labels = new LinkedHashMap<>();
        if (codebook != null) {
            collect(codebook.getCodes(), labels);
        }
        return labels;
    }

    private static void collect(List<Code> codes, Map<String, String> labels) {
        for (Code c : codes) {
            labels.put(c.getId(), c.getLabel());
            collect(c.getCodes(), labels);
        }
    }

    static int countCodes(List<Code> codes) {
        int n = 0;
        for (Code c : codes) {
            n += 1 + countCodes(c.getCodes());
        }
        return n;
    }

    /** The text of the span, or the whole utterance when there is no valid span. */
    static String spanText(Utterance u, int start, int end) {
        String text = u.getText() == null ? "" : u.getText(); //$NON-NLS-1$
        if (start >= 0 && end >= start && end <= text.length()) {
            return text.substring(start, end);
        }
        return text;
    }
}
