// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.method.stress.tests;

import org.junit.jupiter.api.Test;

import nl.leefwereld.method.stress.model.StressPackage;
import nl.leefwereld.testsupport.GeneratedCodeCheck;

/** Fails when model/stress.ecore was changed without regenerating src-gen (tools/codegen). */
public class GeneratedCodeInSyncTest {

    @Test
    public void generatedPackageMatchesTheEcoreFile() throws Exception {
        GeneratedCodeCheck.assertInSync(StressPackage.eINSTANCE, "/model/stress.ecore");
    }
}
