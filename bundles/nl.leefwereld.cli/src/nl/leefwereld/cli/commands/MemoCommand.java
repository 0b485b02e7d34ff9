// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.cli.commands;

import java.text.SimpleDateFormat;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Set;

import org.eclipse.osgi.util.NLS;

import nl.leefwereld.core.cli.CliArguments;
import nl.leefwereld.core.cli.CliCommand;
import nl.leefwereld.core.cli.CliContext;
import nl.leefwereld.core.cli.CliUsageException;
import nl.leefwereld.core.coding.Coders;
import nl.leefwereld.core.commands.MemoCommands;
import nl.leefwereld.model.Client;
import nl.leefwereld.model.Conversation;
import nl.leefwereld.model.Memo;
import nl.leefwereld.model.Trajectory;
import nl.leefwereld.model.Utterance;

/**
 * {@code memo add <object-id> "<text>" [--title <t>] [--span <start>-<end>] [--code <method>:<code>]} and
 * {@code memo list [<object-id>]}, {@code memo edit <memo-id> ["<text>"] [--title <t>]} and
 * {@code memo delete <memo-id>} (the ids {@code memo list} prints). The object is a client id, a conversation id, or {@code <conversation-id>#<n>}
 * for its n-th utterance (numbered from 1, as {@code show} prints them); {@code --span} narrows an utterance to
 * characters [start, end) of its text, {@code --code} makes the memo one on a code, as used in that conversation or
 * for that client. The rules are core's {@link MemoCommands}, as in the Memo's view.
 */
public class MemoCommand implements CliCommand {

    private static final String TITLE = "--title"; //$NON-NLS-1$
    private static final String SPAN = "--span"; //$NON-NLS-1$
    private static final String CODE = "--code"; //$NON-NLS-1$

    @Override
    public String name() {
        return "memo"; //$NON-NLS-1$
    }

    @Override
    public String usage() {
        return Messages.Memo_usage;
    }

    @Override
    public int run(CliContext ctx, List<String> args) throws Exception {
        if (args.isEmpty()) {
            throw new CliUsageException(Messages.Memo_usage);
        }
        CliArguments a = CliArguments.parse(args.subList(1, args.size()), Set.of(TITLE, SPAN, CODE), Set.of());
        return switch (args.get(0)) {
        case "add" -> add(ctx, a); //$NON-NLS-1$
        case "list" -> list(ctx, a); //$NON-NLS-1$
        case "edit" -> edit(ctx, a); //$NON-NLS-1$
        case "delete" -> delete(ctx, a); //$NON-NLS-1$
        default -> throw new CliUsageException(NLS.bind(Messages.Common_unexpected, args.get(0)) + '\n'
                + Messages.Memo_usage);
        };
    }

    /** The object a memo is on: a client, or a conversation and perhaps one of its utterances. */
    private record Target(Client client, Conversation conversation, Utterance utterance) {
    }

    private static Target target(CliContext ctx, String objectId) throws CliUsageException {
        int hash = objectId.lastIndexOf('#');
        if (hash > 0) {
            Conversation c = ctx.conversation(objectId.substring(0, hash));
            String number = objectId.substring(hash + 1);
            int n;
            try {
                n = Integer.parseInt(number);
            } catch (NumberFormatException e) {
                n = -1;
            }
            if (n < 1 || n > c.getUtterances().size()) {
                throw new CliUsageException(NLS.bind(Messages.Memo_noUtterance,
                        new Object[] { number, c.getId(), Integer.valueOf(c.getUtterances().size()) }));
            }
            return new Target(null, c, c.getUtterances().get(n - 1));
        }
        Conversation c = ctx.store().loadConversation(objectId);
        if (c != null) {
            return new Target(null, c, null);
        }
        Client client = ctx.store().loadClient(objectId);
        if (client != null) {
            return new Target(client, null, null);
        }
        throw new CliUsageException(NLS.bind(Messages.Memo_unknownObject, objectId));
    }

    private static int add(CliContext ctx, CliArguments a) throws CliUsageException {
        if (a.positionals().size() != 2) {
            throw new CliUsageException(Messages.Memo_addArguments);
        }
        Target target = target(ctx, a.positionals().get(0));
        Memo memo;
        try {
            memo = MemoCommands.create(a.option(TITLE), a.positionals().get(1), Coders.currentUser(), new Date());
            if (a.option(SPAN) != null) {
                if (target.utterance() == null) {
                    throw new CliUsageException(Messages.Memo_spanNeedsUtterance);
                }
                int[] span = span(a.option(SPAN));
                MemoCommands.on(memo, target.utterance(), span[0], span[1]);
            } else if (target.utterance() != null) {
                MemoCommands.on(memo, target.utterance(), -1, -1);
            }
            if (a.option(CODE) != null) {
                String code = a.option(CODE);
                int colon = code.indexOf(':');
                MemoCommands.onCode(memo, colon < 0 ? null : code.substring(0, colon),
                        colon < 0 ? null : code.substring(colon + 1));
            }
            if (target.client() != null) {
                MemoCommands.add(target.client(), memo).execute();
                ctx.store().saveClient(target.client());
            } else {
                MemoCommands.add(target.conversation(), memo).execute();
                ctx.store().saveConversation(target.conversation());
            }
        } catch (IllegalArgumentException e) {
            throw new CliUsageException(e.getMessage());
        }
        ctx.out().println(NLS.bind(Messages.Memo_added, memo.getId(), MemoCommands.describeTarget(memo)));
        return EXIT_OK;
    }

    private static int edit(CliContext ctx, CliArguments a) throws CliUsageException {
        if (a.positionals().isEmpty() || a.positionals().size() > 2
                || (a.positionals().size() == 1 && a.option(TITLE) == null)) {
            throw new CliUsageException(Messages.Memo_editArguments);
        }
        try {
            Memo memo = MemoCommands.find(ctx.store(), a.positionals().get(0));
            String text = a.positionals().size() == 2 ? a.positionals().get(1) : memo.getText();
            String title = a.option(TITLE) != null ? a.option(TITLE) : memo.getTitle();
            org.eclipse.emf.common.command.Command edit = MemoCommands.edit(memo, title, text, new Date());
            if (edit == null) {
                ctx.out().println(NLS.bind(Messages.Memo_unchanged, memo.getId()));
                return EXIT_OK;
            }
            edit.execute();
            MemoCommands.save(ctx.store(), memo.eContainer());
            ctx.out().println(NLS.bind(Messages.Memo_edited, memo.getId(), MemoCommands.describeTarget(memo)));
        } catch (IllegalArgumentException e) {
            throw new CliUsageException(e.getMessage());
        }
        return EXIT_OK;
    }

    private static int delete(CliContext ctx, CliArguments a) throws CliUsageException {
        if (a.positionals().size() != 1 || a.option(TITLE) != null) {
            throw new CliUsageException(Messages.Memo_deleteArguments);
        }
        try {
            Memo memo = MemoCommands.find(ctx.store(), a.positionals().get(0));
            String target = MemoCommands.describeTarget(memo);
            org.eclipse.emf.ecore.EObject owner = memo.eContainer();
            MemoCommands.remove(memo).execute();
            MemoCommands.save(ctx.store(), owner);
            ctx.out().println(NLS.bind(Messages.Memo_deleted, memo.getId(), target));
        } catch (IllegalArgumentException e) {
            throw new CliUsageException(e.getMessage());
        }
        return EXIT_OK;
    }

    private static int[] span(String value) throws CliUsageException {
        int dash = value.indexOf('-');
        try {
            if (dash > 0) {
                return new int[] { Integer.parseInt(value.substring(0, dash).strip()),
                        Integer.parseInt(value.substring(dash + 1).strip()) };
            }
        } catch (NumberFormatException e) {
            // below
        }
        throw new CliUsageException(NLS.bind(Messages.Memo_badSpan, value));
    }

    private static int list(CliContext ctx, CliArguments a) throws CliUsageException {
        if (a.positionals().size() > 1) {
            throw new CliUsageException(NLS.bind(Messages.Common_unexpected, a.positionals().get(1)));
        }
        List<Memo> memos = new ArrayList<>();
        if (a.positionals().isEmpty()) {
            for (Client client : ctx.store().listClients()) {
                memos.addAll(client.getMemos());
                for (Trajectory t : client.getTrajectories()) {
                    for (Conversation header : t.getConversations()) {
                        Conversation c = ctx.store().loadConversation(header.getId());
                        if (c != null) {
                            memos.addAll(c.getMemos());
                        }
                    }
                }
            }
        } else {
            Target target = target(ctx, a.positionals().get(0));
            if (target.client() != null) {
                memos.addAll(target.client().getMemos());
            } else if (target.utterance() != null) {
                memos.addAll(MemoCommands.memosOf(target.conversation(), target.utterance()));
            } else {
                memos.addAll(target.conversation().getMemos());
            }
        }
        if (memos.isEmpty()) {
            ctx.out().println(Messages.Memo_none);
            return EXIT_OK;
        }
        SimpleDateFormat dates = new SimpleDateFormat("yyyy-MM-dd HH:mm"); //$NON-NLS-1$
        for (Memo memo : memos) {
            Date modified = memo.getModified() != null ? memo.getModified() : memo.getCreated();
            String owner = memo.eContainer() instanceof Client client ? client.getId()
                    : ((Conversation) memo.eContainer()).getId();
            ctx.out().println(NLS.bind(Messages.Memo_line, new Object[] { memo.getId(), owner,
                    MemoCommands.describeTarget(memo), modified == null ? "" : dates.format(modified), //$NON-NLS-1$
                    memo.getAuthor() == null ? "" : memo.getAuthor(), MemoCommands.titleOf(memo) })); //$NON-NLS-1$
            for (String line : memo.getText().split("\n")) { //$NON-NLS-1$
                ctx.out().println("    " + line); //$NON-NLS-1$
            }
        }
        return EXIT_OK;
    }
}
