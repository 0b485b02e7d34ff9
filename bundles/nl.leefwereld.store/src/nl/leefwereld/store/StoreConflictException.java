// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.store;

/**
 * A save was refused because someone else saved the same client or conversation after this copy was loaded.
 * Nothing was written; the other save is kept. Reload, merge, and save again.
 */
public class StoreConflictException extends StoreException {

    private static final long serialVersionUID = 1L;

    public StoreConflictException(String message) {
        super(message);
    }
}
