// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.ui.security;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.osgi.util.NLS;
import org.osgi.service.prefs.BackingStoreException;

import nl.leefwereld.store.ConnectionSecurity;
import nl.leefwereld.store.Stores;

/**
 * The organisation database (PostgreSQL) this workbench connects to at start (URL and user name, never the password), kept in the
 * workspace's preferences, and the check of an address's form.
 */
public final class TeamServers {

    /** What an organisation database's address looks like (PostgreSQL), shown in the empty field. */
    public static final String SERVER_URL_EXAMPLE = "postgresql://db.organisatie.nl:5432/leefwereld"; //$NON-NLS-1$

    /** The address of the removed Derby team server: named in the message that it is gone. */
    private static final String DERBY_PREFIX = "jdbc:derby:"; //$NON-NLS-1$
    private static final String SERVER_PREFIX = "postgresql://"; //$NON-NLS-1$
    private static final String NODE = "nl.leefwereld.ui"; //$NON-NLS-1$
    private static final String KEY_URL = "teamServer.url"; //$NON-NLS-1$
    private static final String KEY_USER = "teamServer.user"; //$NON-NLS-1$

    private TeamServers() {
    }

    /**
     * The problem with this address and user name, in the user's words, or null when the form is right. Only an
     * organisation database on PostgreSQL ({@code postgresql://}) is accepted: host, optional port, one database
     * name, a known sslmode. A Derby team server's address ({@code jdbc:derby://}) gets a message that that server
     * is gone (#20).
     */
    public static String check(String url, String user) {
        String u = url == null ? "" : url.strip(); //$NON-NLS-1$
        if (!Stores.isServerUrl(u)) {
            return u.toLowerCase(Locale.ROOT).startsWith(DERBY_PREFIX)
                    ? NLS.bind(Messages.Team_derbyRemoved, SERVER_URL_EXAMPLE)
                    : NLS.bind(Messages.Team_badPrefix, SERVER_PREFIX, SERVER_URL_EXAMPLE);
        }
        try {
            URI parsed = new URI(u.replaceFirst("^(?i)jdbc:", "")); //$NON-NLS-1$ //$NON-NLS-2$
            String path = parsed.getPath();
            if (parsed.getHost() == null || path == null || path.length() < 2 || path.indexOf('/', 1) >= 0
                    || parsed.getUserInfo() != null) {
                return NLS.bind(Messages.Team_badServerForm, SERVER_URL_EXAMPLE);
            }
        } catch (URISyntaxException e) {
            return NLS.bind(Messages.Team_badServerForm, SERVER_URL_EXAMPLE);
        }
        if (ConnectionSecurity.of(u) == null) {
            return Messages.Team_badSslMode;
        }
        if (user == null || user.isBlank()) {
            return Messages.Team_noUser;
        }
        return null;
    }

    /** How a connection to this address is protected, in the user's words; what is wrong when it is not an address. */
    public static String describeSecurity(String url) {
        String u = url == null ? "" : url.strip(); //$NON-NLS-1$
        ConnectionSecurity security = ConnectionSecurity.of(u);
        if (security == null) {
            String problem = check(u, "-"); //$NON-NLS-1$
            return problem == null ? Messages.Team_badSslMode : problem;
        }
        return switch (security) {
        case PLAIN -> Messages.Team_plain;
        case ENCRYPTED -> Messages.Team_encrypted;
        case VERIFIED -> Messages.Team_verified;
        };
    }

    /** The remembered server's URL, or null. */
    public static String rememberedUrl() {
        String url = node().get(KEY_URL, null);
        return url == null || url.isBlank() ? null : url;
    }

    public static String rememberedUser() {
        return node().get(KEY_USER, null);
    }

    public static void remember(String url, String user) {
        IEclipsePreferences node = node();
        node.put(KEY_URL, url);
        node.put(KEY_USER, user);
        flush(node);
    }

    public static void forget() {
        IEclipsePreferences node = node();
        node.remove(KEY_URL);
        node.remove(KEY_USER);
        flush(node);
    }

    private static IEclipsePreferences node() {
        return InstanceScope.INSTANCE.getNode(NODE);
    }

    private static void flush(IEclipsePreferences node) {
        try {
            node.flush();
        } catch (BackingStoreException e) {
            // kept for this session; the next start asks again
        }
    }
}
