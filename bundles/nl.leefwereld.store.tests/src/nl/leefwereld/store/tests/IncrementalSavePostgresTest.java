// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.store.tests;

/** {@link IncrementalSaveTest} against a real PostgreSQL (the test cluster of {@link nl.leefwereld.testsupport.PostgresServer}). */
class IncrementalSavePostgresTest extends IncrementalSaveTest {

    @Override
    boolean postgres() {
        return true;
    }
}
