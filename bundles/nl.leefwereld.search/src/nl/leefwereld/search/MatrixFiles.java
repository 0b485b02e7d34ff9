// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.search;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import nl.leefwereld.store.OwnerOnlyFiles;

/**
 * Writes a {@link CodeMatrix} and coded segments for SPSS, R or a spreadsheet: CSV (UTF-8, comma, a header row) or
 * XLSX (Apache POI, one sheet). Files are written owner-only.
 */
public final class MatrixFiles {

    private MatrixFiles() {
    }

    /** Whether the file name asks for XLSX ({@code .xlsx}); anything else is CSV. */
    public static boolean isXlsx(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx"); //$NON-NLS-1$
    }

    /** Writes the matrix as CSV or XLSX by the file's extension. */
    public static void write(CodeMatrix matrix, Path file) throws IOException {
        if (isXlsx(file)) {
            writeXlsx(matrix, file);
        } else {
            writeCsv(matrix, file);
        }
    }

    /** Header {@code code,<column labels...>,total}; one row per code. */
    public static void writeCsv(CodeMatrix matrix, Path file) throws IOException {
        try (Writer w = OwnerOnlyFiles.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            writeCsv(matrix, w);
        }
    }

    public static void writeCsv(CodeMatrix matrix, Appendable out) throws IOException {
        CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT);
        csv.print("code"); //$NON-NLS-1$
        for (String label : matrix.labels()) {
            csv.print(label);
        }
        csv.print("total"); //$NON-NLS-1$
        csv.println();
        for (int r = 0; r < matrix.codes().size(); r++) {
            csv.print(matrix.codes().get(r));
            for (int c : matrix.counts()[r]) {
                csv.print(c);
            }
            csv.print(matrix.rowTotal(r));
            csv.println();
        }
        csv.flush();
    }

    /** One sheet {@code matrix}: the same rows as the CSV, counts as numbers; a second row holds the column ids. */
    public static void writeXlsx(CodeMatrix matrix, Path file) throws IOException {
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        // XMLBeans finds POI's schema types through the context class loader
        Thread.currentThread().setContextClassLoader(XSSFWorkbook.class.getClassLoader());
        try (XSSFWorkbook book = new XSSFWorkbook(); OutputStream out = OwnerOnlyFiles.newOutputStream(file)) {
            Sheet sheet = book.createSheet("matrix"); //$NON-NLS-1$
            Row header = sheet.createRow(0);
            Row ids = sheet.createRow(1);
            header.createCell(0).setCellValue("code"); //$NON-NLS-1$
            ids.createCell(0).setCellValue("id"); //$NON-NLS-1$
            List<String> labels = matrix.labels();
            for (int c = 0; c < labels.size(); c++) {
                header.createCell(c + 1).setCellValue(labels.get(c));
                ids.createCell(c + 1).setCellValue(matrix.columns().get(c));
            }
            header.createCell(labels.size() + 1).setCellValue("total"); //$NON-NLS-1$
            for (int r = 0; r < matrix.codes().size(); r++) {
                Row row = sheet.createRow(r + 2);
                row.createCell(0).setCellValue(matrix.codes().get(r));
                int[] counts = matrix.counts()[r];
                for (int c = 0; c < counts.length; c++) {
                    Cell cell = row.createCell(c + 1);
                    cell.setCellValue(counts[c]);
                }
                row.createCell(counts.length + 1).setCellValue(matrix.rowTotal(r));
            }
            book.write(out);
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
        }
    }

    /** Coded segments as CSV: conversation, utterance, speaker, role, method, code, coder, origin, before, text, after. */
    public static void writeSegmentsCsv(Iterable<CodedSegment> segments, Appendable out) throws IOException {
        CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT);
        csv.printRecord("conversation", "title", "client", "utterance", "speaker", "role", "method", "code", "coder", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$
                "origin", "before", "text", "after"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        for (CodedSegment s : segments) {
            csv.printRecord(s.conversationId(), s.conversationTitle(), s.clientId(), s.utteranceNumber(), s.speaker(),
                    s.role(), s.methodId(), s.codeId(), s.coder(), s.origin(), s.before(), s.text(), s.after());
        }
        csv.flush();
    }
}
