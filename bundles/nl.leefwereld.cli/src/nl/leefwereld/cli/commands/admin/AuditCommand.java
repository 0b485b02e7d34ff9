// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.cli.commands.admin;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;

import org.eclipse.osgi.util.NLS;

import nl.leefwereld.core.cli.CliArguments;
import nl.leefwereld.core.cli.CliCommand;
import nl.leefwereld.core.cli.CliContext;
import nl.leefwereld.core.cli.CliUsageException;
import nl.leefwereld.core.io.UserFileException;
import nl.leefwereld.core.io.UserFiles;
import nl.leefwereld.core.privacy.AuditCsv;
import nl.leefwereld.store.AuditAction;
import nl.leefwereld.store.AuditCheck;
import nl.leefwereld.store.AuditEvent;
import nl.leefwereld.store.OwnerOnlyFiles;

/**
 * {@code audit [--client <id>] [--csv]}: the audit log for the administrator, oldest first, as text, JSON (global
 * {@code --format json}) or CSV. With {@code --client} also the anonymised events of a client erased under that id.
 * {@code audit verify [--key <file>]} checks the log's hash chain (with the privacy officer's key also its MACs) and
 * names the first broken event; {@code audit key --out <file>} writes that key.
 */
public class AuditCommand implements CliCommand {

    private static final String CLIENT = "--client"; //$NON-NLS-1$
    private static final String CSV = "--csv"; //$NON-NLS-1$
    private static final String KEY = "--key"; //$NON-NLS-1$
    private static final String OUT = "--out"; //$NON-NLS-1$

    /** {@code audit verify} found the chain broken. */
    public static final int EXIT_BROKEN = 3;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss") //$NON-NLS-1$
            .withZone(ZoneId.systemDefault());

    @Override
    public String name() {
        return "audit"; //$NON-NLS-1$
    }

    @Override
    public String usage() {
        return Messages.Audit_usage;
    }

    @Override
    public int run(CliContext ctx, List<String> args) throws Exception {
        CliArguments a = CliArguments.parse(args, Set.of(CLIENT, AdminSupport.PASSWORD_FILE, KEY, OUT), Set.of(CSV));
        if (!a.positionals().isEmpty()) {
            switch (a.positionals().get(0)) {
            case "verify" -> { //$NON-NLS-1$
                return verify(ctx, a);
            }
            case "key" -> { //$NON-NLS-1$
                return key(ctx, a);
            }
            default -> throw AdminSupport.unexpected(a.positionals(), 0);
            }
        }
        String format = a.flag(CSV) ? "csv" : ctx.format("text"); //$NON-NLS-1$ //$NON-NLS-2$
        List<AuditEvent> events;
        try (AdminSupport.Opened opened = AdminSupport.open(ctx, a)) {
            events = opened.store().auditEvents(a.option(CLIENT));
            if (!"text".equals(format)) { //$NON-NLS-1$
                // the log names clients: handing it on as data is an export like any other (an erased client's
                // real id is not written back into the log)
                String client = a.option(CLIENT) != null && opened.store().loadClient(a.option(CLIENT)) != null
                        ? a.option(CLIENT) : null;
                opened.store().audit(AuditAction.EXPORT, client, null, AuditCsv.EXPORT_DETAIL + format);
            }
        }
        PrintStream out = ctx.out();
        switch (format) {
        case "json" -> { //$NON-NLS-1$
            out.println("["); //$NON-NLS-1$
            for (int i = 0; i < events.size(); i++) {
                AuditEvent e = events.get(i);
                out.println("  {\"sequence\": " + e.sequence() + ", \"time\": " + AdminSupport.json(e.time().toString()) //$NON-NLS-1$ //$NON-NLS-2$
                        + ", \"user\": " + AdminSupport.json(e.user()) + ", \"action\": " + AdminSupport.json(e.action()) //$NON-NLS-1$ //$NON-NLS-2$
                        + ", \"client\": " + AdminSupport.json(e.clientId()) + ", \"object\": " //$NON-NLS-1$ //$NON-NLS-2$
                        + AdminSupport.json(e.objectId()) + ", \"detail\": " + AdminSupport.json(e.detail()) + "}" //$NON-NLS-1$ //$NON-NLS-2$
                        + (i + 1 < events.size() ? "," : "")); //$NON-NLS-1$ //$NON-NLS-2$
            }
            out.println("]"); //$NON-NLS-1$
        }
        case "csv" -> AuditCsv.write(events, out); //$NON-NLS-1$
        default -> {
            if (events.isEmpty()) {
                out.println(Messages.Audit_empty);
            }
            for (AuditEvent e : events) {
                out.println(TIME.format(e.time()) + "  " + pad(e.user(), 12) + "  " + pad(e.action(), 9) + "  " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                        + NLS.bind(Messages.Audit_line, new Object[] { nz(e.clientId()), nz(e.objectId()),
                                nz(e.detail()) }));
            }
        }
        }
        return EXIT_OK;
    }

    /** {@code audit verify [--key <file>]}: the first broken link of the chain, exit {@value #EXIT_BROKEN}. */
    private static int verify(CliContext ctx, CliArguments a) throws Exception {
        if (a.positionals().size() > 1) {
            throw AdminSupport.unexpected(a.positionals(), 1);
        }
        String key = null;
        if (a.option(KEY) != null) {
            try {
                key = UserFiles.readText(Path.of(a.option(KEY)), UserFiles.Kind.KEY).strip();
            } catch (UserFileException e) {
                throw new CliUsageException(e.getMessage());
            }
        }
        AuditCheck check;
        try (AdminSupport.Opened opened = AdminSupport.open(ctx, a)) {
            check = opened.store().verifyAudit(key);
        }
        PrintStream out = ctx.out();
        if ("json".equals(ctx.format("text"))) { //$NON-NLS-1$ //$NON-NLS-2$
            out.println("{\"intact\": " + check.intact() + ", \"eventsChecked\": " + check.eventsChecked() //$NON-NLS-1$ //$NON-NLS-2$
                    + ", \"keyedFrom\": " + check.keyedFrom() + ", \"brokenEvent\": " + check.brokenEventId() //$NON-NLS-1$ //$NON-NLS-2$
                    + ", \"brokenTime\": " //$NON-NLS-1$
                    + (check.brokenTime() == null ? "null" : AdminSupport.json(check.brokenTime().toString())) //$NON-NLS-1$
                    + ", \"problem\": " + AdminSupport.json(check.problem()) + "}"); //$NON-NLS-1$ //$NON-NLS-2$
        } else if (check.intact()) {
            out.println(NLS.bind(check.keyedFrom() > 0 ? Messages.Audit_intactKeyed : Messages.Audit_intact,
                    check.eventsChecked(), check.keyedFrom()));
        } else {
            out.println(NLS.bind(Messages.Audit_broken, new Object[] {
                    check.brokenEventId() == null ? "-" : check.brokenEventId(), //$NON-NLS-1$
                    check.brokenTime() == null ? "-" : TIME.format(check.brokenTime()), check.problem() })); //$NON-NLS-1$
        }
        return check.intact() ? EXIT_OK : EXIT_BROKEN;
    }

    /** {@code audit key --out <file>}: the privacy officer's key, written owner-only to a new file. */
    private static int key(CliContext ctx, CliArguments a) throws Exception {
        if (a.positionals().size() > 1) {
            throw AdminSupport.unexpected(a.positionals(), 1);
        }
        if (a.option(OUT) == null) {
            throw new CliUsageException(Messages.Audit_keyNeedsOut);
        }
        Path file = Path.of(a.option(OUT)).toAbsolutePath();
        if (Files.exists(file)) {
            throw new CliUsageException(NLS.bind(Messages.Audit_keyExists, file));
        }
        String key;
        try (AdminSupport.Opened opened = AdminSupport.open(ctx, a)) {
            key = opened.store().auditKey();
        }
        OwnerOnlyFiles.writeString(file, key + System.lineSeparator(), StandardCharsets.UTF_8,
                StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        ctx.out().println(NLS.bind(Messages.Audit_keyWritten, file));
        return EXIT_OK;
    }

    private static String nz(String s) {
        return s == null ? "-" : s; //$NON-NLS-1$
    }

    private static String pad(String s, int width) {
        String v = nz(s);
        return v.length() >= width ? v : v + " ".repeat(width - v.length()); //$NON-NLS-1$
    }

    static void requireNoPositionals(CliArguments a) throws CliUsageException {
        if (!a.positionals().isEmpty()) {
            throw AdminSupport.unexpected(a.positionals(), 0);
        }
    }
}
