// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.search.tests;

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
import nl.leefwereld.model.Annotation;
import nl.leefwereld.model.AnnotationOrigin;
import nl.leefwereld.model.Client;
import nl.leefwereld.model.Conversation;
import nl.leefwereld.model.ConversationKind;
import nl.leefwereld.model.ModelFactory;
import nl.leefwereld.model.Participant;
import nl.leefwereld.model.ParticipantRole;
import nl.leefwereld.model.Trajectory;
import nl.leefwereld.model.Utterance;
import nl.leefwereld.store.ConversationStore;

/** Conversations and a CLI context for the search tests. */
final class Fixtures {

    private static final ModelFactory F = ModelFactory.eINSTANCE;

    private Fixtures() {
    }

    static Client client(String name) {
        Client client = F.createClient();
        client.setId(UUID.randomUUID().toString());
        client.setDisplayName(name);
        Trajectory t = F.createTrajectory();
        t.setId(UUID.randomUUID().toString());
        t.setTitle("Schuldhulp");
        t.setKind("schuldhulp");
        client.getTrajectories().add(t);
        return client;
    }

    /**
     * A conversation in the client's first trajectory: lines alternate professional (even) and client (odd).
     */
    static Conversation conversation(Client client, String title, String language, Date date, String... lines) {
        Conversation c = F.createConversation();
        c.setId(UUID.randomUUID().toString());
        c.setTitle(title);
        c.setLanguage(language);
        c.setDate(date);
        c.setKind(ConversationKind.FOLLOW_UP);
        client.getTrajectories().get(0).getConversations().add(c);
        Participant professional = F.createParticipant();
        professional.setId(UUID.randomUUID().toString());
        professional.setName("Consulent");
        professional.setRole(ParticipantRole.PROFESSIONAL);
        Participant cl = F.createParticipant();
        cl.setId(UUID.randomUUID().toString());
        cl.setName(client.getDisplayName());
        cl.setRole(ParticipantRole.CLIENT);
        c.getParticipants().add(professional);
        c.getParticipants().add(cl);
        for (int i = 0; i < lines.length; i++) {
            Utterance u = F.createUtterance();
            u.setId(UUID.randomUUID().toString());
            u.setSpeaker(i % 2 == 0 ? professional : cl);
            u.setText(lines[i]);
            c.getUtterances().add(u);
        }
        return c;
    }

    static Annotation code(Conversation c, int utterance, String method, String code, String coder,
            AnnotationOrigin origin) {
        Annotation a = F.createAnnotation();
        a.setId(UUID.randomUUID().toString());
        a.setUtterance(c.getUtterances().get(utterance));
        a.setMethodId(method);
        a.setCodeId(code);
        a.setCoder(coder);
        a.setOrigin(origin);
        c.getAnnotations().add(a);
        return a;
    }

    static void save(ConversationStore store, Conversation c) {
        store.saveClient(c.getTrajectory().getClient());
        store.saveConversation(c);
    }

    /** A CLI context over a real store, capturing the output. */
    static final class Context implements CliContext {
        final ConversationStore store;
        final Path folder;
        final String format;
        final ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
        final PrintStream out = new PrintStream(outBytes, true, StandardCharsets.UTF_8);

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
            return out;
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

        int run(CliCommand command, String... args) throws Exception {
            return command.run(this, List.of(args));
        }
    }
}
