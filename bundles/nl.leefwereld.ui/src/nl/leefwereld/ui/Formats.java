// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.ui;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.TemporalAccessor;
import java.util.Date;
import java.util.Locale;

/**
 * The one way the workbench writes dates and times: in the reader's locale (Dutch: "2 dec. 2026"), in the system's
 * time zone. Views use these instead of patterns of their own.
 */
public final class Formats {

    private Formats() {
    }

    /** A day. */
    public static String date(LocalDate day) {
        return day == null ? "" : dateFormat().format(day); //$NON-NLS-1$
    }

    /** The day of a moment. */
    public static String date(Date moment) {
        return moment == null ? "" : date(moment.toInstant().atZone(ZoneId.systemDefault()).toLocalDate()); //$NON-NLS-1$
    }

    /** A day, or the day of a moment. */
    public static String date(TemporalAccessor day) {
        if (day instanceof Instant instant) {
            return date(instant.atZone(ZoneId.systemDefault()).toLocalDate());
        }
        return day == null ? "" : dateFormat().format(day); //$NON-NLS-1$
    }

    /** A moment with its time to the second. */
    public static String dateTime(Instant moment) {
        return moment == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM) //$NON-NLS-1$
                .withLocale(Locale.getDefault(Locale.Category.FORMAT)).withZone(ZoneId.systemDefault()).format(moment);
    }

    private static DateTimeFormatter dateFormat() {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(Locale.getDefault(Locale.Category.FORMAT));
    }
}
