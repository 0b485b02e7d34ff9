// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.core.coding;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.eclipse.osgi.util.NLS;

import nl.leefwereld.core.method.MethodDescriptor;
import nl.leefwereld.core.method.MethodRegistry;
import nl.leefwereld.model.Annotation;
import nl.leefwereld.model.Code;
import nl.leefwereld.model.Codebook;

/**
 * The label of the code of an annotation, or a clear "unknown" text when its method is not installed (any more)
 * or its codebook has no such code. Annotations are never changed or dropped because of that: a conversation
 * coded with a removed method keeps its {@code methodId} and {@code codeId}, and shows its codes again once the
 * method is installed again.
 *
 * <pre>
 * CodeLabels labels = new CodeLabels(new MethodRegistry(RegistryFactory.getRegistry()));
 * String text = labels.label(annotation);            // "Open vraag", or "Unknown code X1 (method ... not installed)"
 * boolean known = labels.isKnown(annotation);
 * String colour = labels.find(annotation.getMethodId(), annotation.getCodeId()).map(Code::getColour).orElse(null);
 * </pre>
 *
 * A method's codebook is read on first use and kept in this instance (create a new instance to see methods
 * installed since, like {@link MethodRegistry}). A codebook that cannot be read makes its codes unknown and is
 * described in {@link #problems()}. Thread-safe; no static state.
 */
public final class CodeLabels {

    private final MethodRegistry registry;
    /** Method id to code id to code; an empty map for a method without (readable) codebook. */
    private final Map<String, Map<String, Code>> codes = new HashMap<>();
    private final List<String> problems = new ArrayList<>();

    /** Labels from the codebooks of the installed methods of this registry ({@code null}: no methods). */
    public CodeLabels(MethodRegistry registry) {
        this.registry = registry;
    }

    /**
     * Labels from codebooks already at hand (e.g. read from .qdc files), each for the method named by its
     * {@link Codebook#getMethodId() methodId}; any other method counts as not installed.
     */
    public CodeLabels(Collection<Codebook> codebooks) {
        this.registry = null;
        for (Codebook codebook : codebooks) {
            Map<String, Code> byId = new HashMap<>();
            collect(codebook.getCodes(), byId);
            codes.merge(String.valueOf(codebook.getMethodId()), byId, (a, b) -> {
                a.putAll(b);
                return a;
            });
        }
    }

    /** The code with this id in the codebook of this method, or empty (method not installed, or no such code). */
    public Optional<Code> find(String methodId, String codeId) {
        if (methodId == null || codeId == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(codesOf(methodId).get(codeId));
    }

    /** The code of the annotation, or empty when it is unknown. */
    public Optional<Code> find(Annotation a) {
        return find(a.getMethodId(), a.getCodeId());
    }

    /** True when the annotation's method is installed and its codebook has the annotation's code. */
    public boolean isKnown(Annotation a) {
        return find(a).isPresent();
    }

    /** True when a method with this id is installed (or, for the codebook constructor, has a codebook). */
    public synchronized boolean isInstalled(String methodId) {
        if (methodId == null) {
            return false;
        }
        return registry != null ? registry.method(methodId) != null : codes.containsKey(methodId);
    }

    /**
     * The code's label from the codebook (its id when the label is blank), or, for an unknown code, a localised
     * text with the raw code id and method id, e.g. {@code Unknown code X1 (method verwijderd.method is not
     * installed)}. Never {@code null}.
     */
    public String label(Annotation a) {
        return label(a.getMethodId(), a.getCodeId());
    }

    /** As {@link #label(Annotation)}, for a method id and code id. */
    public String label(String methodId, String codeId) {
        Optional<Code> code = find(methodId, codeId);
        if (code.isPresent()) {
            String label = code.get().getLabel();
            return label == null || label.isBlank() ? codeId : label;
        }
        String rawCode = codeId == null ? "" : codeId; //$NON-NLS-1$
        String rawMethod = methodId == null ? "" : methodId; //$NON-NLS-1$
        return isInstalled(methodId) ? NLS.bind(Messages.CodeLabels_notInCodebook, rawCode, rawMethod)
                : NLS.bind(Messages.CodeLabels_methodNotInstalled, rawCode, rawMethod);
    }

    /** Codebooks that could not be read so far (localised), each naming the method and the reason. */
    public synchronized List<String> problems() {
        return List.copyOf(problems);
    }

    private synchronized Map<String, Code> codesOf(String methodId) {
        Map<String, Code> known = codes.get(methodId);
        if (known != null) {
            return known;
        }
        Map<String, Code> byId = new HashMap<>();
        MethodDescriptor method = registry == null ? null : registry.method(methodId);
        if (method != null) {
            try {
                Codebook codebook = method.loadCodebook();
                if (codebook != null) {
                    collect(codebook.getCodes(), byId);
                }
            } catch (Exception e) {
                problems.add(NLS.bind(Messages.CodeLabels_codebookError, methodId, e.getMessage()));
            }
        }
        if (registry != null) { // with given codebooks, unknown methods stay unknown without caching them
            codes.put(methodId, byId);
        }
        return byId;
    }

    private static void collect(List<Code> list, Map<String, Code> byId) {
        for (Code c : list) {
            if (c.getId() != null) {
                byId.putIfAbsent(c.getId(), c);
            }
            collect(c.getCodes(), byId);
        }
    }

    @Override
    public String toString() {
        return "CodeLabels" + Objects.toString(registry == null ? null : registry.methodIds()); //$NON-NLS-1$
    }
}
