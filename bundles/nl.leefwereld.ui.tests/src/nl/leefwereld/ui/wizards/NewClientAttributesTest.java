// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.ui.wizards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.junit.jupiter.api.Test;

import nl.leefwereld.model.ClientAttribute;

/** The optional attributes of the New Client wizard: one {@code name = value} per line. */
public class NewClientAttributesTest {

    @Test
    void linesBecomeAttributesAndBlankLinesAreSkipped() {
        List<ClientAttribute> attributes = NewClientWizard.attributes("leeftijdsgroep = 25-35\n\n  wijk=Oost  \r\nhuishouden = alleenstaand, 2 kinderen");
        assertEquals(3, attributes.size());
        assertEquals("leeftijdsgroep", attributes.get(0).getName());
        assertEquals("25-35", attributes.get(0).getValue());
        assertEquals("wijk", attributes.get(1).getName());
        assertEquals("Oost", attributes.get(1).getValue());
        assertEquals("alleenstaand, 2 kinderen", attributes.get(2).getValue());
    }

    @Test
    void aLineWithoutNameAndValueIsReported() {
        assertNull(NewClientWizard.firstBadAttributeLine("wijk = Oost\n\n"));
        assertEquals("alleenstaand", NewClientWizard.firstBadAttributeLine("wijk = Oost\n alleenstaand \n"));
        assertEquals("= 25", NewClientWizard.firstBadAttributeLine("= 25"));
    }
}
