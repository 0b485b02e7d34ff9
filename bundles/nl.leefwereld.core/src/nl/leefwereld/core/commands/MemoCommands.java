// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.core.commands;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.osgi.util.NLS;

import nl.leefwereld.model.Client;
import nl.leefwereld.model.Conversation;
import nl.leefwereld.model.Memo;
import nl.leefwereld.model.ModelFactory;
import nl.leefwereld.model.ModelPackage;
import nl.leefwereld.model.Trajectory;
import nl.leefwereld.model.Utterance;
import nl.leefwereld.store.ConversationStore;

/**
 * The one home of the memo rules: what a memo may be attached to, what it must hold, and the undoable commands that
 * add, edit and remove one. The Memo's view runs them on the conversation editor's command stack, the command line
 * executes them and saves.
 * <p>
 * A memo belongs to a conversation (about the conversation, one of its utterances, a span of an utterance, or a code
 * as used in it) or to a client (about the client, or a code as used for them). Its target follows from its fields:
 * an utterance with a span is a span memo, an utterance without one an utterance memo, a method and code a code memo.
 */
public final class MemoCommands {

    private static final ModelPackage M = ModelPackage.eINSTANCE;

    /** What a memo is about. */
    public enum Target {
        CLIENT, CONVERSATION, UTTERANCE, SPAN, CODE
    }

    private MemoCommands() {
    }

    /**
     * A new memo with a fresh id, its author and both dates {@code now}; the text must not be blank (the title may
     * be: then the first line of the text names the memo).
     */
    public static Memo create(String title, String text, String author, Date now) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException(Messages.Memo_emptyText);
        }
        Memo memo = ModelFactory.eINSTANCE.createMemo();
        memo.setId(UUID.randomUUID().toString());
        memo.setTitle(title == null || title.isBlank() ? null : title.strip());
        memo.setText(text.strip());
        memo.setAuthor(author);
        memo.setCreated(now);
        memo.setModified(now);
        return memo;
    }

    /** Attaches the memo to an utterance, or a span [start, end) of its text when {@code start >= 0}. */
    public static Memo on(Memo memo, Utterance utterance, int start, int end) {
        Objects.requireNonNull(utterance);
        if (start >= 0) {
            checkSpan(utterance, start, end);
        }
        memo.setUtterance(utterance);
        memo.setSpanStart(start >= 0 ? start : -1);
        memo.setSpanEnd(start >= 0 ? end : -1);
        return memo;
    }

    /** Attaches the memo to a code (method id and code id). */
    public static Memo onCode(Memo memo, String methodId, String codeId) {
        if (methodId == null || methodId.isBlank() || codeId == null || codeId.isBlank()) {
            throw new IllegalArgumentException(Messages.Memo_noCode);
        }
        memo.setMethodId(methodId);
        memo.setCodeId(codeId);
        return memo;
    }

    /** Refuses a span outside the utterance's text, naming both. */
    public static void checkSpan(Utterance utterance, int start, int end) {
        int length = utterance.getText() == null ? 0 : utterance.getText().length();
        if (start < 0 || end <= start || end > length) {
            throw new IllegalArgumentException(NLS.bind(Messages.Memo_badSpan,
                    new Object[] { Integer.valueOf(start), Integer.valueOf(end), utterance.getId(),
                            Integer.valueOf(length) }));
        }
    }

    /** Adds the memo to the conversation; its utterance, if any, must be one of the conversation's. */
    public static Command add(Conversation conversation, Memo memo) {
        if (memo.getUtterance() != null && memo.getUtterance().eContainer() != conversation) {
            throw new IllegalArgumentException(NLS.bind(Messages.Memo_foreignUtterance, memo.getUtterance().getId(),
                    conversation.getId()));
        }
        return ModelCommand.add(Messages.Command_addMemo, conversation, M.getConversation_Memos(), List.of(memo));
    }

    /** Adds the memo to the client; a client's memo is about the client or a code, never an utterance. */
    public static Command add(Client client, Memo memo) {
        if (memo.getUtterance() != null) {
            throw new IllegalArgumentException(NLS.bind(Messages.Memo_foreignUtterance, memo.getUtterance().getId(),
                    client.getId()));
        }
        return ModelCommand.add(Messages.Command_addMemo, client, M.getClient_Memos(), List.of(memo));
    }

    /**
     * Changes the title and text of a memo and sets its modification date; {@code null} when both are as they were.
     * The text must not become blank.
     */
    public static Command edit(Memo memo, String title, String text, Date now) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException(Messages.Memo_emptyText);
        }
        String newTitle = title == null || title.isBlank() ? null : title.strip();
        String newText = text.strip();
        if (Objects.equals(newTitle, memo.getTitle()) && Objects.equals(newText, memo.getText())) {
            return null;
        }
        CompoundCommand edit = new CompoundCommand(Messages.Command_editMemo);
        edit.append(ModelCommand.set(Messages.Command_editMemo, memo, M.getMemo_Title(), newTitle));
        edit.append(ModelCommand.set(Messages.Command_editMemo, memo, M.getMemo_Text(), newText));
        edit.append(ModelCommand.set(Messages.Command_editMemo, memo, M.getMemo_Modified(), now));
        return edit;
    }

    /** Removes the memo from the conversation or client that holds it. */
    public static Command remove(Memo memo) {
        EObject owner = memo.eContainer();
        if (owner == null) {
            throw new IllegalArgumentException(NLS.bind(Messages.Memo_notHeld, memo.getId()));
        }
        return ModelCommand.remove(Messages.Command_removeMemo, owner, memo.eContainmentFeature(), List.of(memo));
    }

    /**
     * The memo with this id among those the store shows this user (clients' memos, then each conversation's), held
     * by its loaded client or conversation, so a change to it is saved with {@link #save}.
     *
     * @throws IllegalArgumentException naming the id when there is none
     */
    public static Memo find(ConversationStore store, String memoId) {
        List<Client> clients = store.listClients();
        for (Client client : clients) {
            for (Memo memo : client.getMemos()) {
                if (memo.getId().equals(memoId)) {
                    return memo;
                }
            }
        }
        for (Client client : clients) {
            for (Trajectory t : client.getTrajectories()) {
                for (Conversation header : t.getConversations()) {
                    Conversation c = store.loadConversation(header.getId());
                    for (Memo memo : c == null ? List.<Memo>of() : c.getMemos()) {
                        if (memo.getId().equals(memoId)) {
                            return memo;
                        }
                    }
                }
            }
        }
        throw new IllegalArgumentException(NLS.bind(Messages.Memo_notFound, memoId));
    }

    /** Saves the client or conversation that holds (or held, before {@code remove}) the memo. */
    public static void save(ConversationStore store, EObject owner) {
        if (owner instanceof Client client) {
            store.saveClient(client);
        } else if (owner instanceof Conversation conversation) {
            store.saveConversation(conversation);
        } else {
            throw new IllegalArgumentException(String.valueOf(owner));
        }
    }

    /** What the memo is about. */
    public static Target targetOf(Memo memo) {
        if (memo.getUtterance() != null) {
            return memo.getSpanStart() >= 0 ? Target.SPAN : Target.UTTERANCE;
        }
        if (memo.getCodeId() != null) {
            return Target.CODE;
        }
        return memo.eContainer() instanceof Client ? Target.CLIENT : Target.CONVERSATION;
    }

    /** The memos of the conversation about this utterance (whole or a span of it), in order. */
    public static List<Memo> memosOf(Conversation conversation, Utterance utterance) {
        List<Memo> memos = new ArrayList<>();
        for (Memo memo : conversation.getMemos()) {
            if (memo.getUtterance() == utterance) {
                memos.add(memo);
            }
        }
        return memos;
    }

    /** The memo's title, or the first line of its text when it has none. */
    public static String titleOf(Memo memo) {
        if (memo.getTitle() != null && !memo.getTitle().isBlank()) {
            return memo.getTitle();
        }
        String text = memo.getText() == null ? "" : memo.getText().strip(); //$NON-NLS-1$
        int line = text.indexOf('\n');
        String first = line < 0 ? text : text.substring(0, line);
        return first.length() > 60 ? first.substring(0, 59) + '\u2026' : first;
    }

    /**
     * What the memo is about, in words: "conversation", "utterance 3", "utterance 3, characters 4-9 ('text')",
     * "code mi:CR", "client". Utterances are numbered from 1 as the transcript shows them.
     */
    public static String describeTarget(Memo memo) {
        return switch (targetOf(memo)) {
        case CLIENT -> Messages.Memo_targetClient;
        case CONVERSATION -> Messages.Memo_targetConversation;
        case CODE -> NLS.bind(Messages.Memo_targetCode, memo.getMethodId() + ':' + memo.getCodeId());
        case UTTERANCE -> NLS.bind(Messages.Memo_targetUtterance, Integer.valueOf(number(memo.getUtterance())));
        case SPAN -> NLS.bind(Messages.Memo_targetSpan, new Object[] { Integer.valueOf(number(memo.getUtterance())),
                Integer.valueOf(memo.getSpanStart()), Integer.valueOf(memo.getSpanEnd()), spanText(memo) });
        };
    }

    /** The text of a span memo's span as it now stands, empty when it is out of the text. */
    public static String spanText(Memo memo) {
        String text = memo.getUtterance() == null ? null : memo.getUtterance().getText();
        if (text == null || memo.getSpanStart() < 0 || memo.getSpanEnd() > text.length()
                || memo.getSpanStart() >= memo.getSpanEnd()) {
            return ""; //$NON-NLS-1$
        }
        return text.substring(memo.getSpanStart(), memo.getSpanEnd());
    }

    private static int number(Utterance utterance) {
        return utterance.eContainer() instanceof Conversation c ? c.getUtterances().indexOf(utterance) + 1 : 0;
    }
}
