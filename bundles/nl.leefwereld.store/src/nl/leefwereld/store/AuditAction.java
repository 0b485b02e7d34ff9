// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.store;

/** What an audit event records. Stored by name. */
public enum AuditAction {
    /** A conversation was opened (read in full). */
    OPEN,
    /** A client or conversation was created or changed. */
    CHANGE,
    /** Data left the store: an export, a print, a copy. Recorded by the caller through {@code audit(...)}. */
    EXPORT,
    /** A conversation or trajectory was deleted. */
    DELETE,
    /** A client was erased with everything about them (right to erasure). */
    ERASE,
    /** Something was deleted because its retention period had passed. */
    RETENTION,
    /** An online backup was made. */
    BACKUP,
    /** This database was restored from a backup. */
    RESTORE,
    /** The database was encrypted. */
    ENCRYPT,
    /** The boot password was changed (the database re-encrypted). */
    PASSWORD,
    /** Something else, named in the detail. */
    OTHER
}
