// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.method.mi.ui;

import static nl.leefwereld.testsupport.ui.UiTestSupport.openStore;
import static nl.leefwereld.testsupport.ui.UiTestSupport.page;
import static nl.leefwereld.testsupport.ui.UiTestSupport.plainLabel;
import static nl.leefwereld.testsupport.ui.UiTestSupport.processEvents;
import static nl.leefwereld.testsupport.ui.UiTestSupport.showViewFromMenu;
import static nl.leefwereld.testsupport.ui.UiTestSupport.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;

import nl.leefwereld.core.learn.Evaluation;
import nl.leefwereld.core.learn.ModelQuality;
import nl.leefwereld.core.learn.StoredModel;
import nl.leefwereld.method.mi.MiCode;
import nl.leefwereld.method.mi.MiLearning;
import nl.leefwereld.method.mi.MiMethod;
import nl.leefwereld.model.Annotation;
import nl.leefwereld.model.Conversation;
import nl.leefwereld.model.Utterance;
import nl.leefwereld.store.ConversationStore;
import nl.leefwereld.testsupport.Fixtures;

/**
 * Modelkwaliteit (MG): opened from the MG menu and from Venster &gt; Weergave tonen; after <em>Trainen en
 * evalueren</em> on generated coded conversations it shows the stored model's version and coder and the kept
 * cross-validation, rules and model side by side.
 */
public class MiModelQualityTest {

    private static final String[][] PROFESSIONAL = { { "Hoe kijk je aan tegen %s?", "OQ" },
            { "Prachtig hoe je %s hebt aangepakt.", "AF" },
            { "De regel is dat de gemeente %s vergoedt binnen zes weken.", "GI" } };
    private static final String[][] CLIENT = { { "Ik wil echt iets doen aan %s.", "CT" },
            { "Ik heb geen zin om over %s te praten.", "ST" } };
    private static final String[] TOPICS = { "de huur", "werk", "de schulden", "het sporten" };

    private static void saveCoded(ConversationStore store, int n) {
        Random random = new Random(7);
        for (int i = 0; i < n; i++) {
            StringBuilder t = new StringBuilder("# Professional: Consulent\n");
            List<String> codes = new ArrayList<>();
            for (int k = 0; k < 10; k++) {
                String[] p = PROFESSIONAL[random.nextInt(PROFESSIONAL.length)];
                String[] c = CLIENT[random.nextInt(CLIENT.length)];
                String topic = TOPICS[random.nextInt(TOPICS.length)];
                t.append("Consulent: ").append(String.format(p[0], topic)).append('\n');
                t.append("Klant: ").append(String.format(c[0], topic)).append('\n');
                codes.add(p[1]);
                codes.add(c[1]);
            }
            Conversation conversation = Fixtures.save(store,
                    Fixtures.trajectory("Modelkwaliteit " + i, "Traject", null), t.toString());
            List<Utterance> utterances = conversation.getUtterances();
            for (int k = 0; k < utterances.size(); k++) {
                Annotation a = Fixtures.annotation(Fixtures.id(), utterances.get(k), MiMethod.METHOD_ID,
                        MiCode.byAbbreviation(codes.get(k)).guid());
                a.setCoder("modeltrainer");
                a.setSpanEnd(utterances.get(k).getText().length());
                conversation.getAnnotations().add(a);
            }
            store.saveConversation(conversation);
        }
    }

    /** Opens Modelkwaliteit (MG) through the method's menu in the menu bar. */
    private static void openFromMethodMenu() {
        Menu bar = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell().getMenuBar();
        String menuLabel = mgMenuLabel();
        for (MenuItem top : bar.getItems()) {
            if (plainLabel(top.getText()).equals(menuLabel)) {
                Menu menu = top.getMenu();
                menu.notifyListeners(SWT.Show, new Event());
                processEvents();
                String viewLabel = PlatformUI.getWorkbench().getViewRegistry().find(MiModelQualityView.ID).getLabel();
                for (MenuItem item : menu.getItems()) {
                    if (plainLabel(item.getText()).equals(plainLabel(viewLabel))) {
                        item.notifyListeners(SWT.Selection, new Event());
                        processEvents();
                        return;
                    }
                }
                throw new AssertionError(viewLabel + " not in the " + menuLabel + " menu");
            }
        }
        throw new AssertionError("no " + menuLabel + " menu in the menu bar");
    }

    /** The MG menu's label in the running language (plugin.properties / plugin_nl.properties). */
    private static String mgMenuLabel() {
        return org.eclipse.core.runtime.Platform.getResourceString(
                org.eclipse.core.runtime.Platform.getBundle("nl.leefwereld.method.mi.ui"), "%menu.mi");
    }

    @Test
    public void opensFromTheMenusAndShowsTheTrainedModelsCrossValidation() {
        ConversationStore store = openStore().store();
        if (page().findView(MiModelQualityView.ID) != null) {
            page().hideView(page().findView(MiModelQualityView.ID));
        }
        openFromMethodMenu();
        MiModelQualityView view = (MiModelQualityView) page().findView(MiModelQualityView.ID);
        assertNotNull(view, "the MG menu opens Modelkwaliteit");
        page().hideView(view);
        processEvents();
        view = (MiModelQualityView) showViewFromMenu(MiModelQualityView.ID);
        assertNotNull(view, "Venster > Weergave tonen opens Modelkwaliteit");
        StoredModel before = StoredModel.latest(store, MiMethod.METHOD_ID);
        if (before == null) {
            assertTrue(view.getFactsText().contains(ModelQuality.none()), view.getFactsText());
            assertEquals(0, view.getTable().getItemCount());
        }

        saveCoded(store, 6);
        Job job = view.trainAndEvaluate();
        assertNotNull(job);
        MiModelQualityView shown = view;
        waitUntil(() -> job.getState() == Job.NONE && !shown.isTraining(), "the training job ends");
        processEvents();

        StoredModel latest = StoredModel.latest(store, MiMethod.METHOD_ID);
        assertNotNull(latest, "the job stored a model");
        assertTrue(before == null || !before.version().equals(latest.version()), "a new version");
        String facts = view.getFactsText();
        for (String line : ModelQuality.facts(latest)) {
            assertTrue(facts.contains(line), line + " in\n" + facts);
        }
        assertTrue(facts.contains(latest.version()), facts);
        Evaluation ev = Evaluation.fromInfo(latest.info());
        assertNotNull(ev, "the training kept its cross-validation");
        assertEquals(ModelQuality.rows(ev).size(), view.getTable().getItemCount());
        TableItem affirm = null;
        int macroRows = 0;
        for (TableItem item : view.getTable().getItems()) {
            if (item.getText(1).equals("AF") && item.getText(0).equals(MiLearning.LEARNER.taskLabel(MiLearning.PROFESSIONAL))) {
                affirm = item;
            }
            if (item.getText(1).equals("macro-F1")) {
                macroRows++;
            }
        }
        assertEquals(2, macroRows, "a macro-F1 per task");
        assertNotNull(affirm, "a row for the affirmations");
        // the rules do not know "prachtig"; the model learned it (other conversations in the store may hold AF too)
        double rulesF1 = Double.parseDouble(affirm.getText(4));
        double modelF1 = Double.parseDouble(affirm.getText(7));
        assertTrue(modelF1 > 0.8 && modelF1 > rulesF1, "model " + modelF1 + ", rules " + rulesF1);
    }
}
