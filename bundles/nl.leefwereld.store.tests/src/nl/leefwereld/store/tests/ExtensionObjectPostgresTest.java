// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.store.tests;

/** {@link ExtensionObjectTest} against a real PostgreSQL (the test cluster of {@link nl.leefwereld.testsupport.PostgresServer}). */
class ExtensionObjectPostgresTest extends ExtensionObjectTest {

    @Override
    boolean postgres() {
        return true;
    }
}
