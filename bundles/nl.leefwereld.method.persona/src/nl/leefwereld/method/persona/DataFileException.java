// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.method.persona;

/** A data file (client attribute table, population table) that cannot be used: the message names file and line. */
public class DataFileException extends Exception {

    private static final long serialVersionUID = 1L;

    public DataFileException(String message) {
        super(message);
    }
}
