// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.store;

/**
 * How a connection to an organisation's PostgreSQL database is protected, read from {@code sslmode=} of its
 * {@code postgresql://} address (none given: {@code verify-full}).
 */
public enum ConnectionSecurity {

    /** {@code sslmode=disable}, {@code allow} or {@code prefer}: possibly plain text. */
    PLAIN,
    /** {@code sslmode=require} or {@code verify-ca}: TLS, but the server's host name is not checked. */
    ENCRYPTED,
    /** {@code sslmode=verify-full} (the default): TLS, the server's certificate and host name are checked. */
    VERIFIED;

    /**
     * The protection this address asks for, or null when it is not a PostgreSQL database's address or its
     * {@code sslmode} has a value PostgreSQL does not know.
     */
    public static ConnectionSecurity of(String url) {
        if (!Stores.isServerUrl(url)) {
            return null;
        }
        int query = url.indexOf('?');
        String mode = "verify-full"; //$NON-NLS-1$
        if (query >= 0) {
            for (String pair : url.substring(query + 1).split("&")) { //$NON-NLS-1$
                if (pair.toLowerCase(java.util.Locale.ROOT).startsWith("sslmode=")) { //$NON-NLS-1$
                    mode = pair.substring("sslmode=".length()).strip().toLowerCase(java.util.Locale.ROOT); //$NON-NLS-1$
                }
            }
        }
        return switch (mode) {
        case "verify-full" -> VERIFIED; //$NON-NLS-1$
        case "verify-ca", "require" -> ENCRYPTED; //$NON-NLS-1$ //$NON-NLS-2$
        case "disable", "allow", "prefer" -> PLAIN; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        default -> null;
        };
    }
}
