// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.method.persona.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;

import nl.leefwereld.core.coding.CodeLabels;
import nl.leefwereld.method.persona.PersonaBuilder;
import nl.leefwereld.method.persona.PersonaInput;
import nl.leefwereld.method.persona.PersonaOutput;
import nl.leefwereld.method.persona.PersonaReport;
import nl.leefwereld.method.persona.PersonaReport.Persona;
import nl.leefwereld.method.persona.PersonaReport.PersonaQuote;
import nl.leefwereld.method.persona.PersonaReport.Trait;
import nl.leefwereld.method.persona.PseudonymKey;
import nl.leefwereld.model.Client;
import nl.leefwereld.model.Conversation;
import nl.leefwereld.model.ParticipantRole;
import nl.leefwereld.model.Utterance;

/** Personas from Dutch tenants: the planted groups, their evidence (figures and own words), the minority named. */
public class PersonaBuilderTest {

    private static final PseudonymKey KEY = new PseudonymKey("0123456789abcdef0123456789abcdef".getBytes());

    private static PersonaInput input(Tenants t) {
        return PersonaInput.of(t.clients, null, KEY, new CodeLabels(List.of(Tenants.codebook())),
                new NullProgressMonitor());
    }

    @Test
    public void attributesAndThemesBecomeATableOfMixedColumns() {
        PersonaInput in = input(Tenants.make(1));
        assertEquals(94, in.table().rows());
        assertEquals(List.of("jaren in woning"), List.of(in.table().numericName(0)), "numeric when every value parses");
        assertEquals(1, in.table().numericColumns());
        assertEquals(List.of("Eenzaamheid", "Ruimtegebrek", "Taal en begrip", "Woonlasten"), in.themeNames());
        // 5 categorical attributes and 4 theme columns
        assertEquals(9, in.table().categoricalColumns());
    }

    @Test
    public void thePlantedGroupsBecomePersonasWithTheirEvidence() {
        Tenants t = Tenants.make(1);
        PersonaReport r = PersonaBuilder.build(input(t), PersonaBuilder.Settings.defaults(), null, null,
                new NullProgressMonitor());
        print(r);
        assertTrue(r.automaticK());
        List<Persona> big = r.personas().stream().filter(p -> !p.small()).toList();
        assertEquals(3, big.size(), "three groups of 30 tenants: " + r.personas());
        for (List<String> group : List.of(t.seniors, t.families, t.couples)) {
            Persona p = big.stream().filter(x -> x.members().contains(group.get(0))).findFirst().orElseThrow();
            assertTrue(p.members().containsAll(group), "a planted group stays together in persona " + p.number());
            assertTrue(p.size() <= 34, "and is not mixed with another group: " + p.size());
        }
        Persona families = big.stream().filter(x -> x.members().contains(t.families.get(0))).findFirst().orElseThrow();
        Trait household = families.traits().stream()
                .filter(x -> "huishouden".equals(x.attribute()) && "gezin met kinderen".equals(x.value())).findFirst()
                .orElseThrow(() -> new AssertionError("families distinguished by household: " + families.traits()));
        assertEquals(30, household.countIn());
        assertEquals(1.0, household.shareIn(), 1e-9);
        assertEquals(30.0 / 94, household.shareAll(), 1e-9);
        assertTrue(household.text().contains("gezin met kinderen") && household.text().contains("30"),
                household.text());
        assertTrue(families.traits().stream().anyMatch(x -> x.attribute().endsWith("Ruimtegebrek")),
                "the theme of their conversations distinguishes them: " + families.traits());
        assertTrue(families.traits().stream().anyMatch(x -> x.numeric() && x.attribute().equals("jaren in woning")
                && x.effect() < 0), "they live in their home for fewer years: " + families.traits());
    }

    @Test
    public void quotesAreTheClientsOwnWordsFromThePersona() {
        Tenants t = Tenants.make(1);
        PersonaReport r = PersonaBuilder.build(input(t), PersonaBuilder.Settings.defaults(), null, null,
                new NullProgressMonitor());
        Set<String> professional = new HashSet<>();
        Set<String> client = new HashSet<>();
        for (Client c : t.clients) {
            for (Conversation conv : c.getTrajectories().get(0).getConversations()) {
                for (Utterance u : conv.getUtterances()) {
                    (u.getSpeaker().getRole() == ParticipantRole.CLIENT ? client : professional).add(u.getText());
                }
            }
        }
        for (Persona p : r.personas()) {
            assertFalse(p.quotes().isEmpty(), "every persona has quotes: " + p.number());
            Set<String> speakers = new HashSet<>();
            for (PersonaQuote q : p.quotes()) {
                assertTrue(client.contains(q.text()), "a client's utterance: " + q.text());
                assertTrue(p.members().contains(q.clientKey()), "of a member of the persona");
                assertTrue(speakers.add(q.clientKey()), "one quote per client");
                assertFalse(q.reason().isBlank());
            }
        }
        Persona seniors = r.personas().stream().filter(x -> x.members().contains(t.seniors.get(0))).findFirst()
                .orElseThrow();
        assertTrue(seniors.quotes().stream().anyMatch(q -> List.of(Tenants.SENIOR_WORDS).contains(q.text())),
                seniors.quotes().toString());
        assertTrue(seniors.quotes().stream().anyMatch(q -> q.reason().contains("Eenzaamheid")),
                "a quote coded with the persona's theme is preferred: " + seniors.quotes());
    }

    @Test
    public void theSmallGroupOfNewcomersIsNamedNotAbsorbedInSilence() {
        Tenants t = Tenants.make(1);
        PersonaReport r = PersonaBuilder.build(input(t), PersonaBuilder.Settings.defaults(), null, null,
                new NullProgressMonitor());
        assertFalse(r.minorities().isEmpty(), "minorities named");
        String all = r.minorities().stream().map(PersonaReport.MinorityGroup::description)
                .collect(Collectors.joining("\n"));
        boolean ownSmallPersona = r.personas().stream()
                .anyMatch(p -> p.small() && p.members().containsAll(t.newcomers));
        assertTrue(ownSmallPersona || all.contains("eerste generatie"), all);
        // the same with a fixed k = 3: the newcomers are inside a persona of seniors, and still named, as one
        // group with their values together (not as separate values)
        PersonaReport three = PersonaBuilder.build(input(t), PersonaBuilder.Settings.defaults().withK(3), null, null,
                new NullProgressMonitor());
        assertEquals(3, three.personas().size());
        PersonaReport.MinorityGroup group = three.minorities().stream()
                .filter(g -> g.members().containsAll(t.newcomers) && g.members().size() == 4).findFirst()
                .orElseThrow(() -> new AssertionError(three.minorities().toString()));
        assertTrue(group.within() > 0, "found inside a persona");
        assertTrue(group.values().containsAll(List.of("migratieachtergrond = eerste generatie", "taal = ar")),
                group.values().toString());
        assertTrue(three.minorities().stream().noneMatch(g -> "taal".equals(g.attribute()) && "ar".equals(g.value())),
                "the group's values are not listed again one by one");
        // with the check inside personas off, the single values are still named
        PersonaBuilder.Settings noHidden = PersonaBuilder.Settings.defaults().withK(3);
        noHidden = new PersonaBuilder.Settings(3, noHidden.seed(), noHidden.maxK(), noHidden.minPersonaShare(),
                noHidden.silhouetteSample(), noHidden.quotesPerPersona(), noHidden.minGroupCount(),
                noHidden.maxMinorityShare(), noHidden.model(), 0);
        PersonaReport values = PersonaBuilder.build(input(t), noHidden, null, null, new NullProgressMonitor());
        assertTrue(values.minorities().stream().anyMatch(
                g -> "migratieachtergrond".equals(g.attribute()) && "eerste generatie".equals(g.value())
                        && g.count() == 4),
                values.minorities().toString());
    }

    @Test
    public void theSameSeedGivesTheSamePersonas() {
        Tenants t = Tenants.make(1);
        PersonaReport a = PersonaBuilder.build(input(t), PersonaBuilder.Settings.defaults().withSeed(7), null, null,
                new NullProgressMonitor());
        PersonaReport b = PersonaBuilder.build(input(Tenants.make(1)), PersonaBuilder.Settings.defaults().withSeed(7),
                null, null, new NullProgressMonitor());
        // conversation and utterance ids are new random UUIDs in every made set; all else must be equal
        assertEquals(stable(json(a)), stable(json(b)));
        assertTrue(json(a).contains("HUURDER-S0"));
    }

    @Test
    public void outputNamesClientsByPseudonymOrKeyedHashNeverByName() {
        Tenants t = Tenants.make(1);
        Client anonymous = t.clients.get(5);
        String id = anonymous.getId();
        anonymous.setPseudonym(null);
        PersonaReport r = PersonaBuilder.build(input(t), PersonaBuilder.Settings.defaults(), null, null,
                new NullProgressMonitor());
        String json = json(r);
        String text = text(r);
        for (Client c : t.clients) {
            assertFalse(json.contains(c.getDisplayName()), "no display name in output");
            assertFalse(text.contains(c.getDisplayName()));
            assertFalse(json.contains(c.getId()), "no internal id in output");
        }
        String hmac = KEY.hmac(id);
        assertTrue(hmac.matches("hmac:[0-9a-f]{16}"), hmac);
        assertTrue(json.contains(hmac), "a client without pseudonym is named by a keyed hash");
        assertNotEquals(hmac, new PseudonymKey("another key of 32 bytes, really!".getBytes()).hmac(id),
                "without the key the hash cannot be recomputed");
        assertTrue(json.contains("HUURDER-S1"));
    }

    @Test
    public void tooLittleDataIsAClearMessage() {
        Tenants t = Tenants.make(1);
        PersonaInput one = PersonaInput.of(t.clients.subList(0, 1), null, KEY, null, new NullProgressMonitor());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PersonaBuilder.build(one, PersonaBuilder.Settings.defaults(), null, null, null));
        assertTrue(e.getMessage().contains("1"), e.getMessage());
        PersonaInput all = input(t);
        assertThrows(IllegalArgumentException.class,
                () -> PersonaBuilder.build(all, PersonaBuilder.Settings.defaults().withK(500), null, null, null));
    }

    private static String stable(String json) {
        return json.replaceAll("\"millis\": \\d+", "").replaceAll("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", "ID");
    }

    static String json(PersonaReport r) {
        StringBuilder sb = new StringBuilder();
        PersonaOutput.json(r, sb);
        return sb.toString();
    }

    static String text(PersonaReport r) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PersonaOutput.text(r, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static void print(PersonaReport r) {
        System.out.println("Locale " + Locale.getDefault());
        System.out.println(text(r));
    }
}
