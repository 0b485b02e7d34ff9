// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.store.tests;

/** {@link RoundTripTest} against a real PostgreSQL (the test cluster of {@link nl.leefwereld.testsupport.PostgresServer}). */
class RoundTripPostgresTest extends RoundTripTest {

    @Override
    boolean postgres() {
        return true;
    }
}
