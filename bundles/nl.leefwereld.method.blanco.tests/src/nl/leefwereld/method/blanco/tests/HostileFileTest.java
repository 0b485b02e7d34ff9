// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.method.blanco.tests;

import java.util.List;

import nl.leefwereld.testsupport.HostileFileTestBase;

/**
 * {@code leefwereld blanco check} refuses a FIFO, /dev/zero and a huge sparse file with a message naming the file: no
 * hang, no out-of-memory, and the database is not opened.
 */
public class HostileFileTest extends HostileFileTestBase {

    @Override
    protected List<String> command() {
        return List.of("blanco", "check"); //$NON-NLS-1$ //$NON-NLS-2$
    }
}
