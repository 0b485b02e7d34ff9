// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.method.mi.csv;

/** A CSV file or mapping cannot be read; the message (localised) names the file and line. */
public class CsvImportException extends Exception {

    private static final long serialVersionUID = 1L;

    public CsvImportException(String message) {
        super(message);
    }
}
