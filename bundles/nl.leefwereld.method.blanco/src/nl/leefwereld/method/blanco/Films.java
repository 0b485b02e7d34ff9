// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.method.blanco;

import java.util.ArrayList;
import java.util.Calendar;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.TimeZone;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.leefwereld.method.blanco.model.BlancoFactory;
import nl.leefwereld.method.blanco.model.FilmEvent;
import nl.leefwereld.method.blanco.model.LifeFilm;
import nl.leefwereld.method.blanco.model.NetworkPerson;

/** The film of the client's life: finding and creating it, ordering its events in time. Headless, no state. */
public final class Films {

    /** Closeness as the client sees it: 1 = closest, 5 = far away. */
    public static final int CLOSEST = 1;
    public static final int FARTHEST = 5;

    /** Free "when" texts that belong before every dated event: childhood. */
    private static final Pattern CHILDHOOD = Pattern.compile("(?iu)\\b(als\\s+kind|jeugd|kindertijd|basisschool|" //$NON-NLS-1$
            + "as\\s+a\\s+child|childhood)\\b"); //$NON-NLS-1$
    private static final Pattern YEAR = Pattern.compile("\\b(19\\d\\d|20\\d\\d)\\b"); //$NON-NLS-1$

    private Films() {
    }

    public static LifeFilm create(String assessor, Date created) {
        LifeFilm f = BlancoFactory.eINSTANCE.createLifeFilm();
        f.setId(UUID.randomUUID().toString());
        f.setMethodId(BlancoMethod.METHOD_ID);
        f.setAssessor(assessor);
        f.setCreated(created);
        return f;
    }

    public static FilmEvent event(String when, String what, String quote) {
        FilmEvent e = BlancoFactory.eINSTANCE.createFilmEvent();
        e.setId(UUID.randomUUID().toString());
        e.setWhen(when);
        e.setWhat(what);
        e.setQuote(quote);
        Integer year = year(when);
        if (year != null) {
            Calendar c = Calendar.getInstance(TimeZone.getTimeZone("UTC")); //$NON-NLS-1$
            c.clear();
            c.set(year.intValue(), Calendar.JANUARY, 1);
            e.setDate(c.getTime());
        }
        return e;
    }

    public static NetworkPerson person(String name, String role, String relation, int closeness, boolean support) {
        NetworkPerson p = BlancoFactory.eINSTANCE.createNetworkPerson();
        p.setId(UUID.randomUUID().toString());
        p.setName(name);
        p.setRole(role);
        p.setRelation(relation);
        p.setCloseness(clamp(closeness));
        p.setSupport(support);
        return p;
    }

    public static int clamp(int closeness) {
        return Math.max(CLOSEST, Math.min(FARTHEST, closeness));
    }

    /** The year in a free "when" text ("2019", "zomer 2021"), or {@code null}. */
    public static Integer year(String when) {
        if (when == null) {
            return null;
        }
        Matcher m = YEAR.matcher(when);
        return m.find() ? Integer.valueOf(m.group(1)) : null;
    }

    /** The year of an event: its date, else a year in its "when" text, else {@code null}. */
    public static Integer year(FilmEvent e) {
        if (e.getDate() != null) {
            Calendar c = Calendar.getInstance(TimeZone.getTimeZone("UTC")); //$NON-NLS-1$
            c.setTime(e.getDate());
            return Integer.valueOf(c.get(Calendar.YEAR));
        }
        return year(e.getWhen());
    }

    /**
     * The events in time order. Dated events by date; an event with only free text ("na de scheiding") keeps its
     * place after the event entered before it (the client tells his film in order), so it takes that event's time;
     * childhood ("als kind", "jeugd") comes first.
     */
    public static List<FilmEvent> timeline(LifeFilm film) {
        record Keyed(FilmEvent event, long key, int index) {
        }
        List<Keyed> keyed = new ArrayList<>();
        long last = Long.MIN_VALUE;
        int i = 0;
        for (FilmEvent e : film.getEvents()) {
            long key;
            if (e.getDate() != null) {
                key = e.getDate().getTime();
            } else if (year(e.getWhen()) instanceof Integer y) {
                Calendar c = Calendar.getInstance(TimeZone.getTimeZone("UTC")); //$NON-NLS-1$
                c.clear();
                c.set(y.intValue(), Calendar.JANUARY, 1);
                key = c.getTimeInMillis();
            } else if (e.getWhen() != null && CHILDHOOD.matcher(e.getWhen()).find()) {
                key = Long.MIN_VALUE + 1;
            } else {
                key = last;
            }
            last = key;
            keyed.add(new Keyed(e, key, i++));
        }
        keyed.sort(Comparator.comparingLong(Keyed::key).thenComparingInt(Keyed::index));
        return keyed.stream().map(Keyed::event).toList();
    }
}
