// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.report;

import java.util.List;
import java.util.function.Supplier;

/**
 * One contributed report: {@code kind} is the word of {@code leefwereld report <kind>}, {@code subject} says whether
 * it is about a conversation, a client or all clients, {@code options} the names of the values it takes (each
 * {@code --<name> <value>} on the command line), {@code methodId} the method it belongs to (empty for the core's own).
 */
public record ReportDescriptor(String id, String kind, Subject subject, String methodId, String name,
        String description, List<String> options, String contributor, Supplier<ReportContribution> factory) {

    public ReportDescriptor {
        options = List.copyOf(options);
    }

    /** What a report is about: one conversation, a client, or every client in the database. */
    public enum Subject {
        CONVERSATION, CLIENT, ALL
    }

    /** A new instance of the contribution (one per report). */
    public ReportContribution create() {
        return factory.get();
    }
}
