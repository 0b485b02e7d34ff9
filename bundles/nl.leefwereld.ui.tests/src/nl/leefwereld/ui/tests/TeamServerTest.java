// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.ui.tests;

import nl.leefwereld.testsupport.ui.UiTestSupport;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static nl.leefwereld.testsupport.ui.UiTestSupport.openStore;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
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
import nl.leefwereld.store.StoreException;
import nl.leefwereld.store.StoreOptions;
import nl.leefwereld.store.TeamServer;
import nl.leefwereld.ui.WorkbenchStore;
import nl.leefwereld.ui.security.Messages;
import nl.leefwereld.ui.security.TeamServerConnection;
import nl.leefwereld.ui.security.TeamServerDialog;
import nl.leefwereld.ui.security.TeamServers;

/**
 * The workbench on a team server: a real Derby network server on loopback in this JVM, the workbench connected
 * to it by URL as a user, its data saved there; a wrong password leaves the workbench on its own database.
 */
class TeamServerTest {

    @Test
    void addressesAreCheckedBeforeConnecting() {
        assertEquals(NLS.bind(Messages.Team_badPrefix, "postgresql://", "jdbc:derby://"),
                TeamServers.check("http://server/db", "sanne"));
        // an organisation database on PostgreSQL: checked certificate unless the address says otherwise
        assertNull(TeamServers.check("postgresql://db.example.nl:5432/leefwereld", "sanne"));
        assertNull(TeamServers.check("postgresql://db.example.nl/leefwereld?sslmode=require", "sanne"));
        assertEquals(NLS.bind(Messages.Team_badServerForm, TeamServers.SERVER_URL_EXAMPLE),
                TeamServers.check("postgresql://db.example.nl:5432/", "sanne"), "no database");
        assertEquals(Messages.Team_badSslMode, TeamServers.check("postgresql://db.example.nl/leefwereld?sslmode=ja", "sanne"));
        assertEquals(Messages.Team_verified, TeamServers.describeSecurity("postgresql://db.example.nl/leefwereld"));
        assertEquals(Messages.Team_plain, TeamServers.describeSecurity("postgresql://db.example.nl/leefwereld?sslmode=disable"));
        assertEquals(NLS.bind(Messages.Team_badForm, TeamServers.URL_EXAMPLE),
                TeamServers.check("jdbc:derby://server/db", "sanne"), "no port");
        assertEquals(Messages.Team_noUser, TeamServers.check("jdbc:derby://server:1527//srv/db", " "));
        assertNull(TeamServers.check("jdbc:derby://server.example.nl:1527//srv/leefwereld/db", "sanne"));
        assertNull(TeamServers.check("jdbc:derby://server.example.nl:1527//srv/leefwereld/db;ssl=basic", "sanne"));
        assertEquals(Messages.Team_badSsl,
                TeamServers.check("jdbc:derby://server.example.nl:1527//srv/leefwereld/db;ssl=ja", "sanne"));
    }

    @Test
    void theDialogSaysWhetherTheConnectionWillBeEncrypted() {
        Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
        TeamServerDialog dialog = new TeamServerDialog(shell, "jdbc:derby://server.example.nl:1527//srv/db", "sanne",
                null);
        dialog.setBlockOnOpen(false);
        dialog.open();
        try {
            Text address = UiTestSupport.controls(dialog.getShell(), Text.class).stream()
                    .filter(t -> t.getText().startsWith("jdbc:derby://")).findFirst().orElseThrow();
            assertTrue(labels(dialog.getShell()).contains(Messages.Team_plain), labels(dialog.getShell()).toString());
            address.setText("jdbc:derby://server.example.nl:1527//srv/db;ssl=basic");
            assertTrue(labels(dialog.getShell()).contains(Messages.Team_encrypted));
            address.setText("jdbc:derby://server.example.nl:1527//srv/db;ssl=peerAuthentication");
            assertTrue(labels(dialog.getShell()).contains(Messages.Team_verified));
            address.setText("jdbc:derby://server.example.nl:1527//srv/db;ssl=ja");
            assertTrue(labels(dialog.getShell()).contains(Messages.Team_badSsl));
        } finally {
            dialog.close();
        }
    }

    @Test
    void theWorkbenchWorksOnATeamServerAndAWrongPasswordChangesNothing() throws Exception {
        WorkbenchStore store = openStore();
        Path ownFolder = store.folder();
        Path teamFolder = Files.createTempDirectory("leefwereld-team");
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        try (TeamServer server = TeamServer.start(teamFolder.resolve("db"), StoreOptions.defaults(), "127.0.0.1", port,
                Map.of("sanne", "Sanne-wachtwoord-1".toCharArray()))) {
            StoreException refused = assertThrows(StoreException.class,
                    () -> store.openRemote(server.url(), "sanne", "fout".toCharArray()));
            assertTrue(refused.getMessage().contains("sanne"), refused.getMessage());
            assertEquals(ownFolder, store.folder(), "still on its own database");
            assertNull(store.server());
            store.store().countClients();

            Display display = PlatformUI.getWorkbench().getDisplay();
            AtomicReference<Boolean> connected = new AtomicReference<>();
            new TeamServerConnection(store, display, connected::set).connect(server.url(), "sanne",
                    "Sanne-wachtwoord-1".toCharArray(), false);
            UiTestSupport.waitUntil(() -> connected.get() != null, "the workbench connects");
            assertEquals(Boolean.TRUE, connected.get());
            assertEquals(server.url(), store.server());
            assertTrue(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell().getText().contains("sanne"),
                    "the window says where the data is");

            Client client = ModelFactory.eINSTANCE.createClient();
            client.setId(UUID.randomUUID().toString());
            client.setDisplayName("Teamcliënt");
            store.store().saveClient(client);
            var events = store.store().auditEvents(client.getId());
            assertTrue(!events.isEmpty() && events.stream().allMatch(e -> e.user().equalsIgnoreCase("sanne")),
                    "the server's audit log records the user: " + events);
        } finally {
            store.open(ownFolder);
            TeamServerConnection.showLocation(store);
        }
        assertNull(store.server());
        assertTrue(store.store().listClients().stream().noneMatch(c -> "Teamcliënt".equals(c.getDisplayName())),
                "the team's client is not in this computer's database");
    }

    private static List<String> labels(Composite parent) {
        return UiTestSupport.controls(parent, Label.class).stream().map(Label::getText).toList();
    }
}
