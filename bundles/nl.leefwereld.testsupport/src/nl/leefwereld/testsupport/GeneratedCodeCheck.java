// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.ENamedElement;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;

import nl.leefwereld.model.ModelPackage;

/**
 * Fails when a {@code model/*.ecore} was changed without regenerating its code (tools/codegen), by comparing the
 * .ecore file shipped in the bundle with the package the generated code builds at run time. The test fragment of
 * every bundle with an .ecore calls {@link #assertInSync(EPackage, String)}.
 */
public final class GeneratedCodeCheck {

    /** How a method's .ecore refers to the core model. */
    private static final String CORE_MODEL = "platform:/plugin/nl.leefwereld.model/model/leefwereld.ecore"; //$NON-NLS-1$

    private GeneratedCodeCheck() {
    }

    /**
     * @param generated the generated package ({@code XPackage.eINSTANCE})
     * @param path the .ecore in the generated package's bundle, e.g. {@code /model/mi.ecore} (it must be in the
     *            bundle's bin.includes)
     */
    public static void assertInSync(EPackage generated, String path) throws IOException {
        EPackage fromFile = load(generated.getClass(), path);

        assertEquals(fromFile.getName(), generated.getName());
        assertEquals(fromFile.getNsURI(), generated.getNsURI());
        assertEquals(fromFile.getNsPrefix(), generated.getNsPrefix());
        // The generated package lists classes before enums and data types, so compare as sets.
        assertEquals(new TreeSet<>(names(fromFile.getEClassifiers())), new TreeSet<>(names(generated.getEClassifiers())),
                "classifiers");

        for (EClassifier fileClassifier : fromFile.getEClassifiers()) {
            EClassifier generatedClassifier = generated.getEClassifier(fileClassifier.getName());
            assertEquals(fileClassifier.eClass(), generatedClassifier.eClass(), fileClassifier.getName());
            if (fileClassifier instanceof EClass fileClass) {
                compareClasses(fileClass, (EClass) generatedClassifier);
            } else if (fileClassifier instanceof EEnum fileEnum) {
                EEnum generatedEnum = (EEnum) generatedClassifier;
                assertEquals(literals(fileEnum), literals(generatedEnum), fileEnum.getName());
            }
        }
    }

    private static void compareClasses(EClass file, EClass generated) {
        String where = file.getName();
        assertEquals(file.isAbstract(), generated.isAbstract(), where + " abstract");
        assertEquals(file.isInterface(), generated.isInterface(), where + " interface");
        assertEquals(qualifiedNames(file.getESuperTypes()), qualifiedNames(generated.getESuperTypes()),
                where + " supertypes");
        assertEquals(names(file.getEStructuralFeatures()), names(generated.getEStructuralFeatures()),
                where + " features");
        for (EStructuralFeature fileFeature : file.getEStructuralFeatures()) {
            EStructuralFeature generatedFeature = generated.getEStructuralFeature(fileFeature.getName());
            String feature = where + "." + fileFeature.getName();
            assertEquals(fileFeature.eClass(), generatedFeature.eClass(), feature + " kind");
            assertEquals(fileFeature.getEType().getName(), generatedFeature.getEType().getName(), feature + " type");
            assertEquals(fileFeature.getLowerBound(), generatedFeature.getLowerBound(), feature + " lower bound");
            assertEquals(fileFeature.getUpperBound(), generatedFeature.getUpperBound(), feature + " upper bound");
            assertEquals(fileFeature.getDefaultValueLiteral(), generatedFeature.getDefaultValueLiteral(),
                    feature + " default");
            assertEquals(fileFeature.isTransient(), generatedFeature.isTransient(), feature + " transient");
            assertEquals(fileFeature.isDerived(), generatedFeature.isDerived(), feature + " derived");
            if (fileFeature instanceof EAttribute fileAttribute) {
                assertEquals(fileAttribute.isID(), ((EAttribute) generatedFeature).isID(), feature + " iD");
            } else {
                EReference fileReference = (EReference) fileFeature;
                EReference generatedReference = (EReference) generatedFeature;
                assertEquals(fileReference.isContainment(), generatedReference.isContainment(),
                        feature + " containment");
                assertEquals(name(fileReference.getEOpposite()), name(generatedReference.getEOpposite()),
                        feature + " opposite");
                if (!fileReference.isContainment() && !fileReference.isContainer()) {
                    // containment proxies are off in the genmodels: only cross references resolve proxies
                    assertEquals(fileReference.isResolveProxies(), generatedReference.isResolveProxies(),
                            feature + " resolveProxies");
                }
            }
        }
    }

    private static EPackage load(Class<?> anchor, String path) throws IOException {
        try (InputStream in = anchor.getResourceAsStream(path)) {
            assertNotNull(in, path + " is not on the bundle class path (build.properties bin.includes)");
            ResourceSetImpl resourceSet = new ResourceSetImpl();
            resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap()
                    .put("ecore", new EcoreResourceFactoryImpl()); //$NON-NLS-1$
            // a method's model refers to the core model's file: resolve it to the core model's generated package
            resourceSet.getPackageRegistry().put(CORE_MODEL, ModelPackage.eINSTANCE);
            Resource resource = resourceSet.createResource(URI.createURI("memory:" + path)); //$NON-NLS-1$
            resource.load(in, Map.of());
            assertTrue(resource.getErrors().isEmpty(), () -> resource.getErrors().toString());
            return (EPackage) resource.getContents().get(0);
        }
    }

    /** Names with their package, so a supertype from the core model is told from one of the method's own. */
    private static List<String> qualifiedNames(List<EClass> classes) {
        List<String> names = new ArrayList<>();
        for (EClass c : classes) {
            assertTrue(!c.eIsProxy(), () -> "unresolved supertype " + c);
            names.add(c.getEPackage().getNsURI() + "#" + c.getName());
        }
        return names;
    }

    private static List<String> names(List<? extends ENamedElement> elements) {
        List<String> names = new ArrayList<>();
        elements.forEach(e -> names.add(e.getName()));
        return names;
    }

    private static String name(ENamedElement element) {
        return element == null ? null : element.getName();
    }

    private static List<String> literals(EEnum eEnum) {
        List<String> literals = new ArrayList<>();
        for (EEnumLiteral literal : eEnum.getELiterals()) {
            literals.add(literal.getName() + "=" + literal.getValue() + "/" + literal.getLiteral());
        }
        return literals;
    }
}
