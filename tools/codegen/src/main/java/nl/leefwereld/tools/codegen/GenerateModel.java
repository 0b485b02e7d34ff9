// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.tools.codegen;

import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.util.Collections;
import java.util.Map;

import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.generator.GeneratorAdapterFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.GenPackage;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.plugin.EcorePlugin;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.URIConverter;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;

/**
 * Runs EMF's own code generator outside Eclipse for one model bundle.
 * <p>
 * What the "Reload" and "Generate Model Code" actions of the Eclipse GenModel editor do, headless:
 * <ol>
 * <li>set up standalone EMF: resource factories, the Ecore and GenModel packages, and URI mappings so
 * that {@code platform:/resource/<bundle>/} and {@code platform:/plugin/<bundle>/} point at the bundle
 * folder and {@code platform:/plugin/org.eclipse.emf.ecore/} at the Ecore jar (for Ecore.genmodel);</li>
 * <li>load the .genmodel, validate the .ecore, reconcile the genmodel with the .ecore and add generator
 * settings for new classifiers and features, and save the .genmodel when that changed it;</li>
 * <li>generate the model code ({@link GenBaseGeneratorAdapter#MODEL_PROJECT_TYPE}) into the genmodel's
 * model directory. Existing files are merged by JMerge, so {@code @generated NOT} members survive.</li>
 * </ol>
 * Arguments: the bundle folder (whose name is the bundle symbolic name) and the genmodel path inside it.
 */
public final class GenerateModel {

    private static final String CORE_MODEL_BUNDLE = "nl.leefwereld.model"; //$NON-NLS-1$

    private GenerateModel() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: GenerateModel <bundle folder> <genmodel path relative to it>"); //$NON-NLS-1$
            System.exit(2);
        }
        File bundleDir = new File(args[0]).getCanonicalFile();
        String bundleName = bundleDir.getName();
        File genModelFile = new File(bundleDir, args[1]);
        if (!genModelFile.isFile()) {
            System.err.println("codegen: no genmodel at " + genModelFile); //$NON-NLS-1$
            System.exit(2);
        }

        ResourceSet resourceSet = createResourceSet(bundleDir, bundleName);

        URI genModelUri = URI.createPlatformResourceURI(bundleName + "/" + args[1], true); //$NON-NLS-1$
        Resource genModelResource = resourceSet.getResource(genModelUri, true);
        GenModel genModel = (GenModel) genModelResource.getContents().get(0);
        EcoreUtil.resolveAll(resourceSet);
        byte[] before = java.nio.file.Files.readAllBytes(genModelFile.toPath());

        // Validate the Ecore model first: generating from a broken model gives broken Java.
        for (GenPackage genPackage : genModel.getGenPackages()) {
            EPackage ePackage = genPackage.getEcorePackage();
            if (ePackage == null || ePackage.eIsProxy()) {
                fail("the genmodel refers to an Ecore package that cannot be loaded: " + genPackage); //$NON-NLS-1$
            }
            Diagnostic diagnostic = Diagnostician.INSTANCE.validate(ePackage);
            if (diagnostic.getSeverity() >= Diagnostic.ERROR) {
                fail("the Ecore model is invalid:\n" + format(diagnostic)); //$NON-NLS-1$
            }
        }

        // Reconcile with the .ecore (drops settings of removed elements) and initialise settings for new
        // elements, as the genmodel editor's Reload does.
        if (!genModel.reconcile()) {
            fail("reconciling the genmodel with its Ecore model left no packages"); //$NON-NLS-1$
        }
        for (GenPackage genPackage : genModel.getGenPackages()) {
            genPackage.initialize(genPackage.getEcorePackage());
        }
        Diagnostic genModelDiagnostic = genModel.diagnose();
        if (genModelDiagnostic.getSeverity() >= Diagnostic.ERROR) {
            fail("the genmodel is invalid:\n" + format(genModelDiagnostic)); //$NON-NLS-1$
        }

        // Save the genmodel when reconciling changed it, so the committed file stays complete.
        genModelResource.save(Collections.emptyMap());
        byte[] after = java.nio.file.Files.readAllBytes(genModelFile.toPath());
        if (!java.util.Arrays.equals(before, after)) {
            System.out.println("codegen: updated " + genModelFile); //$NON-NLS-1$
        }

        genModel.setCanGenerate(true);
        genModel.setValidateModel(true);

        Generator generator = new Generator();
        generator.getAdapterFactoryDescriptorRegistry()
                .addDescriptor(GenModelPackage.eNS_URI, GenModelGeneratorAdapterFactory.DESCRIPTOR);
        generator.getOptions().resourceSet = resourceSet;
        generator.setInput(genModel);
        Diagnostic result = generator.generate(genModel, GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE,
                new BasicMonitor.Printing(System.out));
        if (result.getSeverity() >= Diagnostic.ERROR) {
            fail("code generation failed:\n" + format(result)); //$NON-NLS-1$
        }
        if (result.getSeverity() != Diagnostic.OK) {
            System.out.println("codegen: " + format(result)); //$NON-NLS-1$
        }
        System.out.println("codegen: generated " + genModel.getModelDirectory() + " in " + bundleDir); //$NON-NLS-1$ //$NON-NLS-2$
    }

    private static ResourceSet createResourceSet(File bundleDir, String bundleName) {
        // Global registrations, as the plug-ins' plugin.xml files would do inside Eclipse.
        Map<String, Object> factories = Resource.Factory.Registry.INSTANCE.getExtensionToFactoryMap();
        factories.put("ecore", new EcoreResourceFactoryImpl()); //$NON-NLS-1$
        factories.put("genmodel", new EcoreResourceFactoryImpl()); //$NON-NLS-1$
        factories.put(Resource.Factory.Registry.DEFAULT_EXTENSION, new XMIResourceFactoryImpl());
        EPackage.Registry.INSTANCE.put(EcorePackage.eNS_URI, EcorePackage.eINSTANCE);
        EPackage.Registry.INSTANCE.put(GenModelPackage.eNS_URI, GenModelPackage.eINSTANCE);
        GeneratorAdapterFactory.Descriptor.Registry.INSTANCE
                .addDescriptor(GenModelPackage.eNS_URI, GenModelGeneratorAdapterFactory.DESCRIPTOR);

        URI bundleUri = URI.createFileURI(bundleDir.getAbsolutePath() + File.separator);
        EcorePlugin.getPlatformResourceMap().put(bundleName, bundleUri);

        Map<URI, URI> uriMap = new java.util.LinkedHashMap<>();
        uriMap.put(URI.createPlatformResourceURI(bundleName + "/", false), bundleUri); //$NON-NLS-1$
        uriMap.put(URI.createPlatformPluginURI(bundleName + "/", false), bundleUri); //$NON-NLS-1$
        // A method bundle's model extends the core model (Assessment, Utterance, ...): map its sibling folder.
        File coreModel = new File(bundleDir.getParentFile(), CORE_MODEL_BUNDLE);
        if (!bundleName.equals(CORE_MODEL_BUNDLE) && coreModel.isDirectory()) {
            URI coreUri = URI.createFileURI(coreModel.getAbsolutePath() + File.separator);
            EcorePlugin.getPlatformResourceMap().put(CORE_MODEL_BUNDLE, coreUri);
            uriMap.put(URI.createPlatformResourceURI(CORE_MODEL_BUNDLE + "/", false), coreUri); //$NON-NLS-1$
            uriMap.put(URI.createPlatformPluginURI(CORE_MODEL_BUNDLE + "/", false), coreUri); //$NON-NLS-1$
        }

        // Ecore.genmodel lives in the org.eclipse.emf.ecore jar; the genmodel uses it for EString and friends.
        URL ecoreGenModel = EcorePackage.class.getResource("/model/Ecore.genmodel"); //$NON-NLS-1$
        if (ecoreGenModel == null) {
            fail("model/Ecore.genmodel not found in the org.eclipse.emf.ecore jar"); //$NON-NLS-1$
        }
        URI ecoreJarRoot = URI.createURI(ecoreGenModel.toString()).trimSegments(2).appendSegment(""); //$NON-NLS-1$
        uriMap.put(URI.createPlatformPluginURI("org.eclipse.emf.ecore/", false), ecoreJarRoot); //$NON-NLS-1$
        uriMap.put(URI.createPlatformResourceURI("org.eclipse.emf.ecore/", false), ecoreJarRoot); //$NON-NLS-1$

        ResourceSet resourceSet = new ResourceSetImpl();
        URIConverter converter = resourceSet.getURIConverter();
        converter.getURIMap().putAll(uriMap);
        URIConverter.URI_MAP.putAll(uriMap);
        return resourceSet;
    }

    private static String format(Diagnostic diagnostic) {
        StringBuilder text = new StringBuilder();
        append(text, diagnostic, ""); //$NON-NLS-1$
        return text.toString();
    }

    private static void append(StringBuilder text, Diagnostic diagnostic, String indent) {
        text.append(indent).append(diagnostic.getMessage()).append('\n');
        if (diagnostic.getException() != null) {
            text.append(indent).append("  ").append(diagnostic.getException()).append('\n'); //$NON-NLS-1$
        }
        for (Diagnostic child : diagnostic.getChildren()) {
            append(text, child, indent + "  "); //$NON-NLS-1$
        }
    }

    private static void fail(String message) {
        System.err.println("codegen: " + message); //$NON-NLS-1$
        System.exit(1);
    }
}
