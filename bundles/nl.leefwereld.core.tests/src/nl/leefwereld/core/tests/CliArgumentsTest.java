// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import nl.leefwereld.core.cli.CliArguments;
import nl.leefwereld.core.cli.CliUsageException;

public class CliArgumentsTest {

    @Test
    public void optionsFlagsAndPositionals() throws Exception {
        CliArguments a = CliArguments.parse(List.of("bestand.txt", "--client", "c1", "--title=Mijn titel", "--dry", "--", "--raar"),
                Set.of("--client", "--title"), Set.of("--dry"));
        assertEquals("c1", a.option("--client"));
        assertEquals("Mijn titel", a.option("--title"));
        assertTrue(a.flag("--dry"));
        assertNull(a.option("--trajectory"));
        assertEquals(List.of("bestand.txt", "--raar"), a.positionals());
    }

    @Test
    public void unknownOptionAndMissingValueFail() {
        assertThrows(CliUsageException.class, () -> CliArguments.parse(List.of("--onbekend"), Set.of(), Set.of()));
        CliUsageException e = assertThrows(CliUsageException.class,
                () -> CliArguments.parse(List.of("x", "--client"), Set.of("--client"), Set.of()));
        assertTrue(e.getMessage().contains("--client"));
    }
}
