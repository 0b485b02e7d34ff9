// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.method.relation.tests;

import static nl.leefwereld.method.relation.model.Answer.MAYBE;
import static nl.leefwereld.method.relation.model.Answer.NO;
import static nl.leefwereld.method.relation.model.Answer.YES;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

import nl.leefwereld.method.relation.Markers;
import nl.leefwereld.method.relation.RelationTypes;
import nl.leefwereld.method.relation.model.RelationType;

/** The derivation table of seed 002 and the reading of scaling answers. */
public class DerivationTest {

    @Test
    public void typesFollowTheThreeQuestions() {
        // seed 002: bezoeker maybe/no/no, klant yes/yes/yes
        assertEquals(RelationType.VISITOR, RelationTypes.derive(MAYBE, NO, NO));
        assertEquals(RelationType.CUSTOMER, RelationTypes.derive(YES, YES, YES));
        // the klager has a problem (and often asks for help) but sees no share of his own yet
        assertEquals(RelationType.COMPLAINANT, RelationTypes.derive(YES, YES, NO));
        assertEquals(RelationType.COMPLAINANT, RelationTypes.derive(YES, NO, MAYBE));
        assertEquals(RelationType.COMPLAINANT, RelationTypes.derive(MAYBE, YES, NO));
        assertEquals(RelationType.VISITOR, RelationTypes.derive(NO, NO, NO));
        assertEquals(RelationType.VISITOR, RelationTypes.derive(NO, MAYBE, MAYBE));
        // a share in the solution without a denied problem is a customer; with a denied problem it is not
        assertEquals(RelationType.CUSTOMER, RelationTypes.derive(MAYBE, NO, YES));
        assertEquals(RelationType.VISITOR, RelationTypes.derive(NO, NO, YES));
        assertEquals(RelationType.VISITOR, RelationTypes.derive(null, null, null));
    }

    @Test
    public void typesAreParsedInDutchAndEnglish() {
        assertEquals(RelationType.VISITOR, RelationTypes.parse("Bezoeker"));
        assertEquals(RelationType.COMPLAINANT, RelationTypes.parse("complainant"));
        assertEquals(RelationType.CUSTOMER, RelationTypes.parse(" klant "));
        assertNull(RelationTypes.parse("cliënt"));
    }

    @Test
    public void scalingAnswersAreReadAsNumbers() {
        assertEquals(3, Markers.scaleAnswer("Een drie, denk ik."));
        assertEquals(6, Markers.scaleAnswer("Op een zes."));
        assertEquals(4, Markers.scaleAnswer("Vier."));
        assertEquals(7, Markers.scaleAnswer("Ik zit nu op 7, misschien 8."));
        assertEquals(10, Markers.scaleAnswer("Tien!"));
        assertEquals(5, Markers.scaleAnswer("I'd say five."));
        assertEquals(1, Markers.scaleAnswer("Eén."));
        assertNull(Markers.scaleAnswer("Geen idee, eerlijk gezegd."));
        assertNull(Markers.scaleAnswer("Dat is een moeilijke vraag."));
    }
}
