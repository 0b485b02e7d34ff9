// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.store.tests;

/** {@link AuditTest} against a real PostgreSQL (the test cluster of {@link nl.leefwereld.testsupport.PostgresServer}). */
class AuditPostgresTest extends AuditTest {

    @Override
    boolean postgres() {
        return true;
    }
}
