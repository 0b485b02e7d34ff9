// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.search;

/** A query that cannot be read, or a search that cannot be done; the message says why, for the user. */
public class SearchException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public SearchException(String message) {
        super(message);
    }

    public SearchException(String message, Throwable cause) {
        super(message, cause);
    }
}
