// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.toolset;

/** A toolset change that cannot be made, with a message for the user. */
public class ToolsetException extends Exception {

    private static final long serialVersionUID = 1L;

    public ToolsetException(String message) {
        super(message);
    }

    public ToolsetException(String message, Throwable cause) {
        super(message, cause);
    }
}
