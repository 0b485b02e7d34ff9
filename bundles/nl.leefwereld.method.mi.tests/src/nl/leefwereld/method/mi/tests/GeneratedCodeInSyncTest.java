// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.method.mi.tests;

import org.junit.jupiter.api.Test;

import nl.leefwereld.method.mi.model.MiPackage;
import nl.leefwereld.testsupport.GeneratedCodeCheck;

/** Fails when model/mi.ecore was changed without regenerating src-gen (tools/codegen). */
public class GeneratedCodeInSyncTest {

    @Test
    public void generatedPackageMatchesTheEcoreFile() throws Exception {
        GeneratedCodeCheck.assertInSync(MiPackage.eINSTANCE, "/model/mi.ecore");
    }
}
