// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.method.relation.tests;

import org.junit.jupiter.api.Test;

import nl.leefwereld.method.relation.model.RelationPackage;
import nl.leefwereld.testsupport.GeneratedCodeCheck;

/** Fails when model/relation.ecore was changed without regenerating src-gen (tools/codegen). */
public class GeneratedCodeInSyncTest {

    @Test
    public void generatedPackageMatchesTheEcoreFile() throws Exception {
        GeneratedCodeCheck.assertInSync(RelationPackage.eINSTANCE, "/model/relation.ecore");
    }
}
