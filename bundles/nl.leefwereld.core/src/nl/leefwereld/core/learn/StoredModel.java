// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.core.learn;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.leefwereld.store.ConversationStore;
import nl.leefwereld.store.OrganisationObject;

/**
 * A trained model of a method as the organisation keeps it: facts about its training (date, coder, number of
 * conversations and examples, labels with counts: {@code info}) and one {@link LinearModel} per task (e.g. the
 * professional's behaviour and the client's language). Stored in the database as an organisation object of kind
 * {@code model:<method>}, one per training (the id is the training time), so earlier versions stay; the newest
 * is the one used.
 */
public record StoredModel(Map<String, String> info, Map<String, LinearModel> models) {

    private static final String MAGIC = "# leefwereld trained model"; //$NON-NLS-1$
    private static final String TASK = "--- "; //$NON-NLS-1$
    /** The info key of the version (the training time, ISO-8601). */
    public static final String VERSION = "version"; //$NON-NLS-1$

    /** The organisation object kind of a method's models. */
    public static String kind(String methodId) {
        return "model:" + methodId; //$NON-NLS-1$
    }

    public String version() {
        return info.get(VERSION);
    }

    public String toText() {
        StringBuilder b = new StringBuilder(MAGIC).append('\n');
        info.forEach((k, v) -> b.append(k).append('=').append(v.replace('\n', ' ')).append('\n'));
        models.forEach((task, m) -> b.append(TASK).append(task).append('\n').append(m.toText()).append('\n'));
        return b.toString();
    }

    public static StoredModel fromText(String text) {
        String[] lines = text.split("\n"); //$NON-NLS-1$
        if (lines.length == 0 || !lines[0].equals(MAGIC)) {
            throw new IllegalArgumentException(Messages.StoredModel_noHeader);
        }
        Map<String, String> info = new LinkedHashMap<>();
        Map<String, LinearModel> models = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            String line = lines[i];
            if (line.startsWith(TASK) && i + 1 < lines.length) {
                models.put(line.substring(TASK.length()), LinearModel.fromText(lines[++i]));
            } else {
                int eq = line.indexOf('=');
                if (eq > 0) {
                    info.put(line.substring(0, eq), line.substring(eq + 1));
                }
            }
        }
        return new StoredModel(info, models);
    }

    /** Stores this model as a new version of the method's model. */
    public void save(ConversationStore store, String methodId) {
        store.saveOrganisationObject(new OrganisationObject(kind(methodId), version(), toText()));
        TrainedModels.forget(methodId);
    }

    /** The newest stored model of the method, or null when none was trained. */
    public static StoredModel latest(ConversationStore store, String methodId) {
        List<OrganisationObject> all = store.organisationObjects(kind(methodId));
        return all.isEmpty() ? null : fromText(all.get(all.size() - 1).content());
    }
}
