// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.store.tests;

/** {@link MemoStoreTest} against a real PostgreSQL (the test cluster of {@link nl.leefwereld.testsupport.PostgresServer}). */
class MemoStorePostgresTest extends MemoStoreTest {

    @Override
    boolean postgres() {
        return true;
    }
}
