// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.store.tests;

/** {@link ConflictTest} against a real PostgreSQL (the test cluster of {@link nl.leefwereld.testsupport.PostgresServer}). */
class ConflictPostgresTest extends ConflictTest {

    @Override
    boolean postgres() {
        return true;
    }
}
