// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.store.tests;

/** {@link ReadAllConversationsTest} against a real PostgreSQL (the test cluster of {@link nl.leefwereld.testsupport.PostgresServer}). */
class ReadAllConversationsPostgresTest extends ReadAllConversationsTest {

    @Override
    boolean postgres() {
        return true;
    }
}
