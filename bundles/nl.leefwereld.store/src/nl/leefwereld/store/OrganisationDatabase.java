// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

import org.eclipse.osgi.util.NLS;

import nl.leefwereld.store.internal.DerbyEngine;
import nl.leefwereld.store.internal.PostgresConversationStore;
import nl.leefwereld.store.internal.PostgresEngine;
import nl.leefwereld.store.internal.PostgresRoles;
import nl.leefwereld.store.internal.PostgresSql;

/**
 * Setting up and managing an organisation's PostgreSQL database ({@code leefwereld admin …}): the schema with its
 * migrations, the roles and their rights, the users and their caseloads. Every call connects as the given
 * PostgreSQL user: {@link #init} as the one who is to own the schema (a PostgreSQL administrator, once), the user
 * calls as that owner or an {@link Role#ADMINISTRATOR}. The professionals' connections never own anything.
 */
public final class OrganisationDatabase {

    /** What a user may do; each is a PostgreSQL group role. */
    public enum Role {
        /** Works with the clients of their own and their team's caseload. */
        PROFESSIONAL(PostgresRoles.PROFESSIONAL),
        /** Sees the role plays of their caseload, not the clients' attributes, consents or notes. */
        TRAINER(PostgresRoles.TRAINER),
        /** Sees every client and the whole audit log; erasure and retention. */
        PRIVACY_OFFICER(PostgresRoles.PRIVACY_OFFICER),
        /** Manages users, teams and caseloads; sees no client data beyond the client list. */
        ADMINISTRATOR(PostgresRoles.ADMINISTRATOR);

        private final String group;

        Role(String group) {
            this.group = group;
        }

        /** The PostgreSQL group role. */
        public String group() {
            return group;
        }

        /** professional, trainer, privacy-officer, administrator. */
        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }

        /** The role of a label, or null. */
        public static Role of(String label) {
            for (Role role : values()) {
                if (role.label().equalsIgnoreCase(label)) {
                    return role;
                }
            }
            return null;
        }
    }

    private OrganisationDatabase() {
    }

    /**
     * Creates (or brings up to date) the schema, owned by {@code user}, and installs the roles, rights, caseload
     * tables and row-level security. Idempotent: run again after an update of Leefwereld.
     */
    public static void init(String url, String user, char[] password) {
        try (ConversationStore store = PostgresConversationStore.open(url, user, password,
                StoreOptions.defaults())) {
            // opened: the schema exists and is migrated
        }
        run(url, user, password, PostgresRoles::install);
    }

    /** Creates the user (or changes their password and role). */
    public static void addUser(String url, String admin, char[] password, String name, char[] userPassword, Role role) {
        checkName(name);
        run(url, admin, password, c -> PostgresRoles.addUser(c, name, userPassword, role.group()));
    }

    /** Removes the user and their caseload; returns whether they existed. */
    public static boolean removeUser(String url, String admin, char[] password, String name) {
        checkName(name);
        boolean[] existed = new boolean[1];
        run(url, admin, password, c -> existed[0] = PostgresRoles.removeUser(c, name));
        return existed[0];
    }

    /** Puts the user in a team (whose caseload they then share). */
    public static void joinTeam(String url, String admin, char[] password, String user, String team) {
        checkName(user);
        checkName(team);
        run(url, admin, password, c -> PostgresRoles.joinTeam(c, user, team));
    }

    /** Gives a client to a user or team ({@code add}), or takes it back; returns whether anything changed. */
    public static boolean caseload(String url, String admin, char[] password, String holder, String clientId,
            boolean add) {
        checkName(holder);
        boolean[] changed = new boolean[1];
        run(url, admin, password, c -> changed[0] = PostgresRoles.caseload(c, holder, clientId, add));
        return changed[0];
    }

    /** The clients a user or team holds. */
    public static List<String> caseloadOf(String url, String admin, char[] password, String holder) {
        checkName(holder);
        @SuppressWarnings("unchecked")
        List<String>[] result = new List[1];
        run(url, admin, password, c -> result[0] = PostgresRoles.caseloadOf(c, holder));
        return result[0];
    }

    private static void checkName(String name) {
        if (!PostgresRoles.validName(name)) {
            throw new StoreException(NLS.bind(Messages.Organisation_badName, name));
        }
    }

    @FunctionalInterface
    private interface Work {
        void run(Connection c) throws SQLException;
    }

    private static void run(String url, String user, char[] password, Work work) {
        PostgresEngine.Address address = PostgresEngine.parse(url);
        try (Connection c = PostgresEngine.connect(address, user, password)) {
            try (var s = c.createStatement()) {
                s.execute("SET search_path TO " + PostgresSql.SCHEMA); //$NON-NLS-1$
            }
            c.setAutoCommit(false);
            try {
                work.run(c);
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException(NLS.bind(Messages.Organisation_failed, address, DerbyEngine.describe(e)), e);
        }
    }
}
