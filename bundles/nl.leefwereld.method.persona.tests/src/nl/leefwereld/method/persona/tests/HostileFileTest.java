// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.method.persona.tests;

import java.util.List;

import nl.leefwereld.testsupport.HostileFileTestBase;

/**
 * {@code leefwereld persona import} refuses a FIFO, /dev/zero and a huge sparse file with a message naming the file: no
 * hang, no out-of-memory, and the database is not opened.
 */
public class HostileFileTest extends HostileFileTestBase {

    @Override
    protected List<String> command() {
        return List.of("persona", "import"); //$NON-NLS-1$ //$NON-NLS-2$
    }
}
