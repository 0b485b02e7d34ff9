package nl.leefwereld.store.tests;

import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import nl.leefwereld.model.Client;
import nl.leefwereld.model.Conversation;
import nl.leefwereld.store.AuditEvent;
import nl.leefwereld.store.ConversationStore;
import nl.leefwereld.store.StoreConflictException;
import nl.leefwereld.store.StoreException;
import nl.leefwereld.store.StoreOptions;
import nl.leefwereld.store.Stores;
import nl.leefwereld.store.TeamServer;

/**
 * Run in a separate JVM (plain class path with derbynet and derbyclient) by {@link TeamModeTest}: starts a team
 * server on loopback and works with two network clients on the same conversation. Prints one line per finding.
 */
public final class TeamModeMain {

    private TeamModeMain() {
    }

    public static void main(String[] args) throws Exception {
        Path db = Path.of(args[0]);
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Map<String, char[]> users = new LinkedHashMap<>();
        users.put("sanne", "Sanne-wachtwoord-1".toCharArray());
        users.put("johan", "Johan-wachtwoord-2".toCharArray());
        StoreOptions options = StoreOptions.defaults().withBootPassword("Team-database-Utrecht".toCharArray());
        try (TeamServer server = TeamServer.start(db, options, "127.0.0.1", port, users)) {
            System.out.println("URL " + server.url());
            Client client = TestData.client("Yara Koster");
            Conversation original = Talk.keukentafel(client, "Ik zoek een andere woning dichter bij mijn moeder.");
            try (ConversationStore sanne = Stores.openRemote(server.url(), "sanne", "Sanne-wachtwoord-1".toCharArray());
                    ConversationStore johan = Stores.openRemote(server.url(), "johan", "Johan-wachtwoord-2".toCharArray())) {
                sanne.saveClient(client);
                sanne.saveConversation(original);
                System.out.println("JOHAN SEES " + johan.countClients());
                Conversation hers = sanne.loadConversation(original.getId());
                Conversation his = johan.loadConversation(original.getId());
                hers.getUtterances().get(2).setText("Wat zou de eerste stap zijn om te gaan kijken?");
                sanne.saveConversation(hers);
                his.getUtterances().get(2).setText("Zullen we de woningcorporatie samen bellen?");
                try {
                    johan.saveConversation(his);
                    System.out.println("NO CONFLICT");
                } catch (StoreConflictException e) {
                    System.out.println("CONFLICT " + e.getMessage());
                }
                System.out.println("TEXT " + johan.loadConversation(original.getId()).getUtterances().get(2).getText());
                Conversation again = johan.loadConversation(original.getId());
                again.getUtterances().get(4).setText("Ik bel de woningcorporatie morgen samen met u.");
                johan.saveConversation(again);
                System.out.println("RELOADED SAVE " + sanne.loadConversation(original.getId()).getUtterances().get(4).getText());
                for (AuditEvent event : sanne.auditEvents(client.getId())) {
                    System.out.println("AUDIT " + event.user() + " " + event.action());
                }
            }
            try {
                Stores.openRemote(server.url(), "johan", "fout-wachtwoord".toCharArray()).close();
                System.out.println("WRONG PASSWORD ACCEPTED");
            } catch (StoreException e) {
                System.out.println("REFUSED " + e.getMessage());
            }
            try {
                Stores.openEmbedded(db, "Team-database-Utrecht".toCharArray()).close();
                System.out.println("EMBEDDED OPENED");
            } catch (StoreException e) {
                System.out.println("EMBEDDED " + e.getMessage());
            }
        }
        try {
            Stores.openRemote("jdbc:derby://127.0.0.1:" + port + "/" + db.toAbsolutePath(), "sanne",
                    "Sanne-wachtwoord-1".toCharArray()).close();
            System.out.println("STILL SERVING");
        } catch (StoreException e) {
            System.out.println("STOPPED " + e.getMessage());
        }
        System.out.println("DONE");
        System.out.flush();
        System.exit(0);
    }
}
