// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.method.stress.tests;

import java.util.List;

import nl.leefwereld.testsupport.HostileFileTestBase;

/**
 * {@code leefwereld stress letter} refuses a FIFO, /dev/zero and a huge sparse file with a message naming the file: no
 * hang, no out-of-memory, and the database is not opened.
 */
public class HostileFileTest extends HostileFileTestBase {

    @Override
    protected List<String> command() {
        return List.of("stress", "letter"); //$NON-NLS-1$ //$NON-NLS-2$
    }
}
