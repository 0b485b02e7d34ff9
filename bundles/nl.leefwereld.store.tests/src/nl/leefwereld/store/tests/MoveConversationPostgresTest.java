// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.store.tests;

/** {@link MoveConversationTest} against a real PostgreSQL (the test cluster of {@link nl.leefwereld.testsupport.PostgresServer}). */
class MoveConversationPostgresTest extends MoveConversationTest {

    @Override
    boolean postgres() {
        return true;
    }
}
