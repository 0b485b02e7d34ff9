// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.cli.commands.admin;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.osgi.util.NLS;

import nl.leefwereld.core.cli.CliArguments;
import nl.leefwereld.core.cli.CliCommand;
import nl.leefwereld.core.cli.CliContext;
import nl.leefwereld.core.cli.CliUsageException;
import nl.leefwereld.store.ConversationStore;
import nl.leefwereld.store.RetentionItem;

/**
 * {@code retention [--set <kind>=<months>] [--date <yyyy-mm-dd>] [--apply]}: the retention periods per trajectory
 * kind and the trajectories past them; {@code --apply} deletes those (a client left without trajectories is
 * erased). Without {@code --apply} nothing is deleted.
 */
public class RetentionCommand implements CliCommand {

    private static final String SET = "--set"; //$NON-NLS-1$
    private static final String DATE = "--date"; //$NON-NLS-1$
    private static final String APPLY = "--apply"; //$NON-NLS-1$
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneId.systemDefault()); //$NON-NLS-1$

    @Override
    public String name() {
        return "retention"; //$NON-NLS-1$
    }

    @Override
    public String usage() {
        return Messages.Retention_usage;
    }

    @Override
    public int run(CliContext ctx, List<String> args) throws Exception {
        CliArguments a = CliArguments.parse(args, Set.of(SET, DATE, AdminSupport.PASSWORD_FILE), Set.of(APPLY));
        if (!a.positionals().isEmpty()) {
            throw AdminSupport.unexpected(a.positionals(), 0);
        }
        Instant now = Instant.now();
        if (a.option(DATE) != null) {
            try {
                now = LocalDate.parse(a.option(DATE)).atStartOfDay(ZoneId.systemDefault()).toInstant();
            } catch (DateTimeParseException e) {
                throw new CliUsageException(NLS.bind(Messages.Retention_badDate, a.option(DATE)));
            }
        }
        String kind = null;
        int months = 0;
        if (a.option(SET) != null) {
            String set = a.option(SET);
            int eq = set.lastIndexOf('=');
            try {
                if (eq <= 0) {
                    throw new NumberFormatException();
                }
                kind = set.substring(0, eq).trim();
                months = Integer.parseInt(set.substring(eq + 1).trim());
            } catch (NumberFormatException e) {
                throw new CliUsageException(NLS.bind(Messages.Retention_badSet, set));
            }
        }
        try (AdminSupport.Opened opened = AdminSupport.open(ctx, a)) {
            ConversationStore store = opened.store();
            if (kind != null) {
                store.setRetentionPeriod(kind, months);
            }
            Map<String, Integer> periods = store.retentionPeriods();
            if (periods.isEmpty()) {
                ctx.out().println(Messages.Retention_noPeriods);
                return EXIT_OK;
            }
            for (Map.Entry<String, Integer> period : periods.entrySet()) {
                ctx.out().println(NLS.bind(Messages.Retention_period, period.getKey(), period.getValue()));
            }
            List<RetentionItem> items = a.flag(APPLY) ? store.applyRetention(now) : store.retentionDue(now);
            if (items.isEmpty()) {
                ctx.out().println(NLS.bind(Messages.Retention_nothingDue, DAY.format(now)));
                return EXIT_OK;
            }
            ctx.out().println(NLS.bind(a.flag(APPLY) ? Messages.Retention_deleted : Messages.Retention_due,
                    Integer.valueOf(items.size()), DAY.format(now)));
            for (RetentionItem item : items) {
                ctx.out().println("  " + NLS.bind(Messages.Retention_item, new Object[] { item.trajectoryId(), //$NON-NLS-1$
                        item.clientId(), item.trajectoryKind() == null ? "-" : item.trajectoryKind(), //$NON-NLS-1$
                        DAY.format(item.lastActivity()), DAY.format(item.dueSince()),
                        Integer.valueOf(item.conversations()) }));
            }
            if (!a.flag(APPLY)) {
                ctx.out().println(Messages.Retention_hintApply);
            }
        }
        return EXIT_OK;
    }
}
