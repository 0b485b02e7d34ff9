// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.store.tests;

/** {@link CodebookStoreTest} against a real PostgreSQL (the test cluster of {@link nl.leefwereld.testsupport.PostgresServer}). */
class CodebookStorePostgresTest extends CodebookStoreTest {

    @Override
    boolean postgres() {
        return true;
    }
}
