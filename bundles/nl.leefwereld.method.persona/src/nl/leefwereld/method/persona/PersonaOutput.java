// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.method.persona;

import java.io.PrintStream;

import nl.leefwereld.core.io.JsonWriter;
import nl.leefwereld.method.persona.PersonaReport.MinorityGroup;
import nl.leefwereld.method.persona.PersonaReport.Persona;
import nl.leefwereld.method.persona.PersonaReport.PersonaQuote;
import nl.leefwereld.method.persona.PersonaReport.Trait;
import nl.leefwereld.method.persona.RepresentativenessReport.AttributeCheck;
import nl.leefwereld.method.persona.RepresentativenessReport.CategoryCheck;

/** Writes reports as text (in the user's language) or JSON (for scripts). */
public final class PersonaOutput {

    private PersonaOutput() {
    }

    public static void text(PersonaReport r, PrintStream out) {
        if (r.representativeness() != null) {
            representativenessWarnings(r.representativeness(), out);
        }
        out.println(Messages.bind(Messages.Output_header, new Object[] { Integer.valueOf(r.personas().size()),
                Integer.valueOf(r.clients()), Format.number(r.silhouette()), Long.valueOf(r.seed()) }));
        out.println(modelLine(r));
        if (r.automaticK()) {
            out.println(kLine(r));
        }
        for (Persona p : r.personas()) {
            out.println();
            out.println(Messages.bind(p.small() ? Messages.Output_smallPersona : Messages.Output_persona,
                    new Object[] { Integer.valueOf(p.number()), p.title(), Integer.valueOf(p.size()),
                            Format.percent(p.share()) })
                    + (Double.isNaN(p.weightedShare()) ? "" //$NON-NLS-1$
                            : ' ' + Messages.bind(Messages.Output_weighted, Format.percent(p.weightedShare()))));
            out.println("  " + Messages.Output_distinguishing); //$NON-NLS-1$
            if (p.traits().isEmpty()) {
                out.println("    " + Messages.Persona_noDistinction); //$NON-NLS-1$
            }
            for (Trait t : p.traits()) {
                out.println("    - " + t.text()); //$NON-NLS-1$
            }
            out.println("  " + Messages.Output_quotes); //$NON-NLS-1$
            if (p.quotes().isEmpty()) {
                out.println("    " + Messages.Output_noQuotes); //$NON-NLS-1$
            }
            for (PersonaQuote q : p.quotes()) {
                out.println("    \u201C" + q.text().replace('\n', ' ') + "\u201D (" + q.clientKey() + "; " + q.reason() + ")"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            }
        }
        out.println();
        if (r.minorities().isEmpty()) {
            out.println(Messages.bind(Messages.Output_noMinorities, Integer.valueOf(r.minimumSize())));
        } else {
            out.println(Messages.bind(Messages.Output_minorities, Integer.valueOf(r.minimumSize())));
            for (MinorityGroup g : r.minorities()) {
                out.println("  - " + g.description()); //$NON-NLS-1$
            }
        }
    }

    /** Which model built the personas, in the user's language. */
    public static String modelLine(PersonaReport r) {
        return r.icls() != null ? Messages.Output_modelLcaIcl : r.bics() != null ? Messages.Output_modelLca : Messages.Output_modelKPrototypes;
    }

    /** How k was chosen: BIC and silhouette of every k tried (lca), or the silhouettes (k-prototypes). */
    public static String kLine(PersonaReport r) {
        StringBuilder tried = new StringBuilder();
        for (int i = 0; i < r.ks().length; i++) {
            tried.append(i == 0 ? "" : ", ").append(r.ks()[i]).append(": "); //$NON-NLS-1$ //$NON-NLS-2$
            if (r.icls() != null) {
                tried.append(Messages.bind(Messages.Output_iclItem, new Object[] { Long.valueOf(Math.round(r.icls()[i])),
                        Long.valueOf(Math.round(r.bics()[i])), Format.number(r.silhouettes()[i]) }));
            } else if (r.bics() != null) {
                tried.append(Messages.bind(Messages.Output_bicItem, Long.valueOf(Math.round(r.bics()[i])),
                        Format.number(r.silhouettes()[i])));
            } else {
                tried.append(Format.number(r.silhouettes()[i]));
            }
        }
        return Messages.bind(r.icls() != null ? Messages.Output_icls : r.bics() != null ? Messages.Output_bics : Messages.Output_silhouettes, tried,
                Integer.valueOf(r.sampleSize()));
    }

    public static void representativenessWarnings(RepresentativenessReport r, PrintStream out) {
        for (String w : r.warnings()) {
            out.println(Messages.Output_warning + ' ' + w);
        }
        if (!r.skewed()) {
            out.println(Messages.bind(Messages.Representativeness_fine, r.set(), r.population()));
        }
    }

    public static void text(RepresentativenessReport r, PrintStream out) {
        out.println(Messages.bind(Messages.Output_representativenessHeader,
                new Object[] { r.set(), Integer.valueOf(r.clients()), r.population() }));
        for (AttributeCheck a : r.attributes()) {
            out.println();
            out.println(Messages.bind(Messages.Output_attribute, new Object[] { a.attribute(), Integer.valueOf(a.known()),
                    Integer.valueOf(a.missing()), Integer.valueOf(a.unmatched()), Format.number(a.pValue()) }));
            for (CategoryCheck c : a.categories()) {
                out.println(String.format("  %-28s %6d  %6s  %6s  %s", c.category(), Integer.valueOf(c.count()), //$NON-NLS-1$
                        Format.percent(c.share()), Format.percent(c.populationShare()), c.status().label()));
            }
        }
        out.println();
        representativenessWarnings(r, out);
    }

    public static void json(PersonaReport r, Appendable out) {
        JsonWriter w = new JsonWriter(out);
        w.beginObject();
        w.field("clients", Integer.valueOf(r.clients())); //$NON-NLS-1$
        w.field("k", Integer.valueOf(r.k())); //$NON-NLS-1$
        w.field("automaticK", r.automaticK()); //$NON-NLS-1$
        w.field("seed", Long.valueOf(r.seed())); //$NON-NLS-1$
        w.field("model", r.model()); //$NON-NLS-1$
        w.field("silhouette", number(r.silhouette())); //$NON-NLS-1$
        w.field("gamma", number(r.gamma())); //$NON-NLS-1$
        w.field("silhouetteSample", Integer.valueOf(r.sampleSize())); //$NON-NLS-1$
        w.field("millis", Long.valueOf(r.millis())); //$NON-NLS-1$
        w.name("silhouettes").beginArray(); //$NON-NLS-1$
        for (int i = 0; i < r.ks().length; i++) {
            w.beginObject().field("k", Integer.valueOf(r.ks()[i])).field("silhouette", number(r.silhouettes()[i])); //$NON-NLS-1$ //$NON-NLS-2$
            if (r.bics() != null) {
                w.field("bic", number(r.bics()[i])); //$NON-NLS-1$
            }
            if (r.icls() != null) {
                w.field("icl", number(r.icls()[i])); //$NON-NLS-1$
            }
            w.endObject();
        }
        w.endArray();
        w.field("minimumPersonaSize", Integer.valueOf(r.minimumSize())); //$NON-NLS-1$
        w.name("personas").beginArray(); //$NON-NLS-1$
        for (Persona p : r.personas()) {
            w.beginObject();
            w.field("number", Integer.valueOf(p.number())); //$NON-NLS-1$
            w.field("title", p.title()); //$NON-NLS-1$
            w.field("size", Integer.valueOf(p.size())); //$NON-NLS-1$
            w.field("share", number(p.share())); //$NON-NLS-1$
            w.field("weightedShare", number(p.weightedShare())); //$NON-NLS-1$
            w.field("small", p.small()); //$NON-NLS-1$
            w.name("traits").beginArray(); //$NON-NLS-1$
            for (Trait t : p.traits()) {
                w.beginObject().field("attribute", t.attribute()); //$NON-NLS-1$
                if (t.numeric()) {
                    w.field("meanIn", number(t.meanIn())).field("meanAll", number(t.meanAll())) //$NON-NLS-1$ //$NON-NLS-2$
                            .field("effect", number(t.effect())); //$NON-NLS-1$
                } else {
                    w.field("value", t.value()).field("count", Integer.valueOf(t.countIn())) //$NON-NLS-1$ //$NON-NLS-2$
                            .field("known", Integer.valueOf(t.knownIn())).field("shareIn", number(t.shareIn())) //$NON-NLS-1$ //$NON-NLS-2$
                            .field("shareAll", number(t.shareAll())).field("lift", number(t.lift())); //$NON-NLS-1$ //$NON-NLS-2$
                }
                w.field("text", t.text()).endObject(); //$NON-NLS-1$
            }
            w.endArray();
            w.name("quotes").beginArray(); //$NON-NLS-1$
            for (PersonaQuote q : p.quotes()) {
                w.beginObject().field("client", q.clientKey()).field("conversation", q.conversationId()) //$NON-NLS-1$ //$NON-NLS-2$
                        .field("utterance", q.utteranceId()).field("text", q.text()).field("reason", q.reason()) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                        .endObject();
            }
            w.endArray();
            w.name("members").beginArray(); //$NON-NLS-1$
            for (String m : p.members()) {
                w.value(m);
            }
            w.endArray();
            w.endObject();
        }
        w.endArray();
        w.name("minorities").beginArray(); //$NON-NLS-1$
        for (MinorityGroup g : r.minorities()) {
            w.beginObject().field("attribute", g.attribute()).field("value", g.value()) //$NON-NLS-1$ //$NON-NLS-2$
                    .field("count", Integer.valueOf(g.count())).field("share", number(g.share())) //$NON-NLS-1$ //$NON-NLS-2$
                    .field("persona", Integer.valueOf(g.persona())).field("within", Integer.valueOf(g.within())) //$NON-NLS-1$ //$NON-NLS-2$
                    .field("description", g.description()); //$NON-NLS-1$
            w.name("values").beginArray(); //$NON-NLS-1$
            for (String v : g.values()) {
                w.value(v);
            }
            w.endArray();
            w.name("members").beginArray(); //$NON-NLS-1$
            for (String m : g.members()) {
                w.value(m);
            }
            w.endArray();
            w.endObject();
        }
        w.endArray();
        if (r.representativeness() != null) {
            w.name("representativeness"); //$NON-NLS-1$
            representativeness(r.representativeness(), w);
        }
        w.endObject();
        w.finish();
    }

    public static void json(RepresentativenessReport r, Appendable out) {
        JsonWriter w = new JsonWriter(out);
        representativeness(r, w);
        w.finish();
    }

    private static void representativeness(RepresentativenessReport r, JsonWriter w) {
        w.beginObject();
        w.field("set", r.set()).field("clients", Integer.valueOf(r.clients())).field("population", r.population()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        w.field("skewed", r.skewed()); //$NON-NLS-1$
        w.name("warnings").beginArray(); //$NON-NLS-1$
        r.warnings().forEach(w::value);
        w.endArray();
        w.name("attributes").beginArray(); //$NON-NLS-1$
        for (AttributeCheck a : r.attributes()) {
            w.beginObject().field("attribute", a.attribute()).field("found", a.found()) //$NON-NLS-1$ //$NON-NLS-2$
                    .field("known", Integer.valueOf(a.known())).field("missing", Integer.valueOf(a.missing())) //$NON-NLS-1$ //$NON-NLS-2$
                    .field("unmatched", Integer.valueOf(a.unmatched())).field("pValue", number(a.pValue())); //$NON-NLS-1$ //$NON-NLS-2$
            w.name("categories").beginArray(); //$NON-NLS-1$
            for (CategoryCheck c : a.categories()) {
                w.beginObject().field("category", c.category()).field("count", Integer.valueOf(c.count())) //$NON-NLS-1$ //$NON-NLS-2$
                        .field("share", number(c.share())).field("populationShare", number(c.populationShare())) //$NON-NLS-1$ //$NON-NLS-2$
                        .field("status", c.status().name()).field("weight", number(c.weight())).endObject(); //$NON-NLS-1$ //$NON-NLS-2$
            }
            w.endArray().endObject();
        }
        w.endArray();
        w.endObject();
    }

    private static Number number(double v) {
        return Double.isNaN(v) || Double.isInfinite(v) ? null : Double.valueOf(Math.round(v * 10000) / 10000.0);
    }
}
