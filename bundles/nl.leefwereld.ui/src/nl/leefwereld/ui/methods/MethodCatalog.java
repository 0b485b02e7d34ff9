// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.ui.methods;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.RegistryFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.graphics.RGB;

import nl.leefwereld.core.method.MethodDescriptor;
import nl.leefwereld.core.method.MethodRegistry;
import nl.leefwereld.model.Annotation;
import nl.leefwereld.model.Code;
import nl.leefwereld.model.Codebook;

/**
 * The installed methods with their codebooks read: labels and colours of codes for the workbench. A snapshot, made
 * when a view or editor opens; codes of methods that are not installed stay unknown (shown as such, never dropped).
 */
public final class MethodCatalog {

    private final MethodRegistry registry;
    private final Map<String, Map<String, Code>> codes = new HashMap<>();
    private final List<String> problems = new ArrayList<>();

    public MethodCatalog(MethodRegistry registry) {
        this.registry = registry;
        problems.addAll(registry.problems());
        for (MethodDescriptor method : registry.methods()) {
            Map<String, Code> byId = new LinkedHashMap<>();
            try {
                Codebook codebook = method.loadCodebook();
                if (codebook != null) {
                    collect(codebook.getCodes(), byId);
                }
            } catch (IOException | RuntimeException e) {
                problems.add(NLS.bind(Messages.Catalog_codebookProblem, method.id(), e.getMessage()));
            }
            codes.put(method.id(), byId);
        }
    }

    /** The methods installed now. */
    public static MethodCatalog installed() {
        return new MethodCatalog(new MethodRegistry(RegistryFactory.getRegistry()));
    }

    private static void collect(List<Code> list, Map<String, Code> into) {
        for (Code code : list) {
            into.put(code.getId(), code);
            collect(code.getCodes(), into);
        }
    }

    public MethodRegistry registry() {
        return registry;
    }

    /** The code, or {@code null} when its method is not installed or its codebook has no such code. */
    public Code code(String methodId, String codeId) {
        Map<String, Code> byId = methodId == null ? null : codes.get(methodId);
        return byId == null || codeId == null ? null : byId.get(codeId);
    }

    /** How many codes (nested ones included) the method's codebook has. */
    public int codeCount(String methodId) {
        Map<String, Code> byId = codes.get(methodId);
        return byId == null ? 0 : byId.size();
    }

    /** The label of the annotation's code (a free code's is its text), or {@code "? <codeId>"} when it is unknown here. */
    public String label(Annotation annotation) {
        if (nl.leefwereld.core.commands.ConversationCommands.FREE_CODES.equals(annotation.getMethodId())) {
            return annotation.getCodeId();
        }
        Code code = code(annotation.getMethodId(), annotation.getCodeId());
        return code != null && code.getLabel() != null ? code.getLabel() : "? " + annotation.getCodeId(); //$NON-NLS-1$
    }

    /** The colour of the annotation's code, or {@code null} (unknown code, or no colour in the codebook). */
    public RGB colour(Annotation annotation) {
        Code code = code(annotation.getMethodId(), annotation.getCodeId());
        return code == null ? null : parseColour(code.getColour());
    }

    /** {@code #RRGGBB} as an RGB, or {@code null}. */
    static RGB parseColour(String colour) {
        if (colour == null || !colour.matches("#[0-9A-Fa-f]{6}")) { //$NON-NLS-1$
            return null;
        }
        int value = Integer.parseInt(colour.substring(1), 16);
        return new RGB((value >> 16) & 0xFF, (value >> 8) & 0xFF, value & 0xFF);
    }

    /** The name of the method, or its id when it is not installed. */
    public String methodName(String methodId) {
        MethodDescriptor method = registry.method(methodId);
        return method == null ? methodId : method.name();
    }

    /** Contributions left out and codebooks that could not be read (localised). */
    public List<String> problems() {
        return List.copyOf(problems);
    }
}
