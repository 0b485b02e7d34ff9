// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.report.internal;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The fonts shipped in this bundle ({@code fonts/}: DejaVu Sans and DejaVu Sans Bold, Bitstream Vera licence, see
 * {@code fonts/LICENSE-DejaVu.txt}), so PDFs and charts print Dutch (and most other) characters on every machine,
 * whatever fonts it has.
 */
public final class Fonts {

    private static final String REGULAR = "/fonts/DejaVuSans.ttf"; //$NON-NLS-1$
    private static final String BOLD = "/fonts/DejaVuSans-Bold.ttf"; //$NON-NLS-1$

    private static volatile Font awtRegular;
    private static volatile Font awtBold;

    private Fonts() {
    }

    /** The regular TrueType font as bytes. */
    public static byte[] regular() {
        return read(REGULAR);
    }

    /** The bold TrueType font as bytes. */
    public static byte[] bold() {
        return read(BOLD);
    }

    /** The font for Java2D (charts), at the given size. */
    public static Font awt(boolean bold, float size) {
        Font base = bold ? awtBold : awtRegular;
        if (base == null) {
            try (InputStream in = Fonts.class.getResourceAsStream(bold ? BOLD : REGULAR)) {
                base = Font.createFont(Font.TRUETYPE_FONT, in);
            } catch (IOException | FontFormatException e) {
                base = new Font(Font.SANS_SERIF, bold ? Font.BOLD : Font.PLAIN, 12);
            }
            if (bold) {
                awtBold = base;
            } else {
                awtRegular = base;
            }
        }
        return base.deriveFont(size);
    }

    private static byte[] read(String resource) {
        try (InputStream in = Fonts.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException(resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
