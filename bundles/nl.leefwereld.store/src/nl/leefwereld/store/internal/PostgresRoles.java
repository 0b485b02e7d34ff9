// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Least privilege and caseloads in an organisation's PostgreSQL database. Run by the schema's owner (the
 * PostgreSQL administrator who runs {@code leefwereld admin init}); every statement is idempotent.
 * <ul>
 * <li>Group roles without login: {@value #PROFESSIONAL}, {@value #TRAINER}, {@value #PRIVACY_OFFICER},
 * {@value #ADMINISTRATOR}. Each user is a login role in one of them; none owns anything, none has DDL rights
 * (no CREATE on the schema), none is superuser.</li>
 * <li>Caseloads: table {@code caseload} (a client and a user or team holding it) and {@code team_member}. Row-level
 * security policies on every table with client data let a user's connection see and change only the rows of
 * clients in their own or their team's caseload, whatever SQL it sends; a client a professional creates joins their
 * caseload. The privacy officer sees every client (erasure, retention); a trainer sees role plays only, not the
 * clients' attributes, consents or notes, and no client at all that has any conversation other than a role play.</li>
 * <li>The audit log: INSERT and SELECT only (the privacy officer may also run the anonymisation update the
 * trigger allows); an inserted event must name the connected user. The chain's head ({@code audit_chain}) is read
 * and advanced by every writer; the owner's functions {@code audit_chain_links()} and {@code audit_chain_erasures()}
 * let the check at open see every event's chain values, ids hashed, no detail.</li>
 * <li>Memos and attribute sets follow their client or conversation; codebook entries hold no client data.
 * Organisation objects ({@code extension_object} rows without client and conversation: trained models) are read by
 * every working role and written by a trainer only.</li>
 * </ul>
 */
@SuppressWarnings("nls")
public final class PostgresRoles {

    public static final String PROFESSIONAL = "leefwereld_professional";
    public static final String TRAINER = "leefwereld_trainer";
    public static final String PRIVACY_OFFICER = "leefwereld_privacy_officer";
    public static final String ADMINISTRATOR = "leefwereld_administrator";

    /** The group roles, in the order of {@link nl.leefwereld.store.OrganisationDatabase.Role}. */
    public static final List<String> GROUPS = List.of(PROFESSIONAL, TRAINER, PRIVACY_OFFICER, ADMINISTRATOR);

    /** A user or team name: a PostgreSQL identifier we never need to quote. */
    private static final Pattern NAME = Pattern.compile("[a-z_][a-z0-9_.\\-]{0,62}");

    private static final String S = PostgresSql.SCHEMA;

    /** Tables whose rows belong to a client directly (column client_id). */
    private static final List<String> CLIENT_TABLES = List.of("client_attribute_set", "consent", "trajectory");
    /** Tables whose rows belong to a conversation (column conversation_id). */
    private static final List<String> CONVERSATION_TABLES = List.of("participant", "utterance", "annotation");
    /** Every table with client data, for the grants. */
    private static final List<String> DATA_TABLES = List.of("client", "client_attribute_set", "consent",
            "trajectory", "conversation", "participant", "utterance", "annotation", "note", "memo", "extension_object",
            "professional");

    private PostgresRoles() {
    }

    /** Whether the name can be a user or team name (lower case letters, digits, {@code _ . -}; 63 at most). */
    public static boolean validName(String name) {
        return name != null && NAME.matcher(name).matches();
    }

    /** The roles, grants, caseload tables, functions and policies. Autocommit off; commits. */
    public static void install(Connection c) throws SQLException {
        List<String> sql = new ArrayList<>();
        for (String group : GROUPS) {
            sql.add("DO $r$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '" + group
                    + "') THEN CREATE ROLE " + group + " NOLOGIN; END IF; END $r$");
        }
        sql.add("REVOKE ALL ON SCHEMA " + S + " FROM PUBLIC");
        sql.add("CREATE TABLE IF NOT EXISTS team_member (user_name VARCHAR(128) NOT NULL, team VARCHAR(128) NOT NULL,"
                + " PRIMARY KEY (user_name, team))");
        sql.add("CREATE TABLE IF NOT EXISTS caseload (client_id VARCHAR(128) NOT NULL REFERENCES client (id) ON DELETE CASCADE,"
                + " holder VARCHAR(128) NOT NULL, PRIMARY KEY (client_id, holder))");
        // who may see a client: the privacy officer, or a holder of it (the user or one of their teams)
        sql.add("CREATE OR REPLACE FUNCTION may_see(p_client text) RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER"
                + " SET search_path = " + S + ", pg_temp AS $f$"
                + " SELECT pg_has_role(session_user, '" + PRIVACY_OFFICER + "', 'MEMBER')"
                + " OR EXISTS (SELECT 1 FROM caseload c WHERE c.client_id = p_client AND (c.holder = session_user"
                + " OR c.holder IN (SELECT m.team FROM team_member m WHERE m.user_name = session_user))) $f$");
        sql.add("CREATE OR REPLACE FUNCTION is_trainer() RETURNS boolean LANGUAGE sql STABLE"
                + " AS $f$ SELECT pg_has_role(session_user, '" + TRAINER + "', 'MEMBER')"
                + " AND NOT pg_has_role(session_user, '" + PRIVACY_OFFICER + "', 'MEMBER') $f$");
        // a conversation: its client may be seen, and a trainer sees role plays only
        sql.add("CREATE OR REPLACE FUNCTION may_see_conversation(conv text) RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER"
                + " SET search_path = " + S + ", pg_temp AS $f$"
                + " SELECT EXISTS (SELECT 1 FROM conversation v JOIN trajectory t ON v.trajectory_id = t.id"
                + " WHERE v.id = conv AND may_see(t.client_id) AND (NOT is_trainer() OR v.kind = 'role-play')) $f$");
        // a trainer works with trainees' role plays, not with clients: a client with any other conversation is
        // hidden from a trainer, whatever their caseload holds (a new client without conversations is not)
        sql.add("CREATE OR REPLACE FUNCTION has_client_conversation(p_client text) RETURNS boolean LANGUAGE sql STABLE"
                + " SECURITY DEFINER SET search_path = " + S + ", pg_temp AS $f$"
                + " SELECT EXISTS (SELECT 1 FROM conversation v JOIN trajectory t ON v.trajectory_id = t.id"
                + " WHERE t.client_id = p_client AND (v.kind IS NULL OR v.kind <> 'role-play')) $f$");
        sql.add("CREATE OR REPLACE FUNCTION may_see_trajectory(traj text) RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER"
                + " SET search_path = " + S + ", pg_temp AS $f$"
                + " SELECT EXISTS (SELECT 1 FROM trajectory t WHERE t.id = traj AND may_see(t.client_id)) $f$");
        // a client a user creates joins their caseload (the owner and the privacy officer need none)
        sql.add("CREATE OR REPLACE FUNCTION caseload_new_client() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER"
                + " SET search_path = " + S + ", pg_temp AS $f$ BEGIN"
                + " IF NOT pg_has_role(session_user, '" + PRIVACY_OFFICER + "', 'MEMBER') AND EXISTS"
                + " (SELECT 1 FROM pg_roles r WHERE r.rolname = session_user AND NOT r.rolsuper)"
                + " AND session_user <> (SELECT nspowner::regrole::text FROM pg_namespace WHERE nspname = '" + S + "') THEN"
                + " INSERT INTO caseload (client_id, holder) VALUES (NEW.id, session_user) ON CONFLICT DO NOTHING;"
                + " END IF; RETURN NULL; END $f$");
        sql.add("DROP TRIGGER IF EXISTS client_joins_caseload ON client");
        sql.add("CREATE TRIGGER client_joins_caseload AFTER INSERT ON client FOR EACH ROW EXECUTE FUNCTION caseload_new_client()");
        for (String f : List.of("may_see(text)", "is_trainer()", "may_see_conversation(text)", "may_see_trajectory(text)",
                "has_client_conversation(text)", "caseload_new_client()")) {
            sql.add("REVOKE ALL ON FUNCTION " + f + " FROM PUBLIC");
            sql.add("GRANT EXECUTE ON FUNCTION " + f + " TO " + String.join(", ", GROUPS));
        }
        // row-level security
        String trainerMaySee = " AND (NOT is_trainer() OR NOT has_client_conversation(%s))";
        policy(sql, "client", "may_see(id)" + trainerMaySee.formatted("id"), "true");
        for (String table : CLIENT_TABLES) {
            String rule = "may_see(client_id)" + ("trajectory".equals(table) ? trainerMaySee.formatted("client_id")
                    : " AND NOT is_trainer()");
            policy(sql, table, rule, rule);
        }
        policy(sql, "conversation", "may_see_conversation(id)", "may_see_trajectory(trajectory_id)");
        for (String table : CONVERSATION_TABLES) {
            policy(sql, table, "may_see_conversation(conversation_id)", "may_see_conversation(conversation_id)");
        }
        String owned = "(conversation_id IS NOT NULL AND may_see_conversation(conversation_id))"
                + " OR (conversation_id IS NULL AND client_id IS NOT NULL AND may_see(client_id) AND NOT is_trainer())";
        policy(sql, "note", owned, owned);
        policy(sql, "memo", owned, owned);
        policy(sql, "extension_object", owned, owned);
        // organisation objects (neither client nor conversation, e.g. trained models): every working role reads
        // them, only a trainer writes them
        String organisation = "client_id IS NULL AND conversation_id IS NULL";
        sql.add("DROP POLICY IF EXISTS organisation_read ON extension_object");
        sql.add("CREATE POLICY organisation_read ON extension_object FOR SELECT TO " + PROFESSIONAL + ", " + TRAINER
                + ", " + PRIVACY_OFFICER + " USING (" + organisation + ")");
        sql.add("DROP POLICY IF EXISTS organisation_write ON extension_object");
        sql.add("CREATE POLICY organisation_write ON extension_object FOR ALL TO " + TRAINER + " USING (" + organisation
                + ") WITH CHECK (" + organisation + ")");
        String audited = "client_id IS NULL OR may_see(client_id) OR pg_has_role(session_user, '" + PRIVACY_OFFICER
                + "', 'MEMBER')";
        sql.add("ALTER TABLE audit_event ENABLE ROW LEVEL SECURITY");
        sql.add("DROP POLICY IF EXISTS audit_read ON audit_event");
        sql.add("CREATE POLICY audit_read ON audit_event FOR SELECT USING (" + audited + ")");
        sql.add("DROP POLICY IF EXISTS audit_append ON audit_event");
        sql.add("CREATE POLICY audit_append ON audit_event FOR INSERT WITH CHECK (user_name = session_user)");
        sql.add("DROP POLICY IF EXISTS audit_anonymise ON audit_event");
        sql.add("CREATE POLICY audit_anonymise ON audit_event FOR UPDATE TO " + PRIVACY_OFFICER + " USING (true)");
        // grants: data for the working roles, no DDL for anyone
        String working = PROFESSIONAL + ", " + TRAINER + ", " + PRIVACY_OFFICER;
        sql.add("GRANT USAGE ON SCHEMA " + S + " TO " + String.join(", ", GROUPS));
        sql.add("GRANT SELECT, INSERT, UPDATE, DELETE ON " + String.join(", ", DATA_TABLES) + " TO " + working);
        sql.add("GRANT SELECT ON schema_version, retention_period TO " + String.join(", ", GROUPS));
        sql.add("GRANT SELECT, INSERT ON audit_event TO " + working);
        sql.add("GRANT UPDATE ON audit_event TO " + PRIVACY_OFFICER);
        sql.add("GRANT INSERT, UPDATE, DELETE ON retention_period TO " + PRIVACY_OFFICER);
        sql.add("GRANT INSERT ON audit_guard TO " + working);
        // the chain's head: every writer of an event locks, reads and advances it
        sql.add("GRANT SELECT, UPDATE ON audit_chain TO " + working);
        for (String f : List.of("audit_chain_links()", "audit_chain_erasures()")) {
            sql.add("REVOKE ALL ON FUNCTION " + f + " FROM PUBLIC");
            sql.add("GRANT EXECUTE ON FUNCTION " + f + " TO " + working);
        }
        // a method's codebook (no client data)
        sql.add("GRANT SELECT, INSERT, UPDATE, DELETE ON codebook_entry TO " + working);
        sql.add("GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA " + S + " TO " + working);
        sql.add("GRANT SELECT, INSERT, UPDATE, DELETE ON caseload, team_member TO " + ADMINISTRATOR);
        sql.add("GRANT SELECT ON client TO " + ADMINISTRATOR);
        sql.add("DROP POLICY IF EXISTS administrator_lists ON client");
        sql.add("CREATE POLICY administrator_lists ON client FOR SELECT TO " + ADMINISTRATOR + " USING (true)");
        try (Statement s = c.createStatement()) {
            for (String statement : sql) {
                s.execute(statement);
            }
        }
        c.commit();
    }

    private static void policy(List<String> sql, String table, String using, String check) {
        sql.add("ALTER TABLE " + table + " ENABLE ROW LEVEL SECURITY");
        sql.add("DROP POLICY IF EXISTS caseload ON " + table);
        sql.add("CREATE POLICY caseload ON " + table + " FOR ALL TO " + PROFESSIONAL + ", " + TRAINER + ", "
                + PRIVACY_OFFICER + " USING (" + using + ") WITH CHECK (" + check + ")");
    }

    /** Creates a login role in the group (0 {@link #PROFESSIONAL} … 3 {@link #ADMINISTRATOR}). Commits. */
    public static void addUser(Connection c, String name, char[] password, String group) throws SQLException {
        boolean exists;
        try (PreparedStatement s = c.prepareStatement("SELECT 1 FROM pg_roles WHERE rolname = ?")) {
            s.setString(1, name);
            try (ResultSet rs = s.executeQuery()) {
                exists = rs.next();
            }
        }
        try (Statement s = c.createStatement()) {
            s.execute((exists ? "ALTER ROLE " : "CREATE ROLE ") + q(name) + " LOGIN NOSUPERUSER NOCREATEDB INHERIT"
                    + (ADMINISTRATOR.equals(group) ? " CREATEROLE" : " NOCREATEROLE"));
            for (String other : GROUPS) {
                if (!other.equals(group)) {
                    s.execute("DO $r$ BEGIN IF pg_has_role('" + name + "', '" + other + "', 'MEMBER') THEN REVOKE "
                            + other + " FROM " + q(name) + "; END IF; END $r$");
                }
            }
            s.execute("GRANT " + group + " TO " + q(name));
            s.execute("ALTER ROLE " + q(name) + " SET search_path = " + S);
        }
        // hashed here (SCRAM), so the password never travels or lands in a server log as text
        c.unwrap(org.postgresql.PGConnection.class).alterUserPassword(name, password.clone(), null);
        c.commit();
    }

    /** Drops the login role and its caseload and team rows (its audit events stay, under its name). Commits. */
    public static boolean removeUser(Connection c, String name) throws SQLException {
        boolean exists;
        try (PreparedStatement s = c.prepareStatement("SELECT 1 FROM pg_roles WHERE rolname = ? AND NOT rolsuper")) {
            s.setString(1, name);
            try (ResultSet rs = s.executeQuery()) {
                exists = rs.next();
            }
        }
        try (PreparedStatement caseload = c.prepareStatement("DELETE FROM caseload WHERE holder = ?");
                PreparedStatement team = c.prepareStatement("DELETE FROM team_member WHERE user_name = ?")) {
            caseload.setString(1, name);
            caseload.executeUpdate();
            team.setString(1, name);
            team.executeUpdate();
        }
        if (exists) {
            try (Statement s = c.createStatement()) {
                s.execute("DROP ROLE " + q(name));
            }
        }
        c.commit();
        return exists;
    }

    /** Puts the user in the team. Commits. */
    public static void joinTeam(Connection c, String user, String team) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO team_member (user_name, team) VALUES (?, ?) ON CONFLICT DO NOTHING")) {
            s.setString(1, user);
            s.setString(2, team);
            s.executeUpdate();
        }
        c.commit();
    }

    /** Gives (or takes back) a client to a user or team. Returns whether anything changed. Commits. */
    public static boolean caseload(Connection c, String holder, String clientId, boolean add) throws SQLException {
        int changed;
        try (PreparedStatement s = c.prepareStatement(add
                ? "INSERT INTO caseload (client_id, holder) SELECT id, ? FROM client WHERE id = ? ON CONFLICT DO NOTHING"
                : "DELETE FROM caseload WHERE holder = ? AND client_id = ?")) {
            s.setString(1, holder);
            s.setString(2, clientId);
            changed = s.executeUpdate();
        }
        c.commit();
        return changed > 0;
    }

    /** The clients (ids) a user or team holds. */
    public static List<String> caseloadOf(Connection c, String holder) throws SQLException {
        List<String> ids = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT client_id FROM caseload WHERE holder = ? ORDER BY client_id")) {
            s.setString(1, holder);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
            }
        }
        c.commit();
        return ids;
    }

    /** A name {@link #validName} allows, as a quoted identifier. */
    private static String q(String name) {
        if (!validName(name)) {
            throw new IllegalArgumentException(name);
        }
        return '"' + name + '"';
    }
}
