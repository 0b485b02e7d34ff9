// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.store.tests;

/** {@link SchemaTest} against a real PostgreSQL (the test cluster of {@link nl.leefwereld.testsupport.PostgresServer}). */
class SchemaPostgresTest extends SchemaTest {

    @Override
    boolean postgres() {
        return true;
    }
}
