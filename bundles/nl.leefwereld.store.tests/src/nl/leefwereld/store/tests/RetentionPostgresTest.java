// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.store.tests;

/** {@link RetentionTest} against a real PostgreSQL (the test cluster of {@link nl.leefwereld.testsupport.PostgresServer}). */
class RetentionPostgresTest extends RetentionTest {

    @Override
    boolean postgres() {
        return true;
    }
}
