// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;

import org.junit.jupiter.api.Test;

/** The outline counts a participant's utterances in the singular for one ("1 uiting", not "1 uitingen"). */
public class OutlineLabelTest {

    @Test
    void oneUtteranceIsSingularInEnglishAndDutch() throws Exception {
        assertEquals("Sanne (Client): 1 utterance", format(Messages.Outline_participant, Locale.ENGLISH, 1));
        assertEquals("Sanne (Client): 2 utterances", format(Messages.Outline_participant, Locale.ENGLISH, 2));
        Properties dutch = new Properties();
        try (InputStream in = Messages.class.getResourceAsStream("messages_nl.properties")) {
            dutch.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        Locale nl = Locale.forLanguageTag("nl");
        String pattern = dutch.getProperty("Outline_participant");
        assertEquals("Sanne (Client): 1 uiting", format(pattern, nl, 1));
        assertEquals("Sanne (Client): 18 uitingen", format(pattern, nl, 18));
        assertEquals("Sanne (Client): 1.200 uitingen", format(pattern, nl, 1200));
    }

    private static String format(String pattern, Locale locale, int count) {
        return new MessageFormat(pattern, locale).format(new Object[] { "Sanne", "Client", Integer.valueOf(count) });
    }
}
