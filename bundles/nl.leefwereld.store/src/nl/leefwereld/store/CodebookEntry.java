// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.store;

/**
 * A code of a method's codebook kept in the store (for instance from an imported REFI-QDA project, where no coding
 * may use it yet): its id within the method, its name (label), description and colour ({@code #RRGGBB}); all but the
 * id may be null.
 */
public record CodebookEntry(String codeId, String name, String description, String colour) {
}
