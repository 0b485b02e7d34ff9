// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.store.tests;

/** {@link ErasureTest} against a real PostgreSQL (the test cluster of {@link nl.leefwereld.testsupport.PostgresServer}). */
class ErasurePostgresTest extends ErasureTest {

    @Override
    boolean postgres() {
        return true;
    }
}
