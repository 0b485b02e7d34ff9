// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.store;

/**
 * An object of the organisation that owns the database, about no client and no conversation: e.g. a suggestion
 * model trained on the organisation's own coding. {@code kind} groups the objects (e.g. {@code model:mi}), {@code id}
 * names one version, {@code content} is text the owner of the kind reads back (the store does not interpret it).
 * Stored in the {@code extension_object} table with neither client nor conversation, so no migration was needed.
 */
public record OrganisationObject(String kind, String id, String content) {

    public OrganisationObject {
        if (kind == null || kind.isBlank() || id == null || id.isBlank() || content == null) {
            throw new IllegalArgumentException("kind, id and content are required"); //$NON-NLS-1$
        }
    }
}
