// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.method.blanco.ui;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;

import nl.leefwereld.method.blanco.Films;
import nl.leefwereld.method.blanco.model.FilmEvent;
import nl.leefwereld.method.blanco.model.LifeFilm;
import nl.leefwereld.method.blanco.model.NetworkPerson;

/**
 * The film drawn on an SWT canvas: above, the timeline (events in time order on a line); below, the network with
 * the client in the centre and the people around, their distance from the centre the closeness the client gives
 * them (1 close, 5 far), a solid line for support and a dashed one for no support.
 */
public class FilmPicture extends Canvas {

    /** Where a person is drawn; for tests and tooltips. */
    public record Node(NetworkPerson person, String label, int x, int y, double distance, boolean solid) {
    }

    /** Where an event is drawn on the timeline. */
    public record Tick(FilmEvent event, String label, int x, int y) {
    }

    private static final int MARGIN = 30;
    /** Left and right margin of the timeline: room for the labels of the first and last event. */
    private static final int TIMELINE_MARGIN = 90;
    private static final int TIMELINE_Y = 55;
    private static final int TIMELINE_HEIGHT = 125;
    /** Distance of the closest people from the client, so that their labels stay clear of his. */
    private static final int MIN_RADIUS = 45;

    private LifeFilm film;
    private String clientName = ""; //$NON-NLS-1$

    public FilmPicture(Composite parent) {
        super(parent, SWT.DOUBLE_BUFFERED | SWT.BORDER);
        setBackground(getDisplay().getSystemColor(SWT.COLOR_LIST_BACKGROUND));
        addPaintListener(e -> paint(e.gc));
    }

    public void setFilm(String clientName, LifeFilm film) {
        this.clientName = clientName == null ? "" : clientName; //$NON-NLS-1$
        this.film = film;
        redraw();
    }

    /** The timeline as laid out in the current size, left to right. */
    public List<Tick> ticks() {
        List<Tick> result = new ArrayList<>();
        if (film == null) {
            return result;
        }
        Rectangle r = getClientArea();
        List<FilmEvent> events = Films.timeline(film);
        int n = events.size();
        int y = TIMELINE_Y;
        int width = Math.max(1, r.width - 2 * TIMELINE_MARGIN);
        for (int i = 0; i < n; i++) {
            int x = n == 1 ? r.width / 2 : TIMELINE_MARGIN + i * width / (n - 1);
            FilmEvent e = events.get(i);
            result.add(new Tick(e, (e.getWhen() == null ? "?" : e.getWhen()), x, y)); //$NON-NLS-1$
        }
        return result;
    }

    /** The client's centre in the current size. */
    public Point centre() {
        Rectangle r = getClientArea();
        int top = TIMELINE_HEIGHT;
        return new Point(r.width / 2, top + Math.max(0, r.height - top) / 2);
    }

    /** The people as laid out in the current size. */
    public List<Node> nodes() {
        List<Node> result = new ArrayList<>();
        if (film == null) {
            return result;
        }
        Rectangle r = getClientArea();
        Point c = centre();
        double maxRadius = Math.max(MIN_RADIUS + 20, Math.min(r.width / 2.0, (r.height - TIMELINE_HEIGHT) / 2.0) - MARGIN);
        List<NetworkPerson> people = film.getPeople();
        int n = people.size();
        for (int i = 0; i < n; i++) {
            NetworkPerson p = people.get(i);
            double angle = 2 * Math.PI * i / n - Math.PI / 2;
            // Closeness 1 .. 5 spread evenly from MIN_RADIUS to maxRadius.
            double distance = MIN_RADIUS + (maxRadius - MIN_RADIUS) * (Films.clamp(p.getCloseness()) - Films.CLOSEST)
                    / (Films.FARTHEST - Films.CLOSEST);
            int x = (int) Math.round(c.x + distance * Math.cos(angle));
            int y = (int) Math.round(c.y + distance * Math.sin(angle));
            String label = p.getRole() == null || p.getRole().equals(p.getName()) ? p.getName()
                    : p.getName() + " (" + p.getRole() + ")"; //$NON-NLS-1$ //$NON-NLS-2$
            result.add(new Node(p, label, x, y, distance, p.isSupport()));
        }
        return result;
    }

    private void paint(GC gc) {
        gc.setAntialias(SWT.ON);
        Rectangle r = getClientArea();
        Color fg = getDisplay().getSystemColor(SWT.COLOR_LIST_FOREGROUND);
        Color accent = getDisplay().getSystemColor(SWT.COLOR_DARK_BLUE);
        Color grey = getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY);
        gc.setForeground(fg);
        gc.drawText(Messages.Film_timeline, 6, 4, true);
        gc.drawLine(MARGIN, TIMELINE_Y, Math.max(MARGIN, r.width - MARGIN), TIMELINE_Y);
        List<Tick> ticks = ticks();
        if (ticks.isEmpty()) {
            gc.setForeground(grey);
            gc.drawText(Messages.Film_noEvents, MARGIN, TIMELINE_Y + 10, true);
        }
        for (int i = 0; i < ticks.size(); i++) {
            Tick t = ticks.get(i);
            gc.setForeground(accent);
            gc.setBackground(accent);
            gc.fillOval(t.x() - 4, t.y() - 4, 8, 8);
            gc.setForeground(fg);
            Point size = gc.textExtent(t.label());
            gc.drawText(t.label(), inside(t.x() - size.x / 2, size.x, r.width), t.y() - 22, true);
            String what = shorten(t.event().getWhat(), 30);
            Point w = gc.textExtent(what);
            gc.setForeground(grey);
            gc.drawText(what, inside(t.x() - w.x / 2, w.x, r.width), i % 2 == 0 ? t.y() + 8 : t.y() + 26, true);
        }
        gc.setForeground(fg);
        gc.drawText(Messages.Film_network, 6, TIMELINE_HEIGHT - 18, true);

        Point c = centre();
        for (Node n : nodes()) {
            gc.setForeground(n.solid() ? accent : grey);
            gc.setLineStyle(n.solid() ? SWT.LINE_SOLID : SWT.LINE_DASH);
            gc.setLineWidth(n.solid() ? 2 : 1);
            gc.drawLine(c.x, c.y, n.x(), n.y());
        }
        gc.setLineStyle(SWT.LINE_SOLID);
        gc.setLineWidth(1);
        for (Node n : nodes()) {
            gc.setBackground(n.solid() ? accent : grey);
            gc.fillOval(n.x() - 6, n.y() - 6, 12, 12);
            gc.setForeground(fg);
            Point size = gc.textExtent(n.label());
            // Label on the far side of the node, away from the lines to the client.
            int ly = n.y() < c.y ? n.y() - 8 - size.y : n.y() + 8;
            int lx = n.x() < c.x - 5 ? n.x() - size.x - 4 : n.x() > c.x + 5 ? n.x() + 4 : n.x() - size.x / 2;
            gc.drawText(n.label(), inside(lx, size.x, r.width), ly, true);
        }
        gc.setBackground(getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
        gc.fillOval(c.x - 10, c.y - 10, 20, 20);
        gc.setForeground(fg);
        Point size = gc.textExtent(clientName);
        gc.drawText(clientName, c.x - size.x / 2, c.y + 12, true);
    }

    /** {@code x} moved so that a text of {@code width} pixels stays inside the canvas. */
    private static int inside(int x, int width, int canvasWidth) {
        return Math.max(2, Math.min(x, canvasWidth - width - 2));
    }

    private static String shorten(String s, int max) {
        if (s == null) {
            return ""; //$NON-NLS-1$
        }
        return s.length() <= max ? s : s.substring(0, max - 1) + '\u2026';
    }
}
