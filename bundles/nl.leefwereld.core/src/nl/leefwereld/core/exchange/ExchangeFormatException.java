// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.core.exchange;

import java.io.IOException;

/** A file that cannot be read as the format it claims; the message is localised and names the file (and entry). */
public class ExchangeFormatException extends IOException {

    private static final long serialVersionUID = 1L;

    public ExchangeFormatException(String message) {
        super(message);
    }

    public ExchangeFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
