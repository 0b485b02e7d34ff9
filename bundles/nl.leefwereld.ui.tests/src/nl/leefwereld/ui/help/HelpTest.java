// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.ui.help;

import static nl.leefwereld.testsupport.ui.UiTestSupport.page;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.help.HelpSystem;
import org.eclipse.help.IContext;
import org.eclipse.help.IHelpResource;
import org.eclipse.help.IToc;
import org.eclipse.help.ITopic;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.keys.IBindingService;
import org.eclipse.ui.views.IViewDescriptor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import nl.leefwereld.testsupport.ui.UiTestSupport;
import nl.leefwereld.ui.Messages;
import nl.leefwereld.ui.Perspectives;

/**
 * The help: Help > Inhoud van de help opens the guide with a chapter per method, F1 on every view shows that view's
 * explanation, the Sneltoetsen page names the keys, and a page renders without a browser engine.
 */
public class HelpTest {

    private final IWorkbenchPage page = page();

    @AfterEach
    void closeHelp() {
        IViewPart help = page.findView(HelpView.ID);
        if (help != null) {
            page.hideView(help);
        }
        UiTestSupport.processEvents();
    }

    @Test
    void helpContentsFromTheMenuOpensTheGuideWithEveryMethod() {
        Menu bar = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell().getMenuBar();
        MenuItem item = item(menu(bar, Messages.Menu_help), Messages.Action_helpContents);
        item.notifyListeners(SWT.Selection, new Event());
        UiTestSupport.processEvents();
        HelpView view = (HelpView) page.findView(HelpView.ID);
        assertNotNull(view, "Help > Inhoud van de help opens the help");
        assertTrue(view.getPageText().startsWith("Aan de slag met Leefwereld"), view.getPageText());
        List<String> labels = new ArrayList<>();
        for (IToc toc : HelpSystem.getTocs()) {
            collect(toc.getTopics(), labels);
        }
        for (String guide : List.of("Motiverende gespreksvoering", "Oplossingsgerichte relatietypering", "Blanco luisteren",
                "Stress-sensitief werken", "Persona-analyse", "Sneltoetsen")) {
            assertTrue(labels.contains(guide), guide + " in " + labels);
        }
    }

    @Test
    void f1OnEveryViewShowsItsExplanation() throws Exception {
        assertEquals("F1", PlatformUI.getWorkbench().getService(IBindingService.class) //$NON-NLS-1$
                .getBestActiveBindingFormattedFor("org.eclipse.ui.help.dynamicHelp")); //$NON-NLS-1$
        for (Perspectives.ViewGroup group : Perspectives.viewGroups()) {
            for (IViewDescriptor descriptor : group.views()) {
                IContext context = HelpSystem.getContext(descriptor.getId());
                assertNotNull(context, "a help context for " + descriptor.getId());
                IHelpResource[] topics = context.getRelatedTopics();
                assertTrue(topics.length > 0, descriptor.getId());
                assertNotNull(HelpPage.read(topics[0].getHref()), topics[0].getHref());
                if (descriptor.getId().equals(HelpView.ID)) {
                    continue;
                }
                IViewPart view = page.showView(descriptor.getId());
                page.activate(view);
                UiTestSupport.processEvents();
                // F1 runs this command (the key binding above)
                PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand("org.eclipse.ui.help.dynamicHelp", //$NON-NLS-1$
                        null);
                UiTestSupport.processEvents();
                HelpView help = (HelpView) page.findView(HelpView.ID);
                assertNotNull(help, "F1 in " + descriptor.getLabel() + " opens the help");
                assertTrue(help.getPageText().contains(context.getText()),
                        descriptor.getLabel() + ": " + help.getPageText().substring(0, Math.min(200, help.getPageText().length())));
            }
        }
    }

    @Test
    void theSneltoetsenPageNamesTheKeys() throws Exception {
        HelpPage keys = HelpPage.read("/nl.leefwereld.ui/help/sneltoetsen.html"); //$NON-NLS-1$
        for (String key : List.of("Ctrl+Shift+L", "Ctrl+3", "F1", "Ctrl+S", "Ctrl+Z")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
            assertTrue(keys.text().contains(key), key);
        }
        assertEquals("Ctrl+Shift+L", PlatformUI.getWorkbench().getService(IBindingService.class) //$NON-NLS-1$
                .getBestActiveBindingFormattedFor("org.eclipse.ui.window.showKeyAssist").replace("Shift+Ctrl", "Ctrl+Shift")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    @Test
    void aPageRendersHeadingsListsTablesAndLinks() throws Exception {
        String xhtml = "<html><head><title>T</title></head><body><h1>Kop</h1><p>Een <b>vette</b> zin.</p>" //$NON-NLS-1$
                + "<ul><li>een</li><li>twee</li></ul><table><tr><th>Toets</th><th>Doet</th></tr>" //$NON-NLS-1$
                + "<tr><td><kbd>F1</kbd></td><td>help</td></tr></table><p><a href=\"../other.bundle/help/x.html\">verder</a></p></body></html>"; //$NON-NLS-1$
        HelpPage rendered = HelpPage.parse("/nl.leefwereld.ui/help/a.html", //$NON-NLS-1$
                new ByteArrayInputStream(xhtml.getBytes(StandardCharsets.UTF_8)));
        assertEquals("Kop\n\nEen vette zin.\n\n\u2022 een\n\u2022 twee\n\nToets\tDoet\nF1\thelp\n\nverder", rendered.text()); //$NON-NLS-1$
        assertEquals("T", rendered.title()); //$NON-NLS-1$
        assertEquals(HelpPage.Style.HEADING, rendered.spans().get(0).style());
        assertEquals("/nl.leefwereld.ui/other.bundle/help/x.html", rendered.links().get(0).href()); //$NON-NLS-1$
        assertEquals("verder", rendered.text().substring(rendered.links().get(0).start(), //$NON-NLS-1$
                rendered.links().get(0).start() + rendered.links().get(0).length()));
    }

    private static void collect(ITopic[] topics, List<String> labels) {
        for (ITopic t : topics) {
            labels.add(t.getLabel());
            collect(t.getSubtopics(), labels);
        }
    }

    private static Menu menu(Menu bar, String label) {
        Menu menu = item(bar, label).getMenu();
        menu.notifyListeners(SWT.Show, new Event());
        UiTestSupport.processEvents();
        return menu;
    }

    private static MenuItem item(Menu menu, String label) {
        String wanted = label.replace("&", ""); //$NON-NLS-1$ //$NON-NLS-2$
        List<String> seen = new ArrayList<>();
        for (MenuItem item : menu.getItems()) {
            String text = item.getText();
            int tab = text.indexOf('\t');
            String plain = (tab < 0 ? text : text.substring(0, tab)).replace("&", "").trim(); //$NON-NLS-1$ //$NON-NLS-2$
            seen.add(plain);
            if (plain.equals(wanted)) {
                return item;
            }
        }
        throw new AssertionError("No " + wanted + " in " + seen);
    }
}
