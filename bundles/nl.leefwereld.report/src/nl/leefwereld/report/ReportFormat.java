// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.report;

import java.nio.file.Path;
import java.util.Locale;

/** The file formats of a report. */
public enum ReportFormat {
    HTML("html"), PDF("pdf"), DOCX("docx"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

    private final String extension;

    ReportFormat(String extension) {
        this.extension = extension;
    }

    /** The file extension, without a dot. */
    public String extension() {
        return extension;
    }

    /** The format named {@code html}, {@code pdf} or {@code docx} (any case), or {@code null}. */
    public static ReportFormat named(String name) {
        if (name == null) {
            return null;
        }
        String n = name.toLowerCase(Locale.ROOT);
        for (ReportFormat f : values()) {
            if (f.extension.equals(n) || ("htm".equals(n) && f == HTML)) { //$NON-NLS-1$
                return f;
            }
        }
        return null;
    }

    /** The format of a file by its extension, or {@code null}. */
    public static ReportFormat of(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString(); //$NON-NLS-1$
        int dot = name.lastIndexOf('.');
        return dot < 0 ? null : named(name.substring(dot + 1));
    }
}
