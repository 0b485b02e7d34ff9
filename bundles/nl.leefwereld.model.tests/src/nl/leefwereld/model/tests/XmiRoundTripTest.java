// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.leefwereld.model.Annotation;
import nl.leefwereld.model.AnnotationOrigin;
import nl.leefwereld.model.Casebook;
import nl.leefwereld.model.Client;
import nl.leefwereld.model.Code;
import nl.leefwereld.model.Consent;
import nl.leefwereld.model.Conversation;
import nl.leefwereld.model.ConversationKind;
import nl.leefwereld.model.ModelPackage;
import nl.leefwereld.model.Participant;
import nl.leefwereld.model.ParticipantRole;
import nl.leefwereld.model.Trajectory;
import nl.leefwereld.model.Utterance;
import nl.leefwereld.testsupport.Fixtures;

/** Saves a casebook to a real XMI file and loads it into a fresh resource set. */
class XmiRoundTripTest {

    @TempDir
    Path tempDir;

    private Path file;
    private Casebook loaded;

    @BeforeEach
    void saveAndLoad() throws IOException {
        file = tempDir.resolve("casebook.xmi");
        Casebook original = Fixtures.sampleCasebook();

        ResourceSet saveSet = newResourceSet();
        Resource saved = saveSet.createResource(URI.createFileURI(file.toString()));
        saved.getContents().add(original);
        saved.save(Map.of(XMLResource.OPTION_ENCODING, "UTF-8"));

        ResourceSet loadSet = newResourceSet();
        Resource resource = loadSet.getResource(URI.createFileURI(file.toString()), true);
        assertTrue(resource.getErrors().isEmpty(), () -> "load errors: " + resource.getErrors());
        assertEquals(1, resource.getContents().size());
        loaded = (Casebook) resource.getContents().get(0);
        assertNotSame(original, loaded);
    }

    private static ResourceSet newResourceSet() {
        ResourceSet resourceSet = new ResourceSetImpl();
        resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("xmi", new XMIResourceFactoryImpl());
        resourceSet.getPackageRegistry().put(ModelPackage.eNS_URI, ModelPackage.eINSTANCE);
        return resourceSet;
    }

    private Conversation intake() {
        return loaded.getClients().get(0).getTrajectories().get(0).getConversations().get(0);
    }

    @Test
    void fileIsXmiInTheModelNamespace() throws IOException {
        String xml = Files.readString(file, StandardCharsets.UTF_8);

        assertTrue(xml.contains("xmlns:lw=\"http://leefwereld.nl/model/1.0\""), xml);
        assertFalse(xml.contains("//@"), "references should use ids, not positional paths:\n" + xml);
    }

    @Test
    void treeAndIdsArePreserved() {
        assertEquals("cb-1", loaded.getId());
        assertEquals("Wijkteam Noord", loaded.getName());
        assertEquals(2, loaded.getClients().size());
        Client jan = loaded.getClients().get(0);
        assertEquals("client-jan", jan.getId());
        assertEquals("K-0042", jan.getPseudonym());
        assertEquals("client-fatima", loaded.getClients().get(1).getId());
        assertEquals("household", jan.getAttributes().get(0).getName());
        assertEquals("single parent", jan.getAttributes().get(0).getValue());

        Trajectory debts = jan.getTrajectories().get(0);
        assertEquals("traj-debts", debts.getId());
        assertSame(jan, debts.getClient());
        assertEquals("Rust in de financien", debts.getChangeGoal());
        assertEquals(2, debts.getConversations().size());
        assertEquals("conv-intake", debts.getConversations().get(0).getId());
        assertEquals("conv-follow-up", debts.getConversations().get(1).getId());
        assertSame(debts, intake().getTrajectory());

        assertEquals(java.util.List.of("utt-1", "utt-2", "utt-3"),
                intake().getUtterances().stream().map(Utterance::getId).toList(), "utterance order");
        assertEquals("De brieven stapelen zich op.", intake().getUtterances().get(1).getText());

        Code reflection = loaded.getCodebooks().get(0).getCodes().get(0);
        assertEquals("code-reflection", reflection.getId());
        assertEquals("code-complex-reflection", reflection.getCodes().get(0).getId());

        assertSame(intake(), intake().eResource().getEObject("conv-intake"), "id lookup in the loaded resource");
    }

    @Test
    void speakerReferencesResolveToTheLoadedParticipants() {
        Conversation intake = intake();
        Participant anna = intake.getParticipants().get(0);
        Participant jan = intake.getParticipants().get(1);
        assertEquals("part-anna", anna.getId());
        assertEquals("part-jan", jan.getId());

        Utterance u1 = intake.getUtterances().get(0);
        Utterance u2 = intake.getUtterances().get(1);
        Utterance u3 = intake.getUtterances().get(2);
        assertFalse(u1.getSpeaker().eIsProxy());
        assertSame(anna, u1.getSpeaker());
        assertSame(jan, u2.getSpeaker());
        assertSame(anna, u3.getSpeaker());

        assertSame(loaded.getProfessionals().get(0), anna.getProfessional());
        assertNull(jan.getProfessional());
    }

    @Test
    void annotationsKeepTheirUtteranceAndValues() {
        Conversation intake = intake();
        Utterance u3 = intake.getUtterances().get(2);
        Annotation manual = intake.getAnnotations().get(0);
        Annotation suggested = intake.getAnnotations().get(1);

        assertSame(u3, manual.getUtterance());
        assertSame(u3, suggested.getUtterance());
        assertEquals("ann-1", manual.getId());
        assertEquals("code-reflection", manual.getCodeId());
        assertEquals("prof-anna", manual.getCoder());
        assertEquals(1.0, manual.getConfidence());
        assertEquals(-1, manual.getSpanStart());
        assertEquals(-1, manual.getSpanEnd());

        assertEquals(AnnotationOrigin.SUGGESTED, suggested.getOrigin());
        assertEquals(0.75, suggested.getConfidence());
        assertEquals(4, suggested.getSpanStart());
        assertEquals(20, suggested.getSpanEnd());
        assertEquals("feeling named", suggested.getReason());
    }

    @Test
    void datesArePreservedToTheMillisecond() {
        Client jan = loaded.getClients().get(0);
        Conversation intake = intake();
        Conversation followUp = jan.getTrajectories().get(0).getConversations().get(1);
        Consent consent = jan.getConsents().get(0);

        assertEquals(Fixtures.INTAKE_DATE, intake.getDate());
        assertEquals(Fixtures.INTAKE_DATE.getTime(), intake.getDate().getTime());
        assertEquals(Fixtures.FOLLOW_UP_DATE, followUp.getDate());
        assertEquals(Fixtures.INTAKE_DATE, jan.getTrajectories().get(0).getStartDate());
        assertEquals(Fixtures.INTAKE_DATE, intake.getNotes().get(0).getCreated());
        assertEquals(Fixtures.CONSENT_DATE, consent.getDate());
        assertTrue(consent.isGiven());
    }

    @Test
    void enumsDefaultsAndOptionalValuesArePreserved() {
        Conversation intake = intake();
        Conversation followUp = loaded.getClients().get(0).getTrajectories().get(0).getConversations().get(1);

        assertEquals(ConversationKind.WELCOME, intake.getKind());
        assertEquals(ConversationKind.HOME_VISIT, followUp.getKind());
        assertEquals(ParticipantRole.PROFESSIONAL, intake.getParticipants().get(0).getRole());
        assertEquals(ParticipantRole.CLIENT, intake.getParticipants().get(1).getRole());

        assertEquals("nl", intake.getLanguage());
        assertFalse(intake.eIsSet(ModelPackage.Literals.CONVERSATION__LANGUAGE), "default must not be stored");
        assertEquals("en", followUp.getLanguage());

        Utterance u1 = intake.getUtterances().get(0);
        assertEquals(Long.valueOf(0L), u1.getStartMillis());
        assertEquals(Long.valueOf(2_500L), u1.getEndMillis());
        assertNull(intake.getUtterances().get(1).getStartMillis());
    }

    @Test
    void reloadedModelEqualsTheOriginal() {
        assertTrue(EcoreUtil.equals(Fixtures.sampleCasebook(), loaded),
                "a structurally equal copy of the sample casebook");
        for (EObject eObject : (Iterable<EObject>) () -> loaded.eAllContents()) {
            assertTrue(EcoreUtil.getRootContainer(eObject) == loaded);
        }
        Map<EObject, java.util.Collection<org.eclipse.emf.ecore.EStructuralFeature.Setting>> unresolved =
                EcoreUtil.UnresolvedProxyCrossReferencer.find(loaded);
        assertTrue(unresolved.isEmpty(), () -> "unresolved proxies: " + unresolved.keySet());
        assertNotNull(loaded.eResource());
    }
}
