// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.store;

/** Another process (workbench or command line) has the embedded database open. */
public class StoreLockedException extends StoreException {

    private static final long serialVersionUID = 1L;

    public StoreLockedException(String message, Throwable cause) {
        super(message, cause);
    }
}
