// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.method.blanco;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.osgi.util.NLS;

import nl.leefwereld.core.coding.Assessments;
import nl.leefwereld.core.coding.Coders;
import nl.leefwereld.method.blanco.model.FilmEvent;
import nl.leefwereld.method.blanco.model.LifeFilm;
import nl.leefwereld.method.blanco.model.NetworkPerson;
import nl.leefwereld.model.Client;
import nl.leefwereld.report.ReportBuilder;
import nl.leefwereld.report.ReportContribution;
import nl.leefwereld.report.ReportDocument;
import nl.leefwereld.report.ReportDocument.Picture;
import nl.leefwereld.report.ReportInput;
import nl.leefwereld.report.chart.Charts;

/**
 * The blanco film of a client ({@code leefwereld report blanco <client-id>}): the timeline and the network as pictures
 * (drawn as in the Film view) and as tables. Without a stored film, the film suggested from the conversations, said so.
 */
public class FilmReport implements ReportContribution {

    private static final Color ACCENT = new Color(0x1f, 0x3a, 0x93);
    private static final Color GREY = new Color(0x77, 0x77, 0x77);
    private static final Color CLIENT = new Color(0x9b, 0x1c, 0x1c);

    @Override
    public ReportDocument build(ReportInput input, IProgressMonitor monitor) {
        Client client = input.loadedClient();
        String name = input.clientName();
        ReportBuilder r = new ReportBuilder(NLS.bind(Messages.Report_title, name));
        r.note(Messages.Report_purpose);
        LifeFilm film = Assessments.latest(client, LifeFilm.class);
        if (film == null) {
            film = Films.create(Coders.currentUser(), new Date());
            FilmExtractor.Suggestions s = new FilmExtractor().extract(input.conversations());
            film.getEvents().addAll(s.events());
            film.getPeople().addAll(s.people());
            r.paragraph(Messages.Report_suggested);
        }
        List<FilmEvent> events = Films.timeline(film);
        r.heading(Messages.Report_timeline);
        if (events.isEmpty()) {
            r.paragraph(Messages.Film_noEvents);
        } else {
            r.picture(timeline(events));
            List<List<String>> rows = new ArrayList<>();
            for (FilmEvent e : events) {
                rows.add(List.of(e.getWhen() == null ? "?" : e.getWhen(), text(e.getWhat()), text(e.getQuote()))); //$NON-NLS-1$
            }
            r.table(List.of(Messages.Report_when, Messages.Report_what, Messages.Report_quote), rows);
        }
        List<NetworkPerson> people = FilmFormat.network(film);
        r.heading(Messages.Report_network);
        if (people.isEmpty()) {
            r.paragraph(Messages.Film_noPeople);
        } else {
            r.picture(network(name, film.getPeople()));
            List<List<String>> rows = new ArrayList<>();
            for (NetworkPerson p : people) {
                rows.add(List.of(text(p.getName()), text(p.getRole()), text(p.getRelation()),
                        Integer.toString(p.getCloseness()), p.isSupport() ? Messages.Film_yes : Messages.Film_no));
            }
            r.table(List.of(Messages.Report_name, Messages.Report_role, Messages.Report_relation, Messages.Report_closeness,
                    Messages.Report_support), rows);
        }
        return r.source(BlancoMethod.METHOD_ID).build();
    }

    /** The events on a line, labels above, what happened below (alternating, so neighbours do not overlap). */
    private static Picture timeline(List<FilmEvent> events) {
        int width = 480;
        int height = 110;
        return Charts.draw(width, height, Messages.Report_timelineCaption, g -> {
            int n = events.size();
            double left = 40;
            double right = width - 40;
            double y = 45;
            g.setColor(Color.DARK_GRAY);
            g.setStroke(new BasicStroke(1f));
            g.draw(new Line2D.Double(20, y, width - 20, y));
            g.setFont(Charts.font(false, 7));
            FontMetrics fm = g.getFontMetrics();
            double slot = n == 1 ? right - left : (right - left) / (n - 1);
            int room = (int) Math.max(40, Math.min(140, slot * 2 - 6));
            for (int i = 0; i < n; i++) {
                FilmEvent e = events.get(i);
                double x = n == 1 ? width / 2.0 : left + i * slot;
                g.setColor(ACCENT);
                g.fill(new Ellipse2D.Double(x - 3.5, y - 3.5, 7, 7));
                g.setColor(Color.DARK_GRAY);
                String when = Charts.fit(e.getWhen() == null ? "?" : e.getWhen(), fm, room); //$NON-NLS-1$
                float wx = (float) clamp(x - fm.stringWidth(when) / 2.0, fm.stringWidth(when), width);
                g.drawString(when, wx, (float) (i % 2 == 0 ? y - 10 : y - 22));
                g.setColor(GREY);
                String what = Charts.fit(text(e.getWhat()), fm, room);
                g.drawString(what, (float) clamp(x - fm.stringWidth(what) / 2.0, fm.stringWidth(what), width),
                        (float) (i % 2 == 0 ? y + 18 : y + 32));
            }
        });
    }

    /** The client in the middle, each person around at a distance by closeness; a solid line for support. */
    private static Picture network(String clientName, List<NetworkPerson> people) {
        int width = 480;
        int height = 320;
        return Charts.draw(width, height, Messages.Report_networkCaption, g -> {
            double cx = width / 2.0;
            double cy = height / 2.0;
            double min = 45;
            double max = height / 2.0 - 28;
            int n = people.size();
            g.setFont(Charts.font(false, 7.5f));
            FontMetrics fm = g.getFontMetrics();
            double[][] at = new double[n][];
            for (int i = 0; i < n; i++) {
                NetworkPerson p = people.get(i);
                double angle = 2 * Math.PI * i / n - Math.PI / 2;
                double d = min + (max - min) * (Films.clamp(p.getCloseness()) - Films.CLOSEST) / (Films.FARTHEST - Films.CLOSEST);
                at[i] = new double[] { cx + d * Math.cos(angle) * 1.4, cy + d * Math.sin(angle) };
                g.setColor(p.isSupport() ? ACCENT : GREY);
                g.setStroke(p.isSupport() ? new BasicStroke(1.6f)
                        : new BasicStroke(0.8f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, new float[] { 3, 3 }, 0));
                g.draw(new Line2D.Double(cx, cy, at[i][0], at[i][1]));
            }
            for (int i = 0; i < n; i++) {
                NetworkPerson p = people.get(i);
                g.setColor(p.isSupport() ? ACCENT : GREY);
                g.fill(new Ellipse2D.Double(at[i][0] - 5, at[i][1] - 5, 10, 10));
                String label = p.getRole() == null || p.getRole().equals(p.getName()) ? text(p.getName())
                        : text(p.getName()) + " (" + p.getRole() + ')'; //$NON-NLS-1$
                label = Charts.fit(label, fm, 150);
                double lx = at[i][0] < cx - 5 ? at[i][0] - fm.stringWidth(label) - 8
                        : at[i][0] > cx + 5 ? at[i][0] + 8 : at[i][0] - fm.stringWidth(label) / 2.0;
                double ly = at[i][1] < cy ? at[i][1] - 8 : at[i][1] + 16;
                g.setColor(Color.DARK_GRAY);
                g.drawString(label, (float) clamp(lx, fm.stringWidth(label), width), (float) ly);
            }
            g.setColor(CLIENT);
            g.fill(new Ellipse2D.Double(cx - 8, cy - 8, 16, 16));
            g.setColor(Color.BLACK);
            g.setFont(Charts.font(true, 8));
            String name = Charts.fit(clientName, g.getFontMetrics(), 160);
            g.drawString(name, (float) (cx - g.getFontMetrics().stringWidth(name) / 2.0), (float) (cy + 20));
        });
    }

    private static double clamp(double x, int textWidth, int width) {
        return Math.max(2, Math.min(x, width - textWidth - 2));
    }

    private static String text(String s) {
        return s == null ? "" : s; //$NON-NLS-1$
    }
}
