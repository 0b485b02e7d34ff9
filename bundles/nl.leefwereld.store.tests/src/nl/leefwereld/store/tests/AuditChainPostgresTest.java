// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.store.tests;

/** {@link AuditChainTest} against a real PostgreSQL (the test cluster of {@link nl.leefwereld.testsupport.PostgresServer}). */
class AuditChainPostgresTest extends AuditChainTest {

    @Override
    boolean postgres() {
        return true;
    }
}
