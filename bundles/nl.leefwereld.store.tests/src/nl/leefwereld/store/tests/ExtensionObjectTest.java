// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EcoreFactory;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.impl.EFactoryImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import nl.leefwereld.model.Annotation;
import nl.leefwereld.model.Assessment;
import nl.leefwereld.model.Client;
import nl.leefwereld.model.Conversation;
import nl.leefwereld.model.ModelPackage;
import nl.leefwereld.model.Note;
import nl.leefwereld.model.Utterance;
import nl.leefwereld.model.impl.AssessmentImpl;
import nl.leefwereld.store.ConversationStore;
import nl.leefwereld.store.internal.ExtensionCodec;
import nl.leefwereld.testsupport.Fixtures;

/**
 * Objects of a method EPackage the store does not know (created at test time, as a method plugin would register
 * it) round trip; when the package is gone the conversation still loads and a re-save keeps their rows.
 */
class ExtensionObjectTest extends StoreTestBase {


    private EPackage method;
    private EClass relationAssessment;
    private EAttribute relationType;
    private EAttribute score;
    private EReference evidence;
    private EReference client;
    private EClass miAnnotation;
    private EAttribute valence;
    private EClass blancoNote;
    private EAttribute listeningMinutes;

    @BeforeEach
    void createMethodPackage() {
        EcoreFactory ecore = EcoreFactory.eINSTANCE;
        method = ecore.createEPackage();
        method.setName("relationtest");
        method.setNsPrefix("rel");
        method.setNsURI("http://leefwereld.nl/test/relation/" + Fixtures.id());

        relationAssessment = ecore.createEClass();
        relationAssessment.setName("RelationAssessment");
        relationAssessment.getESuperTypes().add(ModelPackage.Literals.ASSESSMENT);
        relationType = attribute("relationType", EcorePackage.Literals.ESTRING);
        score = attribute("score", EcorePackage.Literals.EINT);
        relationAssessment.getEStructuralFeatures().add(relationType);
        relationAssessment.getEStructuralFeatures().add(score);
        evidence = ecore.createEReference();
        evidence.setName("evidence");
        evidence.setEType(ModelPackage.Literals.UTTERANCE);
        evidence.setUpperBound(-1);
        relationAssessment.getEStructuralFeatures().add(evidence);
        client = ecore.createEReference();
        client.setName("about");
        client.setEType(ModelPackage.Literals.PARTICIPANT);
        relationAssessment.getEStructuralFeatures().add(client);

        miAnnotation = ecore.createEClass();
        miAnnotation.setName("MiAnnotation");
        miAnnotation.getESuperTypes().add(ModelPackage.Literals.ANNOTATION);
        valence = attribute("valence", EcorePackage.Literals.EINT);
        miAnnotation.getEStructuralFeatures().add(valence);

        blancoNote = ecore.createEClass();
        blancoNote.setName("ListeningNote");
        blancoNote.getESuperTypes().add(ModelPackage.Literals.NOTE);
        listeningMinutes = attribute("minutes", EcorePackage.Literals.EINT);
        blancoNote.getEStructuralFeatures().add(listeningMinutes);

        method.getEClassifiers().addAll(List.of(relationAssessment, miAnnotation, blancoNote));
        method.setEFactoryInstance(new MethodFactory());
        EPackage.Registry.INSTANCE.put(method.getNsURI(), method);
    }

    @AfterEach
    void unregister() {
        EPackage.Registry.INSTANCE.remove(method.getNsURI());
    }

    /**
     * The factory of the test's method package. EMF's default factory of a dynamic package instantiates the nearest
     * generated superclass, but AssessmentImpl is abstract (as in a method plugin, whose generated factory creates
     * its own subclass of AssessmentImpl): create a subclass of it here too.
     */
    private static final class MethodFactory extends EFactoryImpl {
        @Override
        public EObject create(EClass eClass) {
            if (ModelPackage.Literals.ASSESSMENT.isSuperTypeOf(eClass)) {
                DynamicAssessment assessment = new DynamicAssessment();
                assessment.eSetClass(eClass);
                return assessment;
            }
            return super.create(eClass);
        }
    }

    private static final class DynamicAssessment extends AssessmentImpl {
    }

    private static EAttribute attribute(String name, org.eclipse.emf.ecore.EDataType type) {
        EAttribute attribute = EcoreFactory.eINSTANCE.createEAttribute();
        attribute.setName(name);
        attribute.setEType(type);
        return attribute;
    }

    @SuppressWarnings("unchecked")
    private Conversation conversationWithMethodObjects(Client owner) {
        Conversation conversation = Fixtures.richConversation(owner, 8);
        Assessment assessment = (Assessment) EcoreUtil.create(relationAssessment);
        assessment.setId(Fixtures.id());
        assessment.setMethodId("relation");
        assessment.setAssessor("Sanne de Vries");
        assessment.eSet(relationType, "bezoeker");
        assessment.eSet(score, 3);
        ((EList<EObject>) assessment.eGet(evidence)).add(conversation.getUtterances().get(3));
        ((EList<EObject>) assessment.eGet(evidence)).add(conversation.getUtterances().get(5));
        assessment.eSet(client, conversation.getParticipants().get(1));
        conversation.getAssessments().add(assessment);

        Annotation annotation = (Annotation) EcoreUtil.create(miAnnotation);
        annotation.setId(Fixtures.id());
        annotation.setUtterance(conversation.getUtterances().get(4));
        annotation.setMethodId("mi");
        annotation.setCodeId("change-talk");
        annotation.eSet(valence, -2);
        conversation.getAnnotations().add(1, annotation); // between the two core annotations

        Note note = (Note) EcoreUtil.create(blancoNote);
        note.setId(Fixtures.id());
        note.setText("Tien minuten alleen geluisterd.");
        note.eSet(listeningMinutes, 10);
        owner.getNotes().add(note);
        return conversation;
    }

    @Test
    void unknownPackageObjectsRoundTripAndSurviveTheirPackagesAbsence() throws Exception {
        Path db = temp.resolve("db");
        Client owner = Fixtures.richClient("Methode");
        Conversation conversation = conversationWithMethodObjects(owner);
        try (ConversationStore store = open(db)) {
            store.saveClient(owner);
            store.saveConversation(conversation);
        }

        // 1. Reopened, package installed: everything back, with class, attributes and references.
        try (ConversationStore store = open(db)) {
            Conversation loaded = store.loadConversation(conversation.getId());
            assertEquals(1, loaded.getAssessments().size());
            Assessment assessment = loaded.getAssessments().get(0);
            assertSame(relationAssessment, assessment.eClass());
            assertEquals("relation", assessment.getMethodId());
            assertEquals("Sanne de Vries", assessment.getAssessor());
            assertEquals("bezoeker", assessment.eGet(relationType));
            assertEquals(3, assessment.eGet(score));
            List<?> refs = (List<?>) assessment.eGet(evidence);
            assertEquals(2, refs.size());
            assertSame(loaded.getUtterances().get(3), refs.get(0));
            assertSame(loaded.getUtterances().get(5), refs.get(1));
            assertSame(loaded.getParticipants().get(1), assessment.eGet(client));

            assertEquals(3, loaded.getAnnotations().size());
            Annotation mi = loaded.getAnnotations().get(1);
            assertSame(miAnnotation, mi.eClass());
            assertEquals(-2, mi.eGet(valence));
            assertEquals("change-talk", mi.getCodeId());
            assertSame(loaded.getUtterances().get(4), mi.getUtterance());
            assertEquals(Annotation.class, loaded.getAnnotations().get(0).eClass().getInstanceClass());
            assertSame(ModelPackage.Literals.ANNOTATION, loaded.getAnnotations().get(2).eClass());

            Note note = loaded.getTrajectory().getClient().getNotes().get(1);
            assertSame(blancoNote, note.eClass());
            assertEquals(10, note.eGet(listeningMinutes));
            assertEquals(note.getText(), store.loadClient(owner.getId()).getNotes().get(1).getText());
        }
        try (Jdbc jdbc = jdbc(db)) {
            // SQL sees method annotations too (their core row)
            assertEquals(1, jdbc.count("SELECT COUNT(*) FROM annotation WHERE code_id = ?", "change-talk"));
            assertEquals(3, jdbc.count("SELECT COUNT(*) FROM extension_object"));
        }

        // 2. The method plugin is removed: the conversation still loads, its codes stay as core annotations.
        EPackage.Registry.INSTANCE.remove(method.getNsURI());
        try (ConversationStore store = open(db)) {
            Conversation loaded = store.loadConversation(conversation.getId());
            assertNotNull(loaded);
            assertEquals(8, loaded.getUtterances().size());
            assertTrue(loaded.getAssessments().isEmpty());
            assertEquals(3, loaded.getAnnotations().size());
            Annotation mi = loaded.getAnnotations().get(1);
            assertSame(ModelPackage.Literals.ANNOTATION, mi.eClass());
            assertEquals("change-talk", mi.getCodeId());
            assertSame(loaded.getUtterances().get(4), mi.getUtterance());
            Client loadedClient = loaded.getTrajectory().getClient();
            assertEquals(2, loadedClient.getNotes().size()); // the note's core part
            // 3. Re-saving without the package keeps the rows.
            loaded.setTitle("Opnieuw opgeslagen zonder methode");
            store.saveConversation(loaded);
            store.saveClient(loadedClient);
        }
        try (Jdbc jdbc = jdbc(db)) {
            assertEquals(3, jdbc.count("SELECT COUNT(*) FROM extension_object"));
        }

        // 4. The method comes back: everything is there again.
        EPackage.Registry.INSTANCE.put(method.getNsURI(), method);
        try (ConversationStore store = open(db)) {
            Conversation loaded = store.loadConversation(conversation.getId());
            assertEquals("Opnieuw opgeslagen zonder methode", loaded.getTitle());
            Assessment assessment = loaded.getAssessments().get(0);
            assertSame(relationAssessment, assessment.eClass());
            assertSame(loaded.getUtterances().get(5), ((List<?>) assessment.eGet(evidence)).get(1));
            assertSame(miAnnotation, loaded.getAnnotations().get(1).eClass());
            assertSame(blancoNote, loaded.getTrajectory().getClient().getNotes().get(1).eClass());
            // a save with the package installed replaces the rows, no duplicates
            store.saveConversation(loaded);
            store.saveClient(loaded.getTrajectory().getClient());
        }
        try (Jdbc jdbc = jdbc(db)) {
            assertEquals(3, jdbc.count("SELECT COUNT(*) FROM extension_object"));
        }
    }

    @Test
    void aStoredDocumentWithADoctypeIsRefusedAndKept() throws Exception {
        Path db = temp.resolve("db");
        Path secret = temp.resolve("secret.txt");
        Files.writeString(secret, "geheim-bsn-123456782");
        Client owner = Fixtures.richClient("Methode");
        Conversation conversation = conversationWithMethodObjects(owner);
        try (ConversationStore store = open(db)) {
            store.saveClient(owner);
            store.saveConversation(conversation);
        }
        // someone with access to the database files plants an external entity in the assessment's XMI
        String hostile;
        try (Jdbc jdbc = jdbc(db)) {
            jdbc.connection().setAutoCommit(true);
            String xmi;
            try (var s = jdbc.connection().prepareStatement("SELECT xmi FROM extension_object WHERE feature = 'assessments'");
                    var rs = s.executeQuery()) {
                assertTrue(rs.next());
                xmi = rs.getString(1);
            }
            hostile = xmi.replaceFirst("\\?>", "?><!DOCTYPE x [<!ENTITY e SYSTEM \"" + secret.toUri() + "\">]>")
                    .replace("assessor=\"Sanne de Vries\"", "assessor=\"&e;\"");
            assertTrue(hostile.contains("&e;"), hostile);
            jdbc.update("UPDATE extension_object SET xmi = ? WHERE feature = 'assessments'", hostile);
        }
        IOException refused = assertThrows(IOException.class, () -> ExtensionCodec.read(hostile));
        assertTrue(refused.getMessage().contains("DOCTYPE"), refused.getMessage());

        try (ConversationStore store = open(db)) {
            Conversation loaded = store.loadConversation(conversation.getId());
            assertEquals(8, loaded.getUtterances().size(), "the rest of the conversation loads");
            assertTrue(loaded.getAssessments().isEmpty(), "the refused object is not shown, and its entity not read");
            store.saveConversation(loaded);
        }
        try (Jdbc jdbc = jdbc(db)) {
            assertEquals(1, jdbc.count("SELECT COUNT(*) FROM extension_object WHERE feature = 'assessments'"),
                    "a save does not delete what could not be read");
        }
    }

    @Test
    void clientAssessmentsRoundTripAndStayWhileTheirPackageIsAbsent() throws Exception {
        Path db = temp.resolve("db");
        Client owner = Fixtures.richClient("Netwerk");
        Assessment film = (Assessment) EcoreUtil.create(relationAssessment);
        film.setId(Fixtures.id());
        film.setMethodId("blanco");
        film.eSet(relationType, "klant");
        owner.getAssessments().add(film);
        try (ConversationStore store = open(db)) {
            store.saveClient(owner);
        }
        try (ConversationStore store = open(db)) {
            Client loaded = store.loadClient(owner.getId());
            assertEquals(1, loaded.getAssessments().size());
            assertSame(relationAssessment, loaded.getAssessments().get(0).eClass());
            assertEquals("klant", loaded.getAssessments().get(0).eGet(relationType));
            assertEquals("klant", store.listClients().stream().filter(c -> c.getId().equals(owner.getId()))
                    .findFirst().orElseThrow().getAssessments().get(0).eGet(relationType));
        }
        EPackage.Registry.INSTANCE.remove(method.getNsURI());
        try (ConversationStore store = open(db)) {
            Client loaded = store.loadClient(owner.getId());
            assertTrue(loaded.getAssessments().isEmpty());
            loaded.setDisplayName("Netwerk (opnieuw opgeslagen)");
            store.saveClient(loaded);
        }
        EPackage.Registry.INSTANCE.put(method.getNsURI(), method);
        try (ConversationStore store = open(db)) {
            Client loaded = store.loadClient(owner.getId());
            assertEquals("Netwerk (opnieuw opgeslagen)", loaded.getDisplayName());
            assertEquals(1, loaded.getAssessments().size());
        }
    }

    @Test
    void removingAMethodAnnotationWhileItsPackageIsAbsentDeletesItsRow() throws Exception {
        Path db = temp.resolve("db");
        Client owner = Fixtures.richClient("Verwijderd");
        Conversation conversation = conversationWithMethodObjects(owner);
        try (ConversationStore store = open(db)) {
            store.saveConversation(conversation);
        }
        EPackage.Registry.INSTANCE.remove(method.getNsURI());
        try (ConversationStore store = open(db)) {
            Conversation loaded = store.loadConversation(conversation.getId());
            loaded.getAnnotations().remove(1); // the user deletes the (shown as core) method annotation
            store.saveConversation(loaded);
        }
        EPackage.Registry.INSTANCE.put(method.getNsURI(), method);
        try (ConversationStore store = open(db)) {
            Conversation loaded = store.loadConversation(conversation.getId());
            assertEquals(2, loaded.getAnnotations().size());
            assertTrue(loaded.getAnnotations().stream().noneMatch(a -> a.eClass() == miAnnotation));
            assertEquals(1, loaded.getAssessments().size()); // the assessment was kept
        }
    }

    @Test
    void unknownObjectsInCoreListsKeepTheirPosition() {
        Client owner = Fixtures.richClient("Volgorde");
        Conversation conversation = conversationWithMethodObjects(owner);
        Utterance special = (Utterance) EcoreUtil.create(extendedUtteranceClass());
        special.setId(Fixtures.id());
        special.setText("Een uiting met extra gegevens");
        special.setSpeaker(conversation.getParticipants().get(0));
        conversation.getUtterances().add(2, special);
        try (ConversationStore store = open(temp.resolve("db"))) {
            store.saveConversation(conversation);
            Conversation loaded = store.loadConversation(conversation.getId());
            assertEquals(conversation.getUtterances().stream().map(Utterance::getId).toList(),
                    loaded.getUtterances().stream().map(Utterance::getId).toList());
            Utterance back = loaded.getUtterances().get(2);
            assertEquals("ProsodyUtterance", back.eClass().getName());
            assertSame(loaded.getParticipants().get(0), back.getSpeaker());
            assertEquals("Een uiting met extra gegevens", back.getText());
        }
    }

    private EClass extendedUtteranceClass() {
        EClass prosody = EcoreFactory.eINSTANCE.createEClass();
        prosody.setName("ProsodyUtterance");
        prosody.getESuperTypes().add(ModelPackage.Literals.UTTERANCE);
        prosody.getEStructuralFeatures().add(attribute("pitch", EcorePackage.Literals.EDOUBLE));
        method.getEClassifiers().add(prosody);
        return prosody;
    }
}
