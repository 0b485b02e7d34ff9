// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.method.blanco.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.leefwereld.method.blanco.FilmExtractor;
import nl.leefwereld.method.blanco.FilmFormat;
import nl.leefwereld.method.blanco.Films;
import nl.leefwereld.method.blanco.model.FilmEvent;
import nl.leefwereld.method.blanco.model.LifeFilm;
import nl.leefwereld.method.blanco.model.NetworkPerson;

/** The film: suggestions from the client's words, the timeline in order, the network by closeness. */
public class FilmTest {

    @Test
    public void eventsAndPeopleAreSuggestedFromTheClientsOwnWords() {
        FilmExtractor.Suggestions s = new FilmExtractor().extract(List.of(BlancoTestData.parse(BlancoTestData.BLANCO)));
        List<String> when = s.events().stream().map(FilmEvent::getWhen).toList();
        assertEquals(List.of("sinds 2021", "in 2023", "In 2019"), when, s.events().stream().map(FilmEvent::getWhat).toList().toString());
        assertTrue(s.events().get(0).getQuote().contains("na de scheiding"));

        List<String> names = s.people().stream().map(NetworkPerson::getName).toList();
        assertEquals(List.of("Lisa", "Kees", "buurvrouw", "huisarts", "vrijwilliger"), names);
        NetworkPerson lisa = s.people().get(0);
        assertEquals("dochter", lisa.getRole());
        assertEquals(Films.CLOSEST, lisa.getCloseness(), "'elke dag', 'steun en toeverlaat'");
        assertTrue(lisa.isSupport(), "'steun en toeverlaat'");
        NetworkPerson kees = s.people().get(1);
        assertEquals(Films.FARTHEST, kees.getCloseness(), "'ruzie', 'nooit meer'");
        assertFalse(kees.isSupport());
        assertTrue(s.people().get(2).isSupport(), "de buurvrouw doet de boodschappen");
        assertTrue(s.people().get(4).isSupport(), "de vrijwilliger helpt met de post");
        // Nothing from the professional's questions.
        assertTrue(s.events().stream().noneMatch(e -> e.getQuote().contains("?")));
    }

    @Test
    public void theTimelineOrdersYearsAndKeepsFreeTextAfterWhatWasToldBefore() {
        LifeFilm film = Films.create("consulent", null);
        film.getEvents().add(Films.event("2021", "Verhuisd naar Zwolle", null));
        film.getEvents().add(Films.event("na de verhuizing", "Begonnen als vrijwilliger bij de voedselbank", null));
        film.getEvents().add(Films.event("1987", "Uit Suriname naar Nederland gekomen", null));
        film.getEvents().add(Films.event("zomer 2018", "Man overleden", null));
        film.getEvents().add(Films.event("als kind", "Woonde bij oma in Paramaribo", null));
        List<String> order = Films.timeline(film).stream().map(FilmEvent::getWhat).toList();
        assertEquals(List.of("Woonde bij oma in Paramaribo", "Uit Suriname naar Nederland gekomen", "Man overleden",
                "Verhuisd naar Zwolle", "Begonnen als vrijwilliger bij de voedselbank"), order);

        film.getPeople().add(Films.person("Anja", "zus", "familie", 1, true));
        film.getPeople().add(Films.person("Dokter Bos", "huisarts", "professional", 4, false));
        film.getPeople().add(Films.person("Ria", "buurvrouw", "buren", 2, true));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        FilmFormat.text("Karin", film, new PrintStream(out, true, StandardCharsets.UTF_8));
        String text = out.toString(StandardCharsets.UTF_8);
        assertTrue(text.indexOf("Paramaribo") < text.indexOf("Zwolle"), text);
        assertTrue(text.indexOf("Anja") < text.indexOf("Ria") && text.indexOf("Ria") < text.indexOf("Dokter Bos"), text);
        String json = FilmFormat.json("c1", "Karin", film);
        assertTrue(json.contains("\"year\": 1987"), json);
        assertTrue(json.contains("\"when\": \"als kind\", \"year\": null") || json.contains("\"year\": null"), json);
        assertTrue(json.contains("\"support\": true"), json);
    }
}
