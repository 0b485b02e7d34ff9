// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.method.mi.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import nl.leefwereld.core.cli.CliCommand;
import nl.leefwereld.core.cli.CliCommandDescriptor;
import nl.leefwereld.core.cli.CliContext;
import nl.leefwereld.core.io.TranscriptParseResult;
import nl.leefwereld.core.io.TranscriptParser;
import nl.leefwereld.model.Client;
import nl.leefwereld.model.Conversation;
import nl.leefwereld.model.ModelFactory;
import nl.leefwereld.model.Trajectory;
import nl.leefwereld.model.Utterance;
import nl.leefwereld.store.ConversationStore;

/** Transcripts and helpers shared by the MI tests. */
final class MiTestSupport {

    /** A follow-up conversation of a klantmanager with a client about finding work, with a change goal. */
    static final String WORK = """
            # Titel: Vervolggesprek werk
            # Professional: Klantmanager
            [00:00:05] Klantmanager: Goedemiddag Ahmed. Hoe gaat het met solliciteren?
            [00:00:12] Ahmed: Niet goed. Het lukt me niet, ik krijg nooit antwoord.
            [00:00:20] Klantmanager: Je krijgt nooit antwoord.
            [00:00:24] Klantmanager: Het klinkt alsof je er moedeloos van wordt.
            [00:00:31] Ahmed: Ja. Ik heb geen zin meer in brieven schrijven.
            [00:00:38] Klantmanager: Tien brieven in een maand, dat vraagt doorzettingsvermogen. Hoeveel reacties kreeg je?
            [00:00:47] Ahmed: Geen enkele.
            [00:00:52] Klantmanager: Heb je je cv laten nakijken? En wat zou je zelf willen proberen?
            [00:01:03] Ahmed: Ik wil wel een keer een sollicitatiegesprek oefenen.
            [00:01:10] Klantmanager: De regel is dat je vijf sollicitaties per week doet. Dat moet je gewoon doen.
            [00:01:18] Ahmed: Vijf per week, dat gaat niet.
            [00:01:25] Klantmanager: Jij bepaalt wat voor jou haalbaar is. Zullen we samen kijken?
            [00:01:33] Ahmed: Goed, ik ga volgende week oefenen.
            """;

    private MiTestSupport() {
    }

    /** The conversation of the transcript, inside a trajectory (with the change goal) of a client. */
    static Conversation parse(String transcript, String changeGoal) {
        TranscriptParseResult parse = new TranscriptParser().parse(transcript);
        assertFalse(parse.hasProblems(), parse.problems().toString());
        Conversation c = parse.conversation();
        if (c.getDate() == null) {
            c.setDate(new Date());
        }
        Client client = ModelFactory.eINSTANCE.createClient();
        client.setId(UUID.randomUUID().toString());
        client.setDisplayName("Ahmed");
        Trajectory t = ModelFactory.eINSTANCE.createTrajectory();
        t.setId(UUID.randomUUID().toString());
        t.setTitle("Werk");
        t.setChangeGoal(changeGoal);
        client.getTrajectories().add(t);
        t.getConversations().add(c);
        return c;
    }

    static Utterance u(Conversation c, int index) {
        return c.getUtterances().get(index);
    }

    /** A CLI context over a real store, capturing the output. */
    static final class Context implements CliContext {
        final ConversationStore store;
        final Path folder;
        final String format;
        final ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
        final ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
        final PrintStream out = new PrintStream(outBytes, true, StandardCharsets.UTF_8);
        final PrintStream err = new PrintStream(errBytes, true, StandardCharsets.UTF_8);

        Context(ConversationStore store, Path folder, String format) {
            this.store = store;
            this.folder = folder;
            this.format = format;
        }

        @Override
        public ConversationStore store() {
            return store;
        }

        @Override
        public Path databaseFolder() {
            return folder;
        }

        @Override
        public PrintStream out() {
            return out;
        }

        @Override
        public PrintStream err() {
            return err;
        }

        @Override
        public String format() {
            return format;
        }

        @Override
        public List<CliCommandDescriptor> commands() {
            return new ArrayList<>();
        }

        String output() {
            return outBytes.toString(StandardCharsets.UTF_8);
        }

        String errors() {
            return errBytes.toString(StandardCharsets.UTF_8);
        }

        int run(CliCommand command, String... args) throws Exception {
            return command.run(this, List.of(args));
        }
    }
}
