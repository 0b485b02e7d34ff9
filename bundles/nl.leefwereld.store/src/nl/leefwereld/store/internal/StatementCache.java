// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.store.internal;

import java.lang.System.Logger.Level;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The prepared statements of one connection, prepared once and reused by every later transaction (#22: preparing
 * was 44% of the save of one edited utterance). {@link Transactions} hands the row classes {@link #connection()}, a
 * view of the connection whose {@code prepareStatement(String)} takes an idle statement of that SQL from the cache
 * (or prepares one) and whose statements go back to the cache when closed: the row classes keep their
 * try-with-resources and never know. A statement still open is never handed out twice (a nested use of the same SQL
 * gets a second one). On the way back a statement's parameters, batch and warnings are cleared and the result sets
 * it handed out are closed; a statement whose settings were changed (maximum rows, fetch size, time-out ...) is
 * closed instead of kept. The cache is bounded: at most {@link #MAX_SQL} distinct statements, the least recently
 * used one closed when another comes, and {@link #MAX_IDLE_PER_SQL} idle copies of one SQL. {@link #close()} closes
 * every idle statement; the connection closes the others. One cache serves one connection and is used under the
 * lock of its {@link Transactions} only.
 */
final class StatementCache implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(StatementCache.class.getName());

    /** Distinct SQL texts kept (the store runs about a hundred). */
    static final int MAX_SQL = 256;
    /** Idle copies of one SQL kept (more are only needed while nested uses run). */
    static final int MAX_IDLE_PER_SQL = 2;

    /** Statement settings a caller may change; a statement with one changed is not reused. */
    private static final Set<String> SETTINGS = Set.of("setMaxRows", "setLargeMaxRows", "setFetchSize", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            "setFetchDirection", "setQueryTimeout", "setMaxFieldSize", "setEscapeProcessing", "setCursorName", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
            "setPoolable", "closeOnCompletion"); //$NON-NLS-1$ //$NON-NLS-2$

    private final Connection raw;
    private final Connection view;
    /** Idle statements by SQL, least recently used first. */
    private final LinkedHashMap<String, ArrayDeque<PreparedStatement>> idle = new LinkedHashMap<>(64, 0.75f, true);
    private int prepared;
    private int reused;
    private boolean closed;

    StatementCache(Connection raw) {
        this.raw = raw;
        this.view = (Connection) Proxy.newProxyInstance(StatementCache.class.getClassLoader(),
                new Class<?>[] { Connection.class }, this::onConnection);
    }

    /** The connection whose {@code prepareStatement(String)} uses the cache. */
    Connection connection() {
        return view;
    }

    /** How many statements were prepared and how many times an idle one was reused (for tests and profiling). */
    int prepared() {
        return prepared;
    }

    int reused() {
        return reused;
    }

    /** Idle statements held. */
    int idle() {
        int n = 0;
        for (ArrayDeque<PreparedStatement> q : idle.values()) {
            n += q.size();
        }
        return n;
    }

    private Object onConnection(Object proxy, Method method, Object[] args) throws Throwable {
        String name = method.getName();
        if ("prepareStatement".equals(name) && args != null && args.length == 1 && args[0] instanceof String sql //$NON-NLS-1$
                && !closed) {
            return checkOut(sql);
        }
        if ("equals".equals(name) && args != null && args.length == 1) { //$NON-NLS-1$
            return proxy == args[0];
        }
        if ("hashCode".equals(name) && args == null) { //$NON-NLS-1$
            return System.identityHashCode(proxy);
        }
        return invoke(raw, method, args);
    }

    private PreparedStatement checkOut(String sql) throws SQLException {
        ArrayDeque<PreparedStatement> queue = idle.get(sql);
        PreparedStatement statement = queue == null ? null : queue.pollFirst();
        if (statement != null && statement.isClosed()) { // closed behind our back (e.g. by the driver)
            statement = null;
        }
        if (statement == null) {
            statement = raw.prepareStatement(sql);
            prepared++;
        } else {
            reused++;
        }
        return (PreparedStatement) Proxy.newProxyInstance(StatementCache.class.getClassLoader(),
                new Class<?>[] { PreparedStatement.class }, new Lease(sql, statement));
    }

    /** Takes a statement back: reset and kept, or closed when it cannot be reused or the cache is full. */
    private void checkIn(String sql, PreparedStatement statement, boolean reusable, List<ResultSet> results) {
        try {
            for (ResultSet rs : results) {
                rs.close();
            }
            if (!reusable || closed || statement.isClosed()) {
                statement.close();
                return;
            }
            statement.clearParameters();
            statement.clearBatch();
            statement.clearWarnings();
        } catch (SQLException e) {
            closeQuietly(statement);
            return;
        }
        ArrayDeque<PreparedStatement> queue = idle.computeIfAbsent(sql, k -> new ArrayDeque<>(MAX_IDLE_PER_SQL));
        if (queue.size() >= MAX_IDLE_PER_SQL) {
            closeQuietly(statement);
            return;
        }
        queue.addFirst(statement);
        while (idle.size() > MAX_SQL) {
            Iterator<Map.Entry<String, ArrayDeque<PreparedStatement>>> eldest = idle.entrySet().iterator();
            Map.Entry<String, ArrayDeque<PreparedStatement>> entry = eldest.next();
            eldest.remove();
            entry.getValue().forEach(StatementCache::closeQuietly);
        }
    }

    /** Closes every idle statement; statements still out are closed when their user closes them. */
    @Override
    public void close() {
        closed = true;
        for (ArrayDeque<PreparedStatement> queue : idle.values()) {
            queue.forEach(StatementCache::closeQuietly);
        }
        idle.clear();
    }

    private static void closeQuietly(PreparedStatement s) {
        try {
            s.close();
        } catch (SQLException e) {
            LOG.log(Level.DEBUG, "Closing a cached statement failed", e); //$NON-NLS-1$
        }
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    /** One use of a cached statement: everything goes to the statement, except {@code close}. */
    private final class Lease implements InvocationHandler {
        private final String sql;
        private final PreparedStatement statement;
        private final List<ResultSet> results = new ArrayList<>(1);
        private boolean reusable = true;
        private boolean returned;

        Lease(String sql, PreparedStatement statement) {
            this.sql = sql;
            this.statement = statement;
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            String name = method.getName();
            switch (name) {
                case "close": //$NON-NLS-1$
                    if (!returned) {
                        returned = true;
                        checkIn(sql, statement, reusable, results);
                    }
                    return null;
                case "isClosed": //$NON-NLS-1$
                    return returned || statement.isClosed();
                case "equals": //$NON-NLS-1$
                    return proxy == args[0];
                case "hashCode": //$NON-NLS-1$
                    return System.identityHashCode(proxy);
                default:
                    break;
            }
            if (returned) {
                throw new SQLException("Statement closed"); //$NON-NLS-1$
            }
            if (SETTINGS.contains(name)) {
                reusable = false;
            }
            Object result = StatementCache.invoke(statement, method, args);
            if (result instanceof ResultSet rs) {
                results.removeIf(r -> isClosed(r));
                results.add(rs);
            }
            return result;
        }
    }

    private static boolean isClosed(ResultSet rs) {
        try {
            return rs.isClosed();
        } catch (SQLException e) {
            return true;
        }
    }
}
