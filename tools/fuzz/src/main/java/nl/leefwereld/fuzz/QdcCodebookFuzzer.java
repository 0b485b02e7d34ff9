// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.fuzz;

import java.io.ByteArrayInputStream;
import java.io.IOException;

import nl.leefwereld.core.codebook.CodebookFormatException;
import nl.leefwereld.core.codebook.QdcCodebooks;
import nl.leefwereld.model.Code;
import nl.leefwereld.model.Codebook;

/**
 * The .qdc reader throws only {@link CodebookFormatException} (with file and message) on bad input; a codebook it
 * reads can be written and read back with the same codes.
 */
public final class QdcCodebookFuzzer {

    private QdcCodebookFuzzer() {
    }

    public static void fuzzerTestOneInput(byte[] data) throws IOException {
        QdcCodebooks qdc = new QdcCodebooks();
        Codebook codebook;
        try {
            codebook = qdc.read(new ByteArrayInputStream(data), "fuzz.qdc");
        } catch (CodebookFormatException e) {
            if (e.getMessage() == null || !e.getMessage().contains("fuzz.qdc")) {
                throw new IllegalStateException("error without file name: " + e.getMessage(), e);
            }
            return;
        }
        Codebook again = qdc.read(new ByteArrayInputStream(qdc.toBytes(codebook)), "roundtrip.qdc");
        if (count(codebook) != count(again)) {
            throw new IllegalStateException("write + read changed the number of codes");
        }
    }

    private static int count(Codebook c) {
        int n = 0;
        for (Code code : c.getCodes()) {
            n += 1 + count(code);
        }
        return n;
    }

    private static int count(Code c) {
        int n = 0;
        for (Code code : c.getCodes()) {
            n += 1 + count(code);
        }
        return n;
    }
}
