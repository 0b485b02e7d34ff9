// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.method.blanco;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.util.EcoreUtil;

import nl.leefwereld.model.Assessment;
import nl.leefwereld.model.Client;
import nl.leefwereld.store.ConversationStore;

/**
 * Saves one client-level assessment (a notebook or the film) without overwriting what others changed meanwhile:
 * the client is loaded afresh, only this assessment (by id) is put in, and that client is saved. Two views (or a
 * view and the command line) that each hold a copy of the client so never undo each other's work.
 */
public final class ClientAssessments {

    private ClientAssessments() {
    }

    /**
     * @return false when the client no longer exists (nothing is saved)
     */
    public static boolean save(ConversationStore store, String clientId, Assessment assessment) {
        Client fresh = store.loadClient(clientId);
        if (fresh == null) {
            return false;
        }
        EList<Assessment> list = fresh.getAssessments();
        Assessment copy = EcoreUtil.copy(assessment);
        int at = -1;
        for (int i = 0; i < list.size(); i++) {
            if (assessment.getId() != null && assessment.getId().equals(list.get(i).getId())) {
                at = i;
            }
        }
        if (at >= 0) {
            list.set(at, copy);
        } else {
            list.add(copy);
        }
        store.saveClient(fresh);
        return true;
    }
}
