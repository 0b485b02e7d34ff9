// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.store;

/** A persistence failure, with a message (already translated) that names the problem. */
public class StoreException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
