// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.ui.tests;

import nl.leefwereld.testsupport.ui.UiTestSupport;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static nl.leefwereld.testsupport.ui.UiTestSupport.openStore;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;

import nl.leefwereld.model.Client;
import nl.leefwereld.model.ModelFactory;
import nl.leefwereld.store.OrganisationDatabase;
import nl.leefwereld.store.StoreException;
import nl.leefwereld.testsupport.PostgresServer;
import nl.leefwereld.ui.WorkbenchStore;
import nl.leefwereld.ui.security.Messages;
import nl.leefwereld.ui.security.TeamServerConnection;
import nl.leefwereld.ui.security.TeamServerDialog;
import nl.leefwereld.ui.security.TeamServers;

/**
 * The workbench on an organisation database: a real PostgreSQL (testsupport {@link PostgresServer}) set up as
 * {@code leefwereld admin init} does, the workbench connected to it by address as a professional, its data saved
 * there; a wrong password leaves the workbench on its own database. Only {@code postgresql://} addresses are taken:
 * the Derby team server is gone (#20).
 */
class TeamServerTest {

    private static final String SANNE = "Sanne-wachtwoord-1";

    @Test
    void addressesAreCheckedBeforeConnecting() {
        assertEquals(NLS.bind(Messages.Team_badPrefix, "postgresql://", TeamServers.SERVER_URL_EXAMPLE),
                TeamServers.check("http://server/db", "sanne"));
        assertEquals(NLS.bind(Messages.Team_derbyRemoved, TeamServers.SERVER_URL_EXAMPLE),
                TeamServers.check("jdbc:derby://server.example.nl:1527//srv/leefwereld/db;ssl=basic", "sanne"),
                "a Derby team server's address is refused with the reason");
        assertEquals(NLS.bind(Messages.Team_derbyRemoved, TeamServers.SERVER_URL_EXAMPLE),
                TeamServers.check("  JDBC:DERBY://server:1527/db ", "sanne"));
        // an organisation database on PostgreSQL: checked certificate unless the address says otherwise
        assertNull(TeamServers.check("postgresql://db.example.nl:5432/leefwereld", "sanne"));
        assertNull(TeamServers.check("postgresql://db.example.nl/leefwereld?sslmode=require", "sanne"));
        assertEquals(NLS.bind(Messages.Team_badServerForm, TeamServers.SERVER_URL_EXAMPLE),
                TeamServers.check("postgresql://db.example.nl:5432/", "sanne"), "no database");
        assertEquals(Messages.Team_badSslMode, TeamServers.check("postgresql://db.example.nl/leefwereld?sslmode=ja", "sanne"));
        assertEquals(Messages.Team_noUser, TeamServers.check("postgresql://db.example.nl/leefwereld", " "));
        assertEquals(Messages.Team_verified, TeamServers.describeSecurity("postgresql://db.example.nl/leefwereld"));
        assertEquals(Messages.Team_plain, TeamServers.describeSecurity("postgresql://db.example.nl/leefwereld?sslmode=disable"));
    }

    @Test
    void theDialogSaysWhetherTheConnectionWillBeEncrypted() {
        Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
        TeamServerDialog dialog = new TeamServerDialog(shell, "postgresql://db.example.nl/leefwereld?sslmode=disable",
                "sanne", null);
        dialog.setBlockOnOpen(false);
        dialog.open();
        try {
            Text address = UiTestSupport.controls(dialog.getShell(), Text.class).stream()
                    .filter(t -> t.getText().startsWith("postgresql://")).findFirst().orElseThrow();
            assertTrue(labels(dialog.getShell()).contains(Messages.Team_plain), labels(dialog.getShell()).toString());
            address.setText("postgresql://db.example.nl/leefwereld?sslmode=require");
            assertTrue(labels(dialog.getShell()).contains(Messages.Team_encrypted));
            address.setText("postgresql://db.example.nl/leefwereld");
            assertTrue(labels(dialog.getShell()).contains(Messages.Team_verified));
            address.setText("postgresql://db.example.nl/leefwereld?sslmode=ja");
            assertTrue(labels(dialog.getShell()).contains(Messages.Team_badSslMode));
            address.setText("jdbc:derby://server.example.nl:1527//srv/db");
            assertTrue(labels(dialog.getShell()).contains(NLS.bind(Messages.Team_derbyRemoved,
                    TeamServers.SERVER_URL_EXAMPLE)), labels(dialog.getShell()).toString());
        } finally {
            dialog.close();
        }
    }

    @Test
    void theWorkbenchWorksOnAnOrganisationDatabaseAndAWrongPasswordChangesNothing() throws Exception {
        WorkbenchStore store = openStore();
        Path ownFolder = store.folder();
        PostgresServer server = PostgresServer.shared();
        String database = server.createDatabase();
        String url = server.url(database);
        char[] admin = PostgresServer.superuserPassword().toCharArray();
        OrganisationDatabase.init(url, PostgresServer.SUPERUSER, admin);
        OrganisationDatabase.addUser(url, PostgresServer.SUPERUSER, admin, "sanne", SANNE.toCharArray(),
                OrganisationDatabase.Role.PROFESSIONAL);
        String clientId = UUID.randomUUID().toString();
        try {
            StoreException refused = assertThrows(StoreException.class,
                    () -> store.openRemote(url, "sanne", "fout".toCharArray()));
            assertTrue(refused.getMessage().contains("sanne"), refused.getMessage());
            assertEquals(ownFolder, store.folder(), "still on its own database");
            assertNull(store.server());
            store.store().countClients();

            Display display = PlatformUI.getWorkbench().getDisplay();
            AtomicReference<Boolean> connected = new AtomicReference<>();
            new TeamServerConnection(store, display, connected::set).connect(url, "sanne", SANNE.toCharArray(), false);
            UiTestSupport.waitUntil(() -> connected.get() != null, "the workbench connects");
            assertEquals(Boolean.TRUE, connected.get());
            assertEquals(url, store.server());
            assertTrue(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell().getText().contains("sanne"),
                    "the window says where the data is");

            Client client = ModelFactory.eINSTANCE.createClient();
            client.setId(clientId);
            client.setDisplayName("Teamcliënt");
            store.store().saveClient(client);
            assertEquals("Teamcliënt", store.store().loadClient(clientId).getDisplayName());
        } finally {
            store.open(ownFolder);
            TeamServerConnection.showLocation(store);
        }
        assertNull(store.server());
        assertTrue(store.store().listClients().stream().noneMatch(c -> "Teamcliënt".equals(c.getDisplayName())),
                "the team's client is not in this computer's database");
        List<String> users = new ArrayList<>();
        try (Connection c = server.connectAsSuperuser(database);
                PreparedStatement s = c.prepareStatement("SELECT user_name FROM leefwereld.audit_event WHERE client_id = ?")) {
            s.setString(1, clientId);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    users.add(rs.getString(1));
                }
            }
        }
        assertTrue(!users.isEmpty() && users.stream().allMatch("sanne"::equals),
                "the organisation database's audit log records the user: " + users);
    }

    private static List<String> labels(Composite parent) {
        return UiTestSupport.controls(parent, Label.class).stream().map(Label::getText).toList();
    }
}
