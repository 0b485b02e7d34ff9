// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.method.blanco;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import nl.leefwereld.method.blanco.model.BlancoFactory;
import nl.leefwereld.method.blanco.model.EntryKind;
import nl.leefwereld.method.blanco.model.ListeningNotebook;
import nl.leefwereld.method.blanco.model.NotebookEntry;

/** Listening notebooks: creating them, turning note text into entries, the nightstand. Headless, no state. */
public final class Notebooks {

    private Notebooks() {
    }

    public static ListeningNotebook create(String title, String assessor, Date created) {
        ListeningNotebook n = BlancoFactory.eINSTANCE.createListeningNotebook();
        n.setId(UUID.randomUUID().toString());
        n.setMethodId(BlancoMethod.METHOD_ID);
        n.setTitle(title);
        n.setAssessor(assessor);
        n.setCreated(created);
        return n;
    }

    /**
     * One entry per sentence of {@code text}, classified: facts stay in the notebook, judgments go to the
     * nightstand, dated {@code date}. The entries are not yet added to a notebook (the UI adds them with a command).
     */
    public static List<NotebookEntry> entries(String text, Date date) {
        SentenceClassifier classifier = new SentenceClassifier();
        List<NotebookEntry> result = new ArrayList<>();
        for (Sentence s : classifier.sentences(text)) {
            result.add(entry(classifier.classify(s.text()), date));
        }
        return result;
    }

    /** An entry for a classified sentence; a judgment is put on the nightstand at once. */
    public static NotebookEntry entry(Classification c, Date date) {
        NotebookEntry e = BlancoFactory.eINSTANCE.createNotebookEntry();
        e.setId(UUID.randomUUID().toString());
        e.setText(c.sentence());
        e.setKind(c.kind());
        e.setDate(date);
        e.setReason(c.reason());
        if (c.kind() == EntryKind.JUDGMENT) {
            e.setOnNightstand(true);
            e.setNightstandDate(date);
        }
        return e;
    }

    /** Puts an entry on the nightstand (it becomes a judgment: it was one, the professional says). */
    public static void moveToNightstand(NotebookEntry e, Date date) {
        e.setKind(EntryKind.JUDGMENT);
        e.setOnNightstand(true);
        e.setNightstandDate(date);
        e.setBroughtBackDate(null);
    }

    /** Brings a judgment back from the nightstand: the professional chooses to interpret now. It stays a judgment. */
    public static void bringBack(NotebookEntry e, Date date) {
        e.setOnNightstand(false);
        e.setBroughtBackDate(date);
    }

    /** Entries on the nightstand, in notebook order. */
    public static List<NotebookEntry> nightstand(ListeningNotebook n) {
        return n.getEntries().stream().filter(NotebookEntry::isOnNightstand).toList();
    }

    /** Entries in the notebook itself (facts and judgments brought back). */
    public static List<NotebookEntry> open(ListeningNotebook n) {
        return n.getEntries().stream().filter(e -> !e.isOnNightstand()).toList();
    }
}
