// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.core.cli;

/** Bad input to a command: the message (already localised) names the problem; exit code 1. */
public class CliUsageException extends Exception {

    private static final long serialVersionUID = 1L;

    public CliUsageException(String message) {
        super(message);
    }
}
