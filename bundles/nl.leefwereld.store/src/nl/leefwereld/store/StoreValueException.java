// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.store;

/**
 * A value the store cannot hold (e.g. a title longer than its column); refused before anything is written. Bad
 * input, not an unavailable database.
 */
public class StoreValueException extends StoreException {

    private static final long serialVersionUID = 1L;

    public StoreValueException(String message) {
        super(message);
    }
}
