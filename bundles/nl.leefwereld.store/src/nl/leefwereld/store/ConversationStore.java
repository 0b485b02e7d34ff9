package nl.leefwereld.store;

import java.util.List;

import nl.leefwereld.model.Client;
import nl.leefwereld.model.Conversation;

/**
 * Persistence of clients and conversations. Implementations are thread-safe: calls are serialised.
 * Every save is one transaction; on failure a {@link StoreException} is thrown and nothing changes.
 */
public interface ConversationStore extends AutoCloseable {

    /**
     * All clients, each with its attributes, consents, notes and trajectories, and each trajectory with its
     * conversation headers (id, title, date, kind, language). Never loads participants, utterances, annotations.
     */
    List<Client> listClients();

    /** Same shape as one element of {@link #listClients()}, or null. */
    Client loadClient(String clientId);

    /**
     * A full conversation (participants, utterances in order, annotations, notes, assessments), contained in a
     * header copy of its Trajectory, itself contained in a header copy of its Client; null when unknown.
     */
    Conversation loadConversation(String conversationId);

    /**
     * Inserts or updates the client row and its attributes/consents/notes and trajectory rows (not conversation
     * content). One transaction. Trajectories missing from the client are not deleted (a header copy of a client
     * holds only some of them); use {@link #deleteTrajectory(String)} for that.
     */
    void saveClient(Client client);

    /**
     * Inserts or replaces the whole conversation (header, participants, utterances, annotations, notes,
     * assessments, and objects of unknown method EPackages). conversation.getTrajectory() must be set and already
     * saved (or saved in the same call). One transaction: on failure nothing changes.
     */
    void saveConversation(Conversation conversation);

    void deleteClient(String clientId);

    void deleteConversation(String conversationId);

    /** Deletes a trajectory with all its conversations. */
    void deleteTrajectory(String trajectoryId);

    int countClients();

    /** The database folder (embedded) or the JDBC URL. */
    String location();

    @Override
    void close();
}
