// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.method.blanco.tests;

import org.junit.jupiter.api.Test;

import nl.leefwereld.method.blanco.model.BlancoPackage;
import nl.leefwereld.testsupport.GeneratedCodeCheck;

/** Fails when model/blanco.ecore was changed without regenerating src-gen (tools/codegen). */
public class GeneratedCodeInSyncTest {

    @Test
    public void generatedPackageMatchesTheEcoreFile() throws Exception {
        GeneratedCodeCheck.assertInSync(BlancoPackage.eINSTANCE, "/model/blanco.ecore");
    }
}
