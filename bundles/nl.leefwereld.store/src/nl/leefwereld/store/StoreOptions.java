// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.store;

import java.util.Arrays;

/**
 * How a store is opened: the boot password of an encrypted database, the user name the audit log records, and
 * whether reads are audited. Immutable; {@code with…} return copies. The password is copied in and never logged.
 */
public final class StoreOptions {

    /** Environment variable holding the boot password, read by {@link Stores#openEmbedded(java.nio.file.Path)}. */
    public static final String PASSWORD_ENVIRONMENT_VARIABLE = "LEEFWERELD_DB_PASSWORD"; //$NON-NLS-1$

    /** Derby refuses boot passwords shorter than this. */
    public static final int MIN_PASSWORD_LENGTH = 8;

    private final char[] bootPassword;
    private final String userName;
    private final boolean auditReads;

    private StoreOptions(char[] bootPassword, String userName, boolean auditReads) {
        this.bootPassword = bootPassword == null ? null : bootPassword.clone();
        this.userName = userName;
        this.auditReads = auditReads;
    }

    /** The password in {@value #PASSWORD_ENVIRONMENT_VARIABLE}, or {@code null} when it is not set or empty. */
    public static char[] passwordFromEnvironment() {
        String value = System.getenv(PASSWORD_ENVIRONMENT_VARIABLE);
        return value == null || value.isEmpty() ? null : value.toCharArray();
    }

    /** No password (an unencrypted database), the user {@code System.getProperty("user.name")}, reads audited. */
    public static StoreOptions defaults() {
        return new StoreOptions(null, null, true);
    }

    /**
     * The boot password: a new database is created encrypted (AES-256) with it; an encrypted one is opened with
     * it. {@code null} means none: a new database is then created unencrypted.
     */
    public StoreOptions withBootPassword(char[] password) {
        return new StoreOptions(password, userName, auditReads);
    }

    /** The user named in audit events; {@code null} for {@code user.name}. */
    public StoreOptions withUserName(String name) {
        return new StoreOptions(bootPassword, name, auditReads);
    }

    /** Whether {@code loadConversation} records an OPEN event in the audit log (default true). */
    public StoreOptions withAuditReads(boolean audit) {
        return new StoreOptions(bootPassword, userName, audit);
    }

    /** A copy of the password, or null. */
    public char[] bootPassword() {
        return bootPassword == null ? null : bootPassword.clone();
    }

    public boolean hasBootPassword() {
        return bootPassword != null;
    }

    /** The user name for the audit log (never null). */
    public String userName() {
        if (userName != null && !userName.isBlank()) {
            return userName;
        }
        String system = System.getProperty("user.name"); //$NON-NLS-1$
        return system == null || system.isBlank() ? "?" : system; //$NON-NLS-1$
    }

    /** Whether a user name was given ({@link #withUserName}), rather than taken from the system. */
    public boolean hasUserName() {
        return userName != null && !userName.isBlank();
    }

    public boolean auditReads() {
        return auditReads;
    }

    @Override
    public String toString() {
        return "StoreOptions[user=" + userName() + ", password=" + (bootPassword == null ? "none" : "***") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                + ", auditReads=" + auditReads + ']'; //$NON-NLS-1$
    }

    /** Overwrites the held password copy (call when done). */
    public void clear() {
        if (bootPassword != null) {
            Arrays.fill(bootPassword, '\0');
        }
    }
}
