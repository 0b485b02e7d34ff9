// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.junit.jupiter.api.Test;

import nl.leefwereld.model.Casebook;
import nl.leefwereld.model.Conversation;
import nl.leefwereld.testsupport.Fixtures;

/** EMF's built-in constraints hold for a sound casebook and catch clashing ids. */
class ValidationTest {

    @Test
    void sampleCasebookIsValid() {
        Casebook casebook = Fixtures.sampleCasebook();
        Resource resource = new XMIResourceImpl(URI.createURI("memory:/casebook.xmi"));
        resource.getContents().add(casebook);

        Diagnostic diagnostic = Diagnostician.INSTANCE.validate(casebook);

        assertEquals(Diagnostic.OK, diagnostic.getSeverity(), () -> diagnostic.getChildren().toString());
    }

    @Test
    void duplicateIdsInOneResourceAreAnError() {
        Casebook casebook = Fixtures.sampleCasebook();
        Resource resource = new XMIResourceImpl(URI.createURI("memory:/casebook.xmi"));
        resource.getContents().add(casebook);
        Conversation followUp = casebook.getClients().get(0).getTrajectories().get(0).getConversations().get(1);
        followUp.setId("conv-intake");

        Diagnostic diagnostic = Diagnostician.INSTANCE.validate(casebook);

        assertEquals(Diagnostic.ERROR, diagnostic.getSeverity());
        assertTrue(diagnostic.getChildren().stream().anyMatch(d -> d.getData().contains(followUp)),
                () -> diagnostic.getChildren().toString());
    }
}
