// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.core.privacy;

import java.io.IOException;
import java.util.List;

import nl.leefwereld.store.AuditEvent;

/**
 * The audit log as CSV (RFC 4180, CRLF line ends), one event a line with the header
 * {@code sequence,time,user,action,client,object,detail}; the time in ISO-8601 UTC. Written by
 * {@code leefwereld audit --csv} and the workbench's audit log export alike.
 */
public final class AuditCsv {

    /** The first line, without its line end. */
    public static final String HEADER = "sequence,time,user,action,client,object,detail"; //$NON-NLS-1$
    /** How an export of the audit log itself starts its detail, followed by the format or file. */
    public static final String EXPORT_DETAIL = "audit log "; //$NON-NLS-1$

    private static final String EOL = "\r\n"; //$NON-NLS-1$

    private AuditCsv() {
    }

    /** Writes the header and the events, in the order given. */
    public static void write(List<AuditEvent> events, Appendable out) throws IOException {
        out.append(HEADER).append(EOL);
        for (AuditEvent e : events) {
            out.append(String.valueOf(e.sequence())).append(',').append(e.time().toString()).append(',')
                    .append(field(e.user())).append(',').append(field(e.action())).append(',')
                    .append(field(e.clientId())).append(',').append(field(e.objectId())).append(',')
                    .append(field(e.detail())).append(EOL);
        }
    }

    /** A CSV field: empty for null, quoted (quotes doubled) when it holds a comma, quote or line break. */
    public static String field(String value) {
        if (value == null) {
            return ""; //$NON-NLS-1$
        }
        if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            return '"' + value.replace("\"", "\"\"") + '"'; //$NON-NLS-1$ //$NON-NLS-2$
        }
        return value;
    }
}
