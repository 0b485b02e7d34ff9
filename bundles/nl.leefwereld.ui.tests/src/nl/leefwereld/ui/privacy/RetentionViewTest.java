// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.ui.privacy;

import static nl.leefwereld.testsupport.ui.UiTestSupport.openStore;
import static nl.leefwereld.testsupport.ui.UiTestSupport.page;
import static nl.leefwereld.testsupport.ui.UiTestSupport.processEvents;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbenchPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import nl.leefwereld.model.Client;
import nl.leefwereld.store.AuditAction;
import nl.leefwereld.store.RetentionItem;
import nl.leefwereld.ui.WorkbenchStore;
import nl.leefwereld.ui.navigator.NavigatorView;

/** The retention view on the workbench's real store: setting periods, what is due, and applying them. */
public class RetentionViewTest {

    private IWorkbenchPage page;
    private WorkbenchStore store;
    /** A kind of this test's own, so applying retention deletes nothing of the other tests. */
    private String kind;
    private RetentionView view;

    @BeforeEach
    void setUp() throws Exception {
        page = page();
        store = openStore();
        kind = "uitest-" + UUID.randomUUID().toString().substring(0, 8);
        view = (RetentionView) page.showView(RetentionView.ID);
        processEvents();
    }

    @AfterEach
    void tearDown() {
        store.store().setRetentionPeriod(kind, 0);
        page.hideView(view);
        processEvents();
    }

    @Test
    void aPassedPeriodListsTheTrajectoryAndApplyingDeletesIt() {
        Instant now = Instant.now();
        Client old = PrivacyTestData.client(store.store(), "Oud Bewaard " + UUID.randomUUID(), kind,
                now.minus(1100, ChronoUnit.DAYS), now.minus(400, ChronoUnit.DAYS));
        Client recent = PrivacyTestData.client(store.store(), "Recent Bewaard " + UUID.randomUUID(), kind,
                now.minus(100, ChronoUnit.DAYS), now.minus(3, ChronoUnit.DAYS));
        store.fireChanged();
        processEvents();
        String oldTrajectory = old.getTrajectories().get(0).getId();
        assertFalse(dueTrajectories().contains(oldTrajectory), "no period yet");

        assertNull(view.setPeriod(kind, " 1 "));
        assertEquals(NLS.bind(Messages.Retention_changed, kind, Integer.valueOf(1)), view.getMessage());
        assertTrue(view.getPeriods().contains(Map.entry(kind, 1)), view.getPeriods().toString());
        assertEquals(Integer.valueOf(1), store.store().retentionPeriods().get(kind));

        RetentionItem item = view.getDue().stream().filter(i -> i.trajectoryId().equals(oldTrajectory)).findFirst()
                .orElseThrow(() -> new AssertionError("not due: " + view.getDue()));
        assertEquals(old.getId(), item.clientId());
        assertEquals(1, item.months());
        assertEquals(1, item.conversations());
        assertFalse(dueTrajectories().contains(recent.getTrajectories().get(0).getId()), "three days is not a month");
        TableItem row = view.getDueViewer().getTable().getItem(view.getDue().indexOf(item));
        assertEquals(old.getDisplayName(), row.getText(0));
        assertEquals("Traject " + old.getDisplayName(), row.getText(1));
        assertEquals(kind, row.getText(2));
        assertEquals("1", row.getText(3));
        assertEquals("1", row.getText(6));

        List<RetentionItem> deleted = view.applyRetention();
        processEvents();
        assertTrue(deleted.stream().anyMatch(i -> i.trajectoryId().equals(oldTrajectory)), deleted.toString());
        assertNull(store.store().loadClient(old.getId()), "left without trajectories: erased");
        assertNotNull(store.store().loadClient(recent.getId()));
        assertFalse(dueTrajectories().contains(oldTrajectory));
        assertTrue(store.store().auditEvents(old.getId()).stream()
                .anyMatch(e -> e.action().equals(AuditAction.ERASE.name())));
        // the navigator heard of it
        NavigatorView navigator = (NavigatorView) page.findView(NavigatorView.ID);
        List<String> names = new ArrayList<>();
        for (TreeItem client : navigator.getViewer().getTree().getItems()) {
            names.add(client.getText());
        }
        assertFalse(names.contains(old.getDisplayName()), names.toString());
        assertTrue(names.contains(recent.getDisplayName()), names.toString());
    }

    @Test
    void wrongMonthsAreRefusedWithAMessageAndChangeNothing() {
        assertEquals(NLS.bind(Messages.Retention_notANumber, "twaalf"), view.setPeriod(kind, "twaalf"));
        assertEquals(NLS.bind(Messages.Retention_notANumber, "twaalf"), view.getMessage());
        assertEquals(NLS.bind(Messages.Retention_negative, "-3"), view.setPeriod(kind, "-3"));
        assertEquals(NLS.bind(Messages.Retention_notANumber, ""), view.setPeriod(kind, ""));
        assertEquals(Messages.Retention_noKind, view.setPeriod("  ", "12"));
        assertFalse(store.store().retentionPeriods().containsKey(kind));

        assertNull(view.setPeriod(kind, "12"));
        assertEquals(Integer.valueOf(12), store.store().retentionPeriods().get(kind));
        assertNull(view.setPeriod(kind, "0"));
        assertEquals(NLS.bind(Messages.Retention_removed, kind), view.getMessage());
        assertFalse(store.store().retentionPeriods().containsKey(kind));
        assertFalse(view.getPeriods().stream().anyMatch(e -> e.getKey().equals(kind)));
    }

    private List<String> dueTrajectories() {
        return view.getDue().stream().map(RetentionItem::trajectoryId).toList();
    }

}
