// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.method.blanco;

import java.io.PrintStream;
import java.util.Comparator;
import java.util.List;

import org.eclipse.osgi.util.NLS;

import nl.leefwereld.core.io.JsonWriter;
import nl.leefwereld.method.blanco.model.FilmEvent;
import nl.leefwereld.method.blanco.model.LifeFilm;
import nl.leefwereld.method.blanco.model.NetworkPerson;

/** The film as text (timeline, then the network from close to far) or JSON, for the command line. */
public final class FilmFormat {

    private FilmFormat() {
    }

    /** The people from close to far, as the client sees them; in order of entry among equals. */
    public static List<NetworkPerson> network(LifeFilm film) {
        return film.getPeople().stream().sorted(Comparator.comparingInt(NetworkPerson::getCloseness)).toList();
    }

    public static void text(String clientName, LifeFilm film, PrintStream out) {
        out.println(NLS.bind(Messages.Film_title, clientName));
        out.println(Messages.Film_timeline);
        List<FilmEvent> timeline = Films.timeline(film);
        if (timeline.isEmpty()) {
            out.println("  " + Messages.Film_noEvents); //$NON-NLS-1$
        }
        for (FilmEvent e : timeline) {
            out.println(NLS.bind("  {0}  {1}", pad(e.getWhen() == null ? "?" : e.getWhen(), 18), e.getWhat())); //$NON-NLS-1$ //$NON-NLS-2$
        }
        out.println(Messages.Film_network);
        List<NetworkPerson> people = network(film);
        if (people.isEmpty()) {
            out.println("  " + Messages.Film_noPeople); //$NON-NLS-1$
        }
        for (NetworkPerson p : people) {
            out.println(NLS.bind(Messages.Film_person, new Object[] { p.getName(), p.getRole(),
                    p.getRelation() == null ? "-" : p.getRelation(), Integer.valueOf(p.getCloseness()), //$NON-NLS-1$
                    p.isSupport() ? Messages.Film_yes : Messages.Film_no }));
        }
    }

    public static String json(String clientId, String clientName, LifeFilm film) {
        StringBuilder b = new StringBuilder();
        JsonWriter w = new JsonWriter(b);
        w.beginObject().field("client", clientId).field("name", clientName); //$NON-NLS-1$ //$NON-NLS-2$
        w.name("timeline").beginArray(); //$NON-NLS-1$
        for (FilmEvent e : Films.timeline(film)) {
            w.beginObject().field("when", e.getWhen()); //$NON-NLS-1$
            Integer year = Films.year(e);
            w.name("year"); //$NON-NLS-1$
            if (year == null) {
                w.nullValue();
            } else {
                w.value(year);
            }
            w.field("what", e.getWhat()).field("quote", e.getQuote()).endObject(); //$NON-NLS-1$ //$NON-NLS-2$
        }
        w.endArray();
        w.name("network").beginArray(); //$NON-NLS-1$
        for (NetworkPerson p : network(film)) {
            w.beginObject().field("name", p.getName()).field("role", p.getRole()) //$NON-NLS-1$ //$NON-NLS-2$
                    .field("relation", p.getRelation()).field("closeness", Integer.valueOf(p.getCloseness())) //$NON-NLS-1$ //$NON-NLS-2$
                    .field("support", p.isSupport()).field("quote", p.getQuote()).endObject(); //$NON-NLS-1$ //$NON-NLS-2$
        }
        w.endArray();
        w.endObject();
        w.finish();
        return b.toString();
    }

    private static String pad(String s, int width) {
        StringBuilder b = new StringBuilder(s);
        while (b.length() < width) {
            b.append(' ');
        }
        return b.toString();
    }
}
