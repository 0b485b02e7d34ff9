// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.method.blanco.commands;

import java.util.Date;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;

import nl.leefwereld.core.commands.ModelCommand;
import nl.leefwereld.method.blanco.Notebooks;
import nl.leefwereld.method.blanco.model.BlancoPackage;
import nl.leefwereld.method.blanco.model.EntryKind;
import nl.leefwereld.method.blanco.model.ListeningNotebook;
import nl.leefwereld.method.blanco.model.NotebookEntry;
import nl.leefwereld.model.Client;
import nl.leefwereld.model.Conversation;
import nl.leefwereld.model.ModelPackage;

/**
 * The edits of a listening notebook as undoable commands with their names, for the Luisterschrift view and
 * headless use: add entries (creating the notebook), put judgments on the nightstand, bring them back.
 */
public final class NotebookCommands {

    private static final BlancoPackage B = BlancoPackage.eINSTANCE;

    private NotebookCommands() {
    }

    /**
     * Adds entries to the owner's notebook; when it has none yet, the notebook is created with them in the same step.
     *
     * @param owner    a {@link Conversation} or a {@link Client}
     * @param notebook the owner's notebook, or {@code null} when there is none yet
     * @return the command, or {@code null} when there is nothing to add
     */
    public static Command addEntries(EObject owner, ListeningNotebook notebook, List<NotebookEntry> entries,
            String title, String author, Date now) {
        if (entries.isEmpty()) {
            return null;
        }
        if (notebook != null) {
            return ModelCommand.add(Messages.Command_addNotes, notebook, B.getListeningNotebook_Entries(), entries);
        }
        ListeningNotebook created = Notebooks.create(title, author, now);
        created.getEntries().addAll(entries);
        return ModelCommand.add(Messages.Command_addNotes, owner, owner instanceof Conversation
                ? ModelPackage.Literals.CONVERSATION__ASSESSMENTS : ModelPackage.Literals.CLIENT__ASSESSMENTS,
                List.of(created));
    }

    /** Puts entries on the nightstand, dated {@code now}: they become judgments. {@code null} when none moves. */
    public static Command moveToNightstand(List<NotebookEntry> entries, Date now) {
        CompoundCommand c = new CompoundCommand(Messages.Command_toNightstand);
        for (NotebookEntry e : entries) {
            if (e.isOnNightstand()) {
                continue;
            }
            c.append(ModelCommand.set(c.getLabel(), e, B.getNotebookEntry_Kind(), EntryKind.JUDGMENT));
            c.append(ModelCommand.set(c.getLabel(), e, B.getNotebookEntry_OnNightstand(), Boolean.TRUE));
            c.append(ModelCommand.set(c.getLabel(), e, B.getNotebookEntry_NightstandDate(), now));
            c.append(ModelCommand.set(c.getLabel(), e, B.getNotebookEntry_BroughtBackDate(), null));
        }
        return c.isEmpty() ? null : c;
    }

    /** Brings judgments back from the nightstand to interpret them, dated {@code now}. {@code null} when none. */
    public static Command bringBack(List<NotebookEntry> entries, Date now) {
        CompoundCommand c = new CompoundCommand(Messages.Command_bringBack);
        for (NotebookEntry e : entries) {
            if (!e.isOnNightstand()) {
                continue;
            }
            c.append(ModelCommand.set(c.getLabel(), e, B.getNotebookEntry_OnNightstand(), Boolean.FALSE));
            c.append(ModelCommand.set(c.getLabel(), e, B.getNotebookEntry_BroughtBackDate(), now));
        }
        return c.isEmpty() ? null : c;
    }
}
