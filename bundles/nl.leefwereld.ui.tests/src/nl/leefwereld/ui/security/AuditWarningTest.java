// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.ui.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.leefwereld.core.learn.TrainedModels;
import nl.leefwereld.model.Client;
import nl.leefwereld.store.ConversationStore;
import nl.leefwereld.store.StoreException;
import nl.leefwereld.store.StoreOptions;
import nl.leefwereld.store.Stores;
import nl.leefwereld.testsupport.Fixtures;
import nl.leefwereld.testsupport.ui.UiTestSupport;
import nl.leefwereld.ui.Formats;
import nl.leefwereld.ui.WorkbenchStore;

/**
 * The workbench shows the broken audit chain the store finds at open: a real Derby database whose audit row was
 * edited with plain JDBC (after dropping the guard trigger, as someone with the database's files could), opened the
 * way the workbench opens its database at start ({@link DatabaseOpener} in its job), warns once, naming the edited
 * event; the same database untouched opens without a warning.
 */
public class AuditWarningTest {

    @TempDir
    Path temp;

    @Test
    void aTamperedAuditRowIsShownOnceAfterTheWorkbenchOpensTheDatabase() throws Exception {
        Path folder = temp.resolve("database");
        String clientId = fill(folder);
        long edited;
        Instant time;
        try (Connection c = derby(folder)) {
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT id, event_time FROM audit_event WHERE client_id = ? ORDER BY id")) {
                s.setString(1, clientId);
                try (ResultSet rs = s.executeQuery()) {
                    assertTrue(rs.next(), "the save was audited");
                    edited = rs.getLong(1);
                    time = rs.getTimestamp(2).toInstant();
                }
            }
            try (Statement s = c.createStatement()) {
                s.execute("DROP TRIGGER audit_event_no_update");
                assertEquals(1, s.executeUpdate("UPDATE audit_event SET user_name = 'iemand anders' WHERE id = " + edited));
            }
        }
        shutdown(folder);

        WorkbenchStore workbench = new WorkbenchStore();
        try {
            assertEquals("opened", openAsTheWorkbenchDoes(workbench, folder));
            List<Shell> warnings = warnings();
            assertEquals(1, warnings.size(), "one warning after the open");
            String shown = text(warnings.get(0));
            String expected = NLS.bind(Messages.Audit_brokenAtOpen, new Object[] { workbench.store().location(),
                    Long.toString(edited), Formats.dateTime(time), nl.leefwereld.store.Messages.Audit_linkBroken });
            assertTrue(shown.contains(expected), shown);
            assertTrue(shown.contains(folder.toAbsolutePath().normalize().toString()), "names the database: " + shown);
            assertTrue(shown.contains(" " + edited + " "), "names the edited event: " + shown);
            assertTrue(shown.contains("leefwereld audit verify"), shown);
            workbench.store().countClients(); // the data stays usable
        } finally {
            closeWarnings();
            close(workbench);
        }
    }

    @Test
    void anIntactAuditLogOpensWithoutAWarning() throws Exception {
        Path folder = temp.resolve("database");
        fill(folder);
        WorkbenchStore workbench = new WorkbenchStore();
        try {
            assertEquals("opened", openAsTheWorkbenchDoes(workbench, folder));
            assertTrue(workbench.store().auditCheckAtOpen().intact(), workbench.store().auditCheckAtOpen().toString());
            assertNull(AuditWarning.message(workbench.store()));
            assertEquals(List.of(), warnings());
        } finally {
            closeWarnings();
            close(workbench);
        }
    }

    /** Closes the test's own store and gives the trained models back to the running workbench's store. */
    private static void close(WorkbenchStore workbench) {
        workbench.close();
        WorkbenchStore running = UiTestSupport.openStore();
        TrainedModels.use(running.store());
    }

    /** A database with a client (audited), with the workbench's password from the environment; its client's id. */
    private static String fill(Path folder) {
        Client client = Fixtures.richClient("Sanne de Vries");
        try (ConversationStore store = Stores.openEmbedded(folder,
                StoreOptions.defaults().withBootPassword(StoreOptions.passwordFromEnvironment()))) {
            store.saveClient(client);
        }
        return client.getId();
    }

    /** Runs the workbench's opener on this folder and waits for its outcome: opened, failed: ..., cancelled. */
    private static String openAsTheWorkbenchDoes(WorkbenchStore workbench, Path folder) {
        AtomicReference<String> outcome = new AtomicReference<>();
        new DatabaseOpener(workbench, folder, Display.getCurrent(), new DatabaseOpener.Outcome() {
            @Override
            public void opened() {
                outcome.set("opened");
            }

            @Override
            public void failed(String title, StoreException cause) {
                outcome.set("failed: " + cause.getMessage());
            }

            @Override
            public void cancelled() {
                outcome.set("cancelled");
            }
        }).start();
        UiTestSupport.waitUntil(() -> outcome.get() != null, "the opener is done");
        UiTestSupport.processEvents();
        return outcome.get();
    }

    private static List<Shell> warnings() {
        return Arrays.stream(Display.getCurrent().getShells())
                .filter(s -> !s.isDisposed() && s.isVisible() && Messages.Audit_brokenTitle.equals(s.getText()))
                .toList();
    }

    private static void closeWarnings() {
        for (Shell shell : warnings()) {
            shell.close();
        }
        UiTestSupport.processEvents();
    }

    private static String text(Shell shell) {
        StringBuilder text = new StringBuilder();
        for (Label label : UiTestSupport.controls(shell, Label.class)) {
            text.append(label.getText()).append('\n');
        }
        return text.toString();
    }

    /** Plain JDBC on the database (Derby's embedded driver, the boot password from the environment if set). */
    private static Connection derby(Path folder) throws Exception {
        Properties properties = new Properties();
        char[] password = StoreOptions.passwordFromEnvironment();
        if (password != null) {
            properties.setProperty("bootPassword", new String(password));
        }
        Connection c = driver().connect("jdbc:derby:" + folder.toAbsolutePath().normalize(), properties);
        c.setAutoCommit(true);
        return c;
    }

    private static void shutdown(Path folder) throws Exception {
        try {
            driver().connect("jdbc:derby:" + folder.toAbsolutePath().normalize() + ";shutdown=true", new Properties());
        } catch (SQLException e) {
            if (!"08006".equals(e.getSQLState())) { // Derby reports a clean shutdown this way
                throw e;
            }
        }
    }

    private static Driver driver() throws Exception {
        return (Driver) Class.forName("org.apache.derby.iapi.jdbc.AutoloadedDriver", true,
                org.apache.derby.shared.api.DerbyModuleAPI.class.getClassLoader()).getDeclaredConstructor()
                .newInstance();
    }
}
