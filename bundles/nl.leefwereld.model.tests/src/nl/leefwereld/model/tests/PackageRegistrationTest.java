// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.eclipse.emf.common.EMFPlugin;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.plugin.EcorePlugin;
import org.junit.jupiter.api.Test;

import nl.leefwereld.model.ModelFactory;
import nl.leefwereld.model.ModelPackage;

/** The package is found by its namespace URI, through plugin.xml when running in OSGi. */
class PackageRegistrationTest {

    @Test
    void packageIsRegisteredUnderItsNamespace() {
        // In OSGi the registry entry comes from plugin.xml (org.eclipse.emf.ecore.generated_package);
        // outside OSGi touching eINSTANCE registers it.
        EPackage ePackage = EPackage.Registry.INSTANCE.getEPackage("http://leefwereld.nl/model/1.0");

        assertSame(ModelPackage.eINSTANCE, ePackage);
        assertSame(ModelFactory.eINSTANCE, ePackage.getEFactoryInstance());
        assertEquals("lw", ePackage.getNsPrefix());
    }

    @Test
    void pluginXmlRegistersTheGenModelLocation() {
        assumeTrue(EMFPlugin.IS_ECLIPSE_RUNNING, "plugin.xml is only read inside OSGi");

        URI genModel = EcorePlugin.getEPackageNsURIToGenModelLocationMap(false).get(ModelPackage.eNS_URI);

        assertEquals(URI.createURI("platform:/plugin/nl.leefwereld.model/model/leefwereld.genmodel"), genModel);
    }
}
