// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.store.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.util.InternalEList;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;

/**
 * Writes objects of EPackages the store does not know as standalone XMI documents and reads them back, without
 * knowing their classes. A reference from such an object to an object outside it (an utterance, a participant,
 * another extension object) is written as a proxy {@code leefwereld:/object#<id>} and resolved by id on load.
 */
public final class ExtensionCodec {

    /** Scheme of the proxy URIs that stand for an object by its id. */
    static final String SCHEME = "leefwereld"; //$NON-NLS-1$
    private static final URI DOCUMENT_URI = URI.createURI("leefwereld-extension:/object.xmi"); //$NON-NLS-1$
    /**
     * What we write never has a DOCTYPE; one in a stored document can only come from tampering, and would let
     * entities read files or expand without bound. The parser refuses it.
     */
    private static final Map<String, Boolean> SAFE_PARSER = Map.of(
            "http://apache.org/xml/features/disallow-doctype-decl", Boolean.TRUE, //$NON-NLS-1$
            "http://xml.org/sax/features/external-general-entities", Boolean.FALSE, //$NON-NLS-1$
            "http://xml.org/sax/features/external-parameter-entities", Boolean.FALSE); //$NON-NLS-1$

    private ExtensionCodec() {
    }

    /**
     * The XMI of {@code object} (and everything it contains). References leaving it are written as ids; an
     * outside object without an id is reported to {@code problems} and its reference left out.
     */
    public static String write(EObject object, Consumer<EObject> unreferenceable) {
        EcoreUtil.Copier copier = new EcoreUtil.Copier(true, false);
        EObject copy = copier.copy(object);
        copier.copyReferences();
        // References to objects outside the copied tree: proxies by id.
        for (Map.Entry<EObject, EObject> entry : new ArrayList<>(copier.entrySet())) {
            EObject original = entry.getKey();
            EObject copied = entry.getValue();
            for (EReference reference : original.eClass().getEAllReferences()) {
                if (reference.isContainment() || reference.isContainer() || reference.isDerived()
                        || reference.isTransient() || !reference.isChangeable() || !original.eIsSet(reference)) {
                    continue;
                }
                if (reference.isMany()) {
                    @SuppressWarnings("unchecked")
                    List<EObject> values = (List<EObject>) original.eGet(reference, false);
                    @SuppressWarnings("unchecked")
                    EList<EObject> target = (EList<EObject>) copied.eGet(reference, false);
                    List<EObject> result = new ArrayList<>(values.size());
                    for (EObject value : values) {
                        EObject mapped = mapReference(value, copier, unreferenceable);
                        if (mapped != null) {
                            result.add(mapped);
                        }
                    }
                    ((InternalEList<EObject>) target).clear();
                    for (EObject value : result) {
                        ((InternalEList<EObject>) target).addUnique(value);
                    }
                } else {
                    EObject value = (EObject) original.eGet(reference, false);
                    copied.eSet(reference, mapReference(value, copier, unreferenceable));
                }
            }
        }
        XMIResourceImpl resource = new XMIResourceImpl(DOCUMENT_URI);
        resource.getContents().add(copy);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            resource.save(out, Map.of(XMLResource.OPTION_ENCODING, "UTF-8")); //$NON-NLS-1$
        } catch (IOException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private static EObject mapReference(EObject value, Map<EObject, EObject> copies, Consumer<EObject> unreferenceable) {
        if (value == null) {
            return null;
        }
        EObject copied = copies.get(value);
        if (copied != null) {
            return copied;
        }
        if (value.eIsProxy()) {
            return value; // keeps its URI (for example a reference that was not resolved when loaded)
        }
        String id = EcoreUtil.getID(value);
        if (id == null) {
            unreferenceable.accept(value);
            return null;
        }
        EObject proxy = EcoreUtil.create(value.eClass());
        ((InternalEObject) proxy).eSetProxyURI(proxyUri(id));
        return proxy;
    }

    static URI proxyUri(String id) {
        return URI.createHierarchicalURI(SCHEME, null, null, new String[] { "object" }, null, id); //$NON-NLS-1$
    }

    /**
     * Reads an object written by {@link #write}; its outside references stay proxies until
     * {@link #resolve(EObject, Map, Consumer)}. The package must be in the global EPackage registry.
     *
     * @throws IOException when the package is not installed or the XMI cannot be read
     */
    public static EObject read(String xmi) throws IOException {
        ResourceSet resourceSet = new ResourceSetImpl();
        XMIResourceImpl resource = new XMIResourceImpl(DOCUMENT_URI);
        resourceSet.getResources().add(resource);
        try {
            resource.load(new ByteArrayInputStream(xmi.getBytes(StandardCharsets.UTF_8)),
                    Map.of(XMLResource.OPTION_ENCODING, "UTF-8", XMLResource.OPTION_PARSER_FEATURES, SAFE_PARSER)); //$NON-NLS-1$
        } catch (RuntimeException e) {
            throw new IOException(e.getMessage(), e);
        }
        if (!resource.getErrors().isEmpty()) {
            Resource.Diagnostic first = resource.getErrors().get(0);
            throw new IOException(first.getMessage());
        }
        if (resource.getContents().isEmpty()) {
            throw new IOException("empty document"); //$NON-NLS-1$
        }
        EObject object = resource.getContents().get(0);
        resource.getContents().clear(); // the object lives in the caller's model, not in this resource
        return object;
    }

    /** The ids of every object in these trees. */
    public static Map<String, EObject> index(Collection<? extends EObject> roots) {
        Map<String, EObject> byId = new HashMap<>();
        for (EObject root : roots) {
            put(byId, root);
            for (TreeIterator<EObject> it = root.eAllContents(); it.hasNext();) {
                put(byId, it.next());
            }
        }
        return byId;
    }

    private static void put(Map<String, EObject> byId, EObject object) {
        String id = EcoreUtil.getID(object);
        if (id != null) {
            byId.putIfAbsent(id, object);
        }
    }

    /**
     * Replaces the id proxies in {@code object}'s tree with the objects of {@code byId}; ids not found are
     * reported and stay proxies (so a later save writes them again, nothing is lost).
     */
    public static void resolve(EObject object, Map<String, EObject> byId, Consumer<String> notFound) {
        List<EObject> all = new ArrayList<>();
        all.add(object);
        object.eAllContents().forEachRemaining(all::add);
        for (EObject each : all) {
            EClass eClass = each.eClass();
            for (EReference reference : eClass.getEAllReferences()) {
                if (reference.isContainment() || reference.isContainer() || reference.isDerived()
                        || reference.isTransient() || !reference.isChangeable() || !each.eIsSet(reference)) {
                    continue;
                }
                if (reference.isMany()) {
                    @SuppressWarnings("unchecked")
                    InternalEList<EObject> values = (InternalEList<EObject>) each.eGet(reference, false);
                    for (int i = 0; i < values.size(); i++) {
                        EObject target = target(values.basicGet(i), byId, notFound);
                        if (target != null && !values.contains(target)) {
                            values.set(i, target);
                        }
                    }
                } else {
                    EObject target = target((EObject) each.eGet(reference, false), byId, notFound);
                    if (target != null) {
                        each.eSet(reference, target);
                    }
                }
            }
        }
    }

    private static EObject target(EObject value, Map<String, EObject> byId, Consumer<String> notFound) {
        if (value == null || !value.eIsProxy()) {
            return null;
        }
        URI uri = ((InternalEObject) value).eProxyURI();
        if (!SCHEME.equals(uri.scheme()) || uri.fragment() == null) {
            return null;
        }
        EObject target = byId.get(uri.fragment());
        if (target == null || !value.eClass().isInstance(target)) {
            notFound.accept(uri.fragment());
            return null;
        }
        return target;
    }
}
