// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.store.tests;

/** {@link ValueLengthTest} against a real PostgreSQL (the test cluster of {@link nl.leefwereld.testsupport.PostgresServer}). */
class ValueLengthPostgresTest extends ValueLengthTest {

    @Override
    boolean postgres() {
        return true;
    }
}
