// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.store.internal;

import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The PostgreSQL dialect: the statements of {@link Sql} that differ, and the mechanical translation of the
 * migrations' DDL (written once, in the SQL Derby speaks) into PostgreSQL's, so that a migration written with the
 * portable types ({@code VARCHAR(n)}, {@code INTEGER}, {@code BIGINT}, {@code TIMESTAMP}, {@code CLOB},
 * {@code BOOLEAN}, {@code DOUBLE}) and Derby's row triggers runs on both engines without hand edits:
 * <ul>
 * <li>types: {@code CLOB}, {@code CLOB(n)}, {@code LONG VARCHAR} become {@code TEXT}; {@code BLOB} and
 * {@code VARCHAR(n) FOR BIT DATA} become {@code BYTEA}; {@code DOUBLE} becomes {@code DOUBLE PRECISION};</li>
 * <li>identity options lose Derby's comma ({@code (START WITH 1, INCREMENT BY 1)});</li>
 * <li>{@code RENAME TABLE a TO b} and {@code RENAME COLUMN t.a TO b} become {@code ALTER TABLE} statements;</li>
 * <li>a row trigger {@code CREATE TRIGGER n AFTER|NO CASCADE BEFORE event ON t [REFERENCING OLD AS o NEW AS n]
 * FOR EACH ROW [WHEN (condition)] statement} becomes a PL/pgSQL function {@code n_fn} running the statement and a
 * trigger executing it, the correlation names becoming {@code OLD} and {@code NEW};
 * {@code DROP TRIGGER n} drops the trigger from whichever table has it, and its function.</li>
 * </ul>
 * Text in single quotes is never changed.
 */
@SuppressWarnings("nls")
public class PostgresSql extends Sql {

    /** The PostgreSQL dialect. */
    public static final PostgresSql POSTGRES = new PostgresSql();

    /** The schema holding the application's tables in an organisation's database. */
    public static final String SCHEMA = "leefwereld";

    protected PostgresSql() {
    }

    @Override
    public boolean isDerby() {
        return false;
    }

    @Override
    public int nullType(int jdbcType) {
        // the driver binds a NULL CLOB or BLOB as a large-object oid, which a TEXT or BYTEA column refuses
        return switch (jdbcType) {
            case Types.CLOB, Types.NCLOB -> Types.VARCHAR;
            case Types.BLOB -> Types.BINARY;
            default -> jdbcType;
        };
    }

    @Override
    public String applicationTables() {
        return "SELECT table_name FROM information_schema.tables WHERE table_schema = '" + SCHEMA
                + "' AND table_type = 'BASE TABLE' ORDER BY table_name";
    }

    @Override
    public boolean compressesTables() {
        return false;
    }

    @Override
    public boolean versionTableExists(java.sql.Connection connection) throws java.sql.SQLException {
        try (java.sql.PreparedStatement s = connection.prepareStatement(
                "SELECT 1 FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = 'schema_version'");
                java.sql.ResultSet rs = s.executeQuery()) {
            return rs.next();
        }
    }

    // ------------------------------------------------------------------------------------------ audit chain

    /**
     * Row-level security lets a professional read only the events of their own clients, so the check at open reads
     * every event's chain values through a function of the schema's owner: ids as their {@code sha256:} hashes (what
     * the chain covers anyway), no detail, and whether the event was anonymised. Nobody learns another team's client
     * from it; a gap, an edit or an inserted event still breaks a link.
     */
    @Override
    public String auditChainLinks() {
        return "SELECT * FROM audit_chain_links()";
    }

    @Override
    public boolean auditChainLinksPseudonymised() {
        return true;
    }

    @Override
    public String auditChainErasures() {
        return "SELECT * FROM audit_chain_erasures()";
    }

    /** Derby's guard trigger (translated by {@link #ddl}), and the owner's functions behind {@link #auditChainLinks()}. */
    @Override
    public List<String> auditChainGuard() {
        List<String> result = new ArrayList<>(super.auditChainGuard());
        String definer = " LANGUAGE sql STABLE SECURITY DEFINER SET search_path = " + SCHEMA + ", pg_temp AS $f$ ";
        result.add("CREATE OR REPLACE FUNCTION audit_chain_links() RETURNS TABLE (id BIGINT, event_time TIMESTAMP,"
                + " user_name TEXT, action TEXT, client_id TEXT, object_id TEXT, detail TEXT, chain_pos BIGINT,"
                + " detail_digest TEXT, chain_mac TEXT, chain_link TEXT, anonymised BOOLEAN)" + definer
                + "SELECT e.id, e.event_time, e.user_name::text, e.action::text, " + pseudonym("e.client_id") + ", "
                + pseudonym("e.object_id") + ", NULL::text, e.chain_pos, e.detail_digest::text, e.chain_mac::text,"
                + " e.chain_link::text, e.action <> 'ERASE' AND (COALESCE(e.client_id LIKE 'sha256:%', false)"
                + " OR COALESCE(e.object_id LIKE 'sha256:%', false)) FROM audit_event e ORDER BY e.id $f$");
        result.add("CREATE OR REPLACE FUNCTION audit_chain_erasures() RETURNS TABLE (client_id TEXT, last_position BIGINT)"
                + definer + "SELECT e.client_id::text, MAX(e.chain_pos) FROM audit_event e WHERE e.action = 'ERASE'"
                + " GROUP BY e.client_id $f$");
        return result;
    }

    /** An id as {@link AuditChain#pseudonymised} makes it, in SQL. */
    private static String pseudonym(String column) {
        return "CASE WHEN " + column + " IS NULL OR " + column + " LIKE 'sha256:%' THEN " + column + "::text ELSE 'sha256:' || encode(sha256(convert_to("
                + column + ", 'UTF8')), 'hex') END";
    }

    // ------------------------------------------------------------------------------------------ translation

    private static final Pattern TRIGGER = Pattern.compile(
            "(?is)\\s*CREATE\\s+TRIGGER\\s+(\\w+)\\s+(AFTER|NO\\s+CASCADE\\s+BEFORE|BEFORE)\\s+(INSERT|DELETE|UPDATE(?:\\s+OF\\s+[\\w\\s,]+?)?)"
                    + "\\s+ON\\s+(\\w+)(\\s+REFERENCING(?:\\s+(?:OLD|NEW)(?:\\s+ROW)?\\s+AS\\s+\\w+)+)?"
                    + "\\s+FOR\\s+EACH\\s+ROW(?:\\s+MODE\\s+DB2SQL)?\\s+(.*)");
    private static final Pattern WHEN = Pattern.compile("(?is)WHEN\\s*\\(.*");
    private static final Pattern CORRELATION = Pattern.compile("(?i)(OLD|NEW)(?:\\s+ROW)?\\s+AS\\s+(\\w+)");
    private static final Pattern DROP_TRIGGER = Pattern.compile("(?is)\\s*DROP\\s+TRIGGER\\s+(\\w+)\\s*");
    private static final Pattern RENAME_TABLE = Pattern.compile("(?is)\\s*RENAME\\s+TABLE\\s+(\\w+)\\s+TO\\s+(\\w+)\\s*");
    private static final Pattern RENAME_COLUMN = Pattern
            .compile("(?is)\\s*RENAME\\s+COLUMN\\s+(\\w+)\\.(\\w+)\\s+TO\\s+(\\w+)\\s*");

    @Override
    public List<String> ddl(String statement) {
        Matcher drop = DROP_TRIGGER.matcher(statement);
        if (drop.matches()) {
            String name = drop.group(1).toLowerCase(Locale.ROOT);
            return List.of("DO $leefwereld$ DECLARE t text; BEGIN"
                    + " SELECT c.relname INTO t FROM pg_trigger g JOIN pg_class c ON g.tgrelid = c.oid"
                    + " WHERE g.tgname = '" + name + "' AND NOT g.tgisinternal AND c.relnamespace = current_schema()::regnamespace;"
                    + " IF t IS NOT NULL THEN EXECUTE format('DROP TRIGGER %I ON %I', '" + name + "', t); END IF;"
                    + " END $leefwereld$", "DROP FUNCTION IF EXISTS " + name + "_fn()");
        }
        Matcher renameTable = RENAME_TABLE.matcher(statement);
        if (renameTable.matches()) {
            return List.of("ALTER TABLE " + renameTable.group(1) + " RENAME TO " + renameTable.group(2));
        }
        Matcher renameColumn = RENAME_COLUMN.matcher(statement);
        if (renameColumn.matches()) {
            return List.of("ALTER TABLE " + renameColumn.group(1) + " RENAME COLUMN " + renameColumn.group(2) + " TO "
                    + renameColumn.group(3));
        }
        String translated = translateTypes(statement);
        Matcher trigger = TRIGGER.matcher(translated);
        if (trigger.matches()) {
            return trigger(trigger);
        }
        if (translated.trim().toUpperCase(Locale.ROOT).startsWith("CALL SYSCS_")) {
            throw new IllegalArgumentException("Derby's system procedures have no PostgreSQL equivalent: " + statement);
        }
        return List.of(translated);
    }

    private static List<String> trigger(Matcher m) {
        String name = m.group(1).toLowerCase(Locale.ROOT);
        String timing = m.group(2).toUpperCase(Locale.ROOT).contains("BEFORE") ? "BEFORE" : "AFTER";
        String event = m.group(3);
        String table = m.group(4);
        String oldName = null;
        String newName = null;
        if (m.group(5) != null) {
            Matcher c = CORRELATION.matcher(m.group(5));
            while (c.find()) {
                if (c.group(1).equalsIgnoreCase("OLD")) {
                    oldName = c.group(2);
                } else {
                    newName = c.group(2);
                }
            }
        }
        String rest = m.group(6).trim();
        String when = "";
        if (WHEN.matcher(rest).matches()) {
            int open = rest.indexOf('(');
            int close = closingParenthesis(rest, open);
            when = " WHEN " + correlate(rest.substring(open, close + 1), oldName, newName);
            rest = rest.substring(close + 1).trim();
        }
        String body = correlate(rest, oldName, newName);
        List<String> result = new ArrayList<>();
        result.add("CREATE OR REPLACE FUNCTION " + name + "_fn() RETURNS trigger LANGUAGE plpgsql AS $leefwereld$ BEGIN "
                + body + "; RETURN " + ("BEFORE".equals(timing) ? "COALESCE(NEW, OLD)" : "NULL")
                + "; END $leefwereld$");
        result.add("CREATE TRIGGER " + name + " " + timing + " " + event + " ON " + table + " FOR EACH ROW" + when
                + " EXECUTE FUNCTION " + name + "_fn()");
        return result;
    }

    /** The index of the parenthesis closing the one at {@code open}, quotes skipped. */
    private static int closingParenthesis(String sql, int open) {
        int depth = 0;
        boolean quoted = false;
        for (int i = open; i < sql.length(); i++) {
            char ch = sql.charAt(i);
            if (ch == '\'') {
                quoted = !quoted; // a doubled quote toggles twice
            } else if (!quoted && ch == '(') {
                depth++;
            } else if (!quoted && ch == ')' && --depth == 0) {
                return i;
            }
        }
        throw new IllegalArgumentException("Unbalanced parentheses in the trigger condition: " + sql);
    }

    /** Replaces {@code o.} and {@code n.} (the correlation names) by {@code OLD.} and {@code NEW.} outside quotes. */
    private static String correlate(String sql, String oldName, String newName) {
        return outsideQuotes(sql, part -> {
            String result = part;
            if (oldName != null) {
                result = result.replaceAll("(?i)(?<![\\w.])" + Pattern.quote(oldName) + "\\.", "OLD.");
            }
            if (newName != null) {
                result = result.replaceAll("(?i)(?<![\\w.])" + Pattern.quote(newName) + "\\.", "NEW.");
            }
            return result;
        });
    }

    /** The type names Derby has and PostgreSQL spells otherwise. */
    static String translateTypes(String sql) {
        return outsideQuotes(sql, part -> part
                .replaceAll("(?i)\\bVARCHAR\\s*\\(\\s*\\d+\\s*\\)\\s+FOR\\s+BIT\\s+DATA\\b", "BYTEA")
                .replaceAll("(?i)\\bLONG\\s+VARCHAR\\b", "TEXT")
                .replaceAll("(?i)\\bCLOB\\b(\\s*\\(\\s*\\d+\\s*[KMG]?\\s*\\))?", "TEXT")
                .replaceAll("(?i)\\bBLOB\\b(\\s*\\(\\s*\\d+\\s*[KMG]?\\s*\\))?", "BYTEA")
                .replaceAll("(?i)\\bDOUBLE\\b(?!\\s+PRECISION)", "DOUBLE PRECISION")
                .replaceAll("(?i)(AS\\s+IDENTITY\\s*\\(\\s*START\\s+WITH\\s+-?\\d+)\\s*,\\s*(INCREMENT\\s+BY)", "$1 $2"));
    }

    /** Applies the change to the parts of the statement outside single-quoted literals. */
    private static String outsideQuotes(String sql, java.util.function.UnaryOperator<String> change) {
        StringBuilder result = new StringBuilder();
        int i = 0;
        while (i < sql.length()) {
            int quote = sql.indexOf('\'', i);
            if (quote < 0) {
                result.append(change.apply(sql.substring(i)));
                break;
            }
            result.append(change.apply(sql.substring(i, quote)));
            int end = quote + 1;
            while (end < sql.length()) {
                if (sql.charAt(end) == '\'') {
                    if (end + 1 < sql.length() && sql.charAt(end + 1) == '\'') {
                        end += 2;
                        continue;
                    }
                    break;
                }
                end++;
            }
            end = Math.min(end + 1, sql.length());
            result.append(sql, quote, end);
            i = end;
        }
        return result.toString();
    }
}
