// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.method.mi.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.leefwereld.core.cli.CliCommand;
import nl.leefwereld.core.coding.Agreement;
import nl.leefwereld.core.coding.Annotations;
import nl.leefwereld.core.coding.CodeAgreement;
import nl.leefwereld.method.mi.MiCode;
import nl.leefwereld.method.mi.MiMethod;
import nl.leefwereld.method.mi.cli.MiCommand;
import nl.leefwereld.model.Annotation;
import nl.leefwereld.model.Client;
import nl.leefwereld.model.Conversation;
import nl.leefwereld.model.Trajectory;
import nl.leefwereld.store.ConversationStore;
import nl.leefwereld.store.Stores;
import nl.leefwereld.testsupport.TestCliContext;

/**
 * {@code AnnoMI-full.csv} has one row per utterance per annotator: with {@code coder.column} the rows of one
 * utterance become one utterance coded by several coders, on a real Derby store through {@code leefwereld mi import}.
 */
public class MiMultiCoderImportTest {

    static final String HEADER = "mi_quality,transcript_id,video_title,video_url,topic,utterance_id,interlocutor,"
            + "timestamp,utterance_text,annotator_id,therapist_input_exists,therapist_input_subtype,reflection_exists,"
            + "reflection_subtype,question_exists,question_subtype,main_therapist_behaviour,client_talk_type\n";

    /** Transcript 3 coded by annotators 1 and 2 (rows grouped by annotator, as in AnnoMI), transcript 4 by 5 only. */
    static final String FULL = HEADER
            + "high,3,\"Video \"\"Bob\"\"\",https://example.org/3,smoking,0,therapist,00:00:04,How are you today?,1,False,n/a,False,n/a,True,open,question,n/a\n"
            + "high,3,\"Video \"\"Bob\"\"\",https://example.org/3,smoking,1,client,00:00:07,\"Not great, I smoke too much.\",1,n/a,n/a,n/a,n/a,n/a,n/a,n/a,change\n"
            + "high,3,\"Video \"\"Bob\"\"\",https://example.org/3,smoking,2,therapist,00:00:11,You smoke more than you want to.,1,False,n/a,True,simple,False,n/a,reflection,n/a\n"
            + "high,3,\"Video \"\"Bob\"\"\",https://example.org/3,smoking,3,client,00:00:15,Yes.,1,n/a,n/a,n/a,n/a,n/a,n/a,n/a,neutral\n"
            + "high,3,\"Video \"\"Bob\"\"\",https://example.org/3,smoking,4,therapist,00:00:18,Smoking raises the risk of a stroke.,1,True,risk,False,n/a,False,n/a,therapist_input,n/a\n"
            + "high,3,\"Video \"\"Bob\"\"\",https://example.org/3,smoking,0,therapist,00:00:04,How are you today?,2,False,n/a,False,n/a,True,open,question,n/a\n"
            + "high,3,\"Video \"\"Bob\"\"\",https://example.org/3,smoking,1,client,00:00:07,\"Not great, I smoke too much.\",2,n/a,n/a,n/a,n/a,n/a,n/a,n/a,neutral\n"
            + "high,3,\"Video \"\"Bob\"\"\",https://example.org/3,smoking,2,therapist,00:00:11,You smoke more than you want to.,2,False,n/a,True,complex,False,n/a,reflection,n/a\n"
            + "high,3,\"Video \"\"Bob\"\"\",https://example.org/3,smoking,3,client,00:00:15,Yes.,2,n/a,n/a,n/a,n/a,n/a,n/a,n/a,neutral\n"
            + "high,3,\"Video \"\"Bob\"\"\",https://example.org/3,smoking,4,therapist,00:00:18,Smoking raises the risk of a stroke.,2,True,risk,False,n/a,False,n/a,therapist_input,n/a\n"
            + "low,4,Video Ann,https://example.org/4,diet,0,therapist,00:00:02,What would you like to change?,5,False,n/a,False,n/a,True,open,question,n/a\n"
            + "low,4,Video Ann,https://example.org/4,diet,1,client,00:00:06,I want to eat less sugar.,5,n/a,n/a,n/a,n/a,n/a,n/a,n/a,change\n";

    /** The mapping for AnnoMI-full shipped in docs/methods/mi.md. */
    static final String MAPPING = MiCsvImportTest.MAPPING + "coder.column = annotator_id\n";

    private static List<Conversation> stored(ConversationStore store) {
        return store.listClients().stream().flatMap(c -> c.getTrajectories().stream())
                .flatMap(t -> t.getConversations().stream()).map(c -> store.loadConversation(c.getId())).toList();
    }

    private static Map<String, Integer> codesPerCoder(Conversation c) {
        Map<String, Integer> n = new TreeMap<>();
        for (Annotation a : Annotations.humanCodes(c)) {
            n.merge(a.getCoder(), Integer.valueOf(1), Integer::sum);
        }
        return n;
    }

    @Test
    public void rowsOfSeveralAnnotatorsBecomeOneUtteranceWithACoderEach(@TempDir Path dir) throws Exception {
        Path csv = MiCsvImportTest.write(dir, "AnnoMI-full.csv", FULL);
        Path mapping = MiCsvImportTest.write(dir, "full.properties", MAPPING);
        try (ConversationStore store = Stores.openEmbedded(dir.resolve("db"))) {
            TestCliContext ctx = TestCliContext.of(store, dir, null);
            assertEquals(CliCommand.EXIT_OK, ctx.run(new MiCommand(), "import", csv.toString(), "--mapping", mapping.toString()),
                    ctx.errors());
            List<Conversation> all = stored(store);
            assertEquals(2, all.size());
            Conversation bob = all.stream().filter(c -> c.getTitle().endsWith("3")).findFirst().orElseThrow();
            Conversation ann = all.stream().filter(c -> c.getTitle().endsWith("4")).findFirst().orElseThrow();
            assertEquals(List.of("How are you today?", "Not great, I smoke too much.", "You smoke more than you want to.",
                    "Yes.", "Smoking raises the risk of a stroke."),
                    bob.getUtterances().stream().map(u -> u.getText()).toList(), "one utterance per order, not one per annotator");
            assertEquals(2, ann.getUtterances().size());
            assertEquals(Map.of("annomi-1", Integer.valueOf(5), "annomi-2", Integer.valueOf(5)), codesPerCoder(bob));
            assertEquals(Map.of("annomi-5", Integer.valueOf(2)), codesPerCoder(ann));
            assertEquals(List.of("annomi-1", "annomi-2"), Annotations.coders(bob).stream().sorted().toList());

            // the two annotators agree on the open question and the information, differ on the reflection and the client
            Map<String, CodeAgreement> rows = new TreeMap<>();
            for (CodeAgreement r : Agreement.perCode(bob, "annomi-1", "annomi-2", MiMethod.METHOD_ID, null)) {
                rows.put(r.codeId(), r);
            }
            CodeAgreement open = rows.get(MiCode.OPEN_QUESTION.guid());
            assertEquals(1, open.a(), "both coded the open question");
            assertEquals(1.0, open.percentAgreement(), 1e-9);
            CodeAgreement simple = rows.get(MiCode.SIMPLE_REFLECTION.guid());
            assertEquals(1, simple.codedByA());
            assertEquals(0, simple.codedByB());
            CodeAgreement neutral = rows.get(MiCode.NEUTRAL.guid());
            assertEquals(1, neutral.codedByA());
            assertEquals(2, neutral.codedByB());
            assertEquals(0.8, neutral.percentAgreement(), 1e-9, "4 of 5 utterances agree on neutral");
        }
    }

    @Test
    public void rowsThatDisagreeOnTheTextAreAProblemNamingTheLinesAndNothingIsStored(@TempDir Path dir) throws Exception {
        Path mapping = MiCsvImportTest.write(dir, "full.properties", MAPPING);
        // line 9 (annotator 2, utterance 2) says something else than line 4
        Path other = MiCsvImportTest.write(dir, "other.csv", FULL.replace(
                "2,therapist,00:00:11,You smoke more than you want to.,2,", "2,therapist,00:00:11,You smoke a lot.,2,"));
        Path twice = MiCsvImportTest.write(dir, "twice.csv", FULL.replace(
                "3,client,00:00:15,Yes.,2,", "3,client,00:00:15,Yes.,1,"));
        Path speaker = MiCsvImportTest.write(dir, "speaker.csv", FULL.replace(
                "3,client,00:00:15,Yes.,2,", "3,therapist,00:00:15,Yes.,2,").replace(
                "Yes.,2,n/a,n/a,n/a,n/a,n/a,n/a,n/a,neutral", "Yes.,2,n/a,n/a,n/a,n/a,n/a,n/a,n/a,n/a"));
        try (ConversationStore store = Stores.openEmbedded(dir.resolve("db"))) {
            TestCliContext a = TestCliContext.of(store, dir, null);
            assertEquals(CliCommand.EXIT_USAGE, a.run(new MiCommand(), "import", other.toString(), "--mapping", mapping.toString()));
            assertTrue(a.errors().contains("other.csv") && a.errors().contains(" 9:") && a.errors().contains(" 4"), a.errors());
            TestCliContext b = TestCliContext.of(store, dir, null);
            assertEquals(CliCommand.EXIT_USAGE, b.run(new MiCommand(), "import", twice.toString(), "--mapping", mapping.toString()));
            assertTrue(b.errors().contains("twice.csv") && b.errors().contains("annomi-1"), b.errors());
            TestCliContext c = TestCliContext.of(store, dir, null);
            assertEquals(CliCommand.EXIT_USAGE, c.run(new MiCommand(), "import", speaker.toString(), "--mapping", mapping.toString()));
            assertTrue(c.errors().contains("speaker.csv") && c.errors().contains(" 10:"), c.errors());
            assertEquals(0, store.countClients());
            int conversations = 0;
            for (Client cl : store.listClients()) {
                for (Trajectory t : cl.getTrajectories()) {
                    conversations += t.getConversations().size();
                }
            }
            assertEquals(0, conversations);
        }
    }
}
