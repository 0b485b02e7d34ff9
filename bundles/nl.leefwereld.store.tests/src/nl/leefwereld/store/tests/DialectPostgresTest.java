// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.store.tests;

/** {@link DialectTest} against a real PostgreSQL. */
class DialectPostgresTest extends DialectTest {

    @Override
    boolean postgres() {
        return true;
    }
}
