// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.store;

/**
 * How a connection to a {@link TeamServer} is protected, read from the {@code ;ssl=} attribute of its URL (the
 * Derby client's own setting), or to an organisation's PostgreSQL database, read from {@code sslmode=} of its
 * {@code postgresql://} address (none given: {@code verify-full}).
 */
public enum ConnectionSecurity {

    /** No {@code ssl} attribute, or {@code ;ssl=off}: plain text. */
    PLAIN,
    /** {@code ;ssl=basic}: TLS, but any certificate is accepted. */
    ENCRYPTED,
    /** {@code ;ssl=peerAuthentication}: TLS, and the server's certificate must be trusted by this JVM. */
    VERIFIED;

    /** The protection this URL asks for, or null when its {@code ssl} attribute has a value Derby does not know. */
    public static ConnectionSecurity of(String url) {
        if (Stores.isServerUrl(url)) {
            return ofServer(url);
        }
        String[] parts = url == null ? new String[0] : url.split(";"); //$NON-NLS-1$
        for (int i = 1; i < parts.length; i++) {
            int equals = parts[i].indexOf('=');
            if (equals > 0 && parts[i].substring(0, equals).strip().equalsIgnoreCase("ssl")) { //$NON-NLS-1$
                String value = parts[i].substring(equals + 1).strip();
                if (value.equalsIgnoreCase("off")) { //$NON-NLS-1$
                    return PLAIN;
                } else if (value.equalsIgnoreCase("basic")) { //$NON-NLS-1$
                    return ENCRYPTED;
                } else if (value.equalsIgnoreCase("peerAuthentication")) { //$NON-NLS-1$
                    return VERIFIED;
                }
                return null;
            }
        }
        return PLAIN;
    }

    /** PostgreSQL's sslmode: verify-full checks certificate and host name; require and verify-ca encrypt. */
    private static ConnectionSecurity ofServer(String url) {
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
