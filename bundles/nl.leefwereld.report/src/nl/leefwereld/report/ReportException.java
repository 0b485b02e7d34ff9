// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.report;

/** A report that cannot be made; the message (in the user's language) says why. */
public class ReportException extends Exception {

    private static final long serialVersionUID = 1L;

    public ReportException(String message) {
        super(message);
    }

    public ReportException(String message, Throwable cause) {
        super(message, cause);
    }
}
