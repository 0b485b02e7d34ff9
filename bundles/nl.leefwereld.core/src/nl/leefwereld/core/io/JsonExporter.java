// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.core.io;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.List;
import java.util.function.ToIntFunction;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;

import nl.leefwereld.model.Annotation;
import nl.leefwereld.model.Assessment;
import nl.leefwereld.model.Client;
import nl.leefwereld.model.ClientAttribute;
import nl.leefwereld.model.Conversation;
import nl.leefwereld.model.Identified;
import nl.leefwereld.model.Note;
import nl.leefwereld.model.Participant;
import nl.leefwereld.model.Trajectory;
import nl.leefwereld.model.Utterance;

/**
 * Writes conversations as JSON (UTF-8). The shape of one conversation:
 * <pre>
 * { "format": "leefwereld-conversation", "version": 1, "id", "title", "date" (ISO-8601), "kind", "language",
 *   "client": { "id", "displayName", "pseudonym" }, "trajectory": { "id", "title", "changeGoal" },
 *   "participants": [ { "id", "name", "role" } ],
 *   "utterances": [ { "id", "index", "speakerId", "speaker", "role", "startMillis", "endMillis", "start", "text" } ],
 *   "annotations": [ { "id", "utteranceId", "spanStart", "spanEnd", "methodId", "codeId", "coder", "origin",
 *                      "confidence", "reason", "note" } ],
 *   "notes": [ { "id", "text", "author", "created" } ],
 *   "assessments": [ { "id", "type", "nsURI", "attributes": { name: value } } ] }
 * </pre>
 * Stateless; no JSON library needed.
 */
public final class JsonExporter {

    private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    /** The conversation as a JSON document. */
    public String toJson(Conversation conversation) {
        StringBuilder b = new StringBuilder();
        append(conversation, b);
        return b.toString();
    }

    /** Writes the conversation to a stream as UTF-8 (the stream is flushed, not closed). */
    public void write(Conversation conversation, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        append(conversation, w);
        w.flush();
    }

    /** Appends the conversation's JSON to a character sink. */
    public void append(Conversation conversation, Appendable out) {
        JsonWriter json = new JsonWriter(out);
        json.beginObject();
        json.field("format", "leefwereld-conversation"); //$NON-NLS-1$ //$NON-NLS-2$
        json.field("version", Integer.valueOf(1)); //$NON-NLS-1$
        json.field("id", conversation.getId()); //$NON-NLS-1$
        json.field("title", conversation.getTitle()); //$NON-NLS-1$
        json.field("date", date(conversation.getDate())); //$NON-NLS-1$
        json.field("kind", conversation.getKind() == null ? null : conversation.getKind().getLiteral()); //$NON-NLS-1$
        json.field("language", conversation.getLanguage()); //$NON-NLS-1$
        Trajectory trajectory = conversation.getTrajectory();
        Client client = trajectory == null ? null : trajectory.getClient();
        json.name("client"); //$NON-NLS-1$
        if (client == null) {
            json.nullValue();
        } else {
            json.beginObject().field("id", client.getId()).field("displayName", client.getDisplayName()) //$NON-NLS-1$ //$NON-NLS-2$
                    .field("pseudonym", client.getPseudonym()).endObject(); //$NON-NLS-1$
        }
        json.name("trajectory"); //$NON-NLS-1$
        if (trajectory == null) {
            json.nullValue();
        } else {
            json.beginObject().field("id", trajectory.getId()).field("title", trajectory.getTitle()) //$NON-NLS-1$ //$NON-NLS-2$
                    .field("changeGoal", trajectory.getChangeGoal()).endObject(); //$NON-NLS-1$
        }
        json.name("participants").beginArray(); //$NON-NLS-1$
        for (Participant p : conversation.getParticipants()) {
            json.beginObject().field("id", p.getId()).field("name", p.getName()) //$NON-NLS-1$ //$NON-NLS-2$
                    .field("role", p.getRole() == null ? null : p.getRole().getLiteral()).endObject(); //$NON-NLS-1$
        }
        json.endArray();
        json.name("utterances").beginArray(); //$NON-NLS-1$
        int index = 0;
        for (Utterance u : conversation.getUtterances()) {
            Participant speaker = u.getSpeaker();
            json.beginObject();
            json.field("id", u.getId()); //$NON-NLS-1$
            json.field("index", Integer.valueOf(index++)); //$NON-NLS-1$
            json.field("speakerId", speaker == null ? null : speaker.getId()); //$NON-NLS-1$
            json.field("speaker", speaker == null ? null : speaker.getName()); //$NON-NLS-1$
            json.field("role", speaker == null || speaker.getRole() == null ? null : speaker.getRole().getLiteral()); //$NON-NLS-1$
            json.field("startMillis", u.getStartMillis()); //$NON-NLS-1$
            json.field("endMillis", u.getEndMillis()); //$NON-NLS-1$
            json.field("start", u.getStartMillis() == null ? null : TranscriptWriter.formatTime(u.getStartMillis().longValue())); //$NON-NLS-1$
            json.field("text", u.getText()); //$NON-NLS-1$
            json.endObject();
        }
        json.endArray();
        json.name("annotations").beginArray(); //$NON-NLS-1$
        for (Annotation a : conversation.getAnnotations()) {
            json.beginObject();
            json.field("id", a.getId()); //$NON-NLS-1$
            json.field("type", a.eClass().getName()); //$NON-NLS-1$
            json.field("utteranceId", a.getUtterance() == null ? null : a.getUtterance().getId()); //$NON-NLS-1$
            json.field("spanStart", Integer.valueOf(a.getSpanStart())); //$NON-NLS-1$
            json.field("spanEnd", Integer.valueOf(a.getSpanEnd())); //$NON-NLS-1$
            json.field("methodId", a.getMethodId()); //$NON-NLS-1$
            json.field("codeId", a.getCodeId()); //$NON-NLS-1$
            json.field("coder", a.getCoder()); //$NON-NLS-1$
            json.field("origin", a.getOrigin() == null ? null : a.getOrigin().getLiteral()); //$NON-NLS-1$
            json.field("confidence", Double.valueOf(a.getConfidence())); //$NON-NLS-1$
            json.field("reason", a.getReason()); //$NON-NLS-1$
            json.field("note", a.getNote()); //$NON-NLS-1$
            json.endObject();
        }
        json.endArray();
        json.name("notes").beginArray(); //$NON-NLS-1$
        for (Note n : conversation.getNotes()) {
            writeNote(json, n);
        }
        json.endArray();
        json.name("assessments").beginArray(); //$NON-NLS-1$
        for (Assessment a : conversation.getAssessments()) {
            writeGeneric(json, a);
        }
        json.endArray();
        json.endObject();
        json.finish();
    }

    /**
     * Writes clients with their trajectories and conversation headers (the output of {@code list --format json}).
     *
     * @param utteranceCount gives the number of utterances of a conversation header, or {@code null} to leave it out
     */
    public void writeClients(List<Client> clients, ToIntFunction<Conversation> utteranceCount, Appendable out) {
        JsonWriter json = new JsonWriter(out);
        json.beginArray();
        for (Client c : clients) {
            json.beginObject();
            json.field("id", c.getId()).field("displayName", c.getDisplayName()).field("pseudonym", c.getPseudonym()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            json.name("attributes").beginObject(); //$NON-NLS-1$
            for (ClientAttribute a : c.getAttributes()) {
                json.field(a.getName() == null ? "" : a.getName(), a.getValue()); //$NON-NLS-1$
            }
            json.endObject();
            json.name("trajectories").beginArray(); //$NON-NLS-1$
            for (Trajectory t : c.getTrajectories()) {
                json.beginObject();
                json.field("id", t.getId()).field("title", t.getTitle()).field("kind", t.getKind()) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                        .field("changeGoal", t.getChangeGoal()).field("startDate", date(t.getStartDate())); //$NON-NLS-1$ //$NON-NLS-2$
                json.name("conversations").beginArray(); //$NON-NLS-1$
                for (Conversation conv : t.getConversations()) {
                    json.beginObject();
                    json.field("id", conv.getId()).field("title", conv.getTitle()).field("date", date(conv.getDate())) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                            .field("kind", conv.getKind() == null ? null : conv.getKind().getLiteral()) //$NON-NLS-1$
                            .field("language", conv.getLanguage()); //$NON-NLS-1$
                    if (utteranceCount != null) {
                        json.field("utterances", Integer.valueOf(utteranceCount.applyAsInt(conv))); //$NON-NLS-1$
                    }
                    json.endObject();
                }
                json.endArray();
                json.endObject();
            }
            json.endArray();
            json.endObject();
        }
        json.endArray();
        json.finish();
    }

    private static void writeNote(JsonWriter json, Note n) {
        json.beginObject().field("id", n.getId()).field("text", n.getText()).field("author", n.getAuthor()) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                .field("created", date(n.getCreated())).endObject(); //$NON-NLS-1$
    }

    /** Any model object (e.g. a method's Assessment subclass) by its attributes, without knowing its class. */
    private static void writeGeneric(JsonWriter json, EObject o) {
        json.beginObject();
        json.field("id", o instanceof Identified i ? i.getId() : null); //$NON-NLS-1$
        json.field("type", o.eClass().getName()); //$NON-NLS-1$
        json.field("nsURI", o.eClass().getEPackage().getNsURI()); //$NON-NLS-1$
        json.name("attributes").beginObject(); //$NON-NLS-1$
        for (EAttribute attribute : o.eClass().getEAllAttributes()) {
            if (attribute.isTransient() || attribute.isDerived() || "id".equals(attribute.getName())) { //$NON-NLS-1$
                continue;
            }
            json.name(attribute.getName());
            Object value = o.eGet(attribute);
            if (attribute.isMany()) {
                json.beginArray();
                for (Object v : (List<?>) value) {
                    scalar(json, v);
                }
                json.endArray();
            } else {
                scalar(json, value);
            }
        }
        json.endObject();
        for (EReference reference : o.eClass().getEAllReferences()) {
            if (reference.isContainment() && !reference.isTransient() && !reference.isMany()) {
                Object child = o.eGet(reference);
                if (child instanceof EObject e) {
                    json.name(reference.getName());
                    writeGeneric(json, e);
                }
            } else if (reference.isContainment() && !reference.isTransient()) {
                json.name(reference.getName()).beginArray();
                for (Object child : (List<?>) o.eGet(reference)) {
                    writeGeneric(json, (EObject) child);
                }
                json.endArray();
            } else if (!reference.isContainment() && !reference.isContainer() && !reference.isMany()) {
                Object target = o.eGet(reference);
                if (target instanceof Identified i) {
                    json.field(reference.getName() + "Id", i.getId()); //$NON-NLS-1$
                }
            }
        }
        json.endObject();
    }

    private static void scalar(JsonWriter json, Object value) {
        if (value == null) {
            json.nullValue();
        } else if (value instanceof Boolean b) {
            json.value(b.booleanValue());
        } else if (value instanceof Number n) {
            json.value(n);
        } else if (value instanceof Date d) {
            json.value(date(d));
        } else if (value instanceof Enumerator e) {
            json.value(e.getLiteral());
        } else {
            json.value(value.toString());
        }
    }

    private static String date(Date date) {
        return date == null ? null : ISO.format(date.toInstant().atZone(ZoneId.systemDefault()));
    }
}
