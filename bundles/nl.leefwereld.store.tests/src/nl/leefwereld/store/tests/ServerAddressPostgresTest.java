// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.osgi.util.NLS;
import org.junit.jupiter.api.Test;

import nl.leefwereld.store.ConnectionSecurity;
import nl.leefwereld.store.Messages;
import nl.leefwereld.store.StoreException;
import nl.leefwereld.store.StoreOptions;
import nl.leefwereld.store.Stores;
import nl.leefwereld.testsupport.PostgresServer;

/** Addresses of an organisation database: TLS with certificate checking unless the address says otherwise. */
class ServerAddressPostgresTest extends StoreTestBase {

    @Override
    boolean postgres() {
        return true;
    }

    @Test
    void withoutSslmodeTheConnectionMustBeVerifiedTlsAndAPlainServerIsRefused() {
        String database = database(temp.resolve("db"));
        int port = PostgresServer.shared().port();
        String plain = "postgresql://127.0.0.1:" + port + "/" + database; // the test cluster speaks no TLS
        assertEquals(ConnectionSecurity.VERIFIED, ConnectionSecurity.of(plain));
        StoreException refused = assertThrows(StoreException.class, () -> Stores.openServer(plain,
                PostgresServer.SUPERUSER, PostgresServer.superuserPassword().toCharArray(), StoreOptions.defaults()));
        assertTrue(refused.getMessage().startsWith(NLS.bind(Messages.Store_serverTlsNotOffered,
                plain + "?sslmode=verify-full", "").trim()), refused.getMessage());
        assertEquals(ConnectionSecurity.ENCRYPTED, ConnectionSecurity.of(plain + "?sslmode=require"));
        assertEquals(ConnectionSecurity.PLAIN, ConnectionSecurity.of(plain + "?sslmode=disable"));
        assertEquals(null, ConnectionSecurity.of(plain + "?sslmode=ja"));
    }

    @Test
    void aWrongPasswordOrAddressGetsAClearMessage() {
        String url = url(temp.resolve("db"));
        StoreException wrong = assertThrows(StoreException.class,
                () -> Stores.openServer(url, PostgresServer.SUPERUSER, "fout".toCharArray(), StoreOptions.defaults()));
        assertEquals(NLS.bind(Messages.Store_authenticationFailed, url, PostgresServer.SUPERUSER), wrong.getMessage());
        for (String bad : new String[] { "postgresql://127.0.0.1:5432/", "postgresql://iemand:geheim@host/db",
                "postgresql://host/db?password=geheim" }) {
            StoreException e = assertThrows(StoreException.class,
                    () -> Stores.openServer(bad, "iemand", "x".toCharArray(), StoreOptions.defaults()));
            assertEquals(NLS.bind(Messages.Store_notAServerUrl, bad), e.getMessage());
        }
    }
}
