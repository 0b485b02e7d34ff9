// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.model.tests;

import org.junit.jupiter.api.Test;

import nl.leefwereld.model.ModelPackage;
import nl.leefwereld.testsupport.GeneratedCodeCheck;

/** Fails when model/leefwereld.ecore was changed without regenerating src-gen (tools/codegen). */
class GeneratedCodeInSyncTest {

    @Test
    void generatedPackageMatchesTheEcoreFile() throws Exception {
        GeneratedCodeCheck.assertInSync(ModelPackage.eINSTANCE, "/model/leefwereld.ecore");
    }
}
