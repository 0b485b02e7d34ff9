// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.store.tests;

/** {@link FailedSaveTest} against a real PostgreSQL (the test cluster of {@link nl.leefwereld.testsupport.PostgresServer}). */
class FailedSavePostgresTest extends FailedSaveTest {

    @Override
    boolean postgres() {
        return true;
    }
}
