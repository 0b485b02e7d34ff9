// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

/** Every NLS key exists in English and Dutch, and every Messages field has a key. */
public class MessagesTest {

    @Test
    public void englishAndDutchHaveTheSameKeys() throws Exception {
        for (Class<?> messages : new Class<?>[] { nl.leefwereld.core.io.Messages.class, nl.leefwereld.core.cli.Messages.class,
                nl.leefwereld.core.demo.Messages.class, nl.leefwereld.core.method.Messages.class,
                nl.leefwereld.core.codebook.Messages.class, nl.leefwereld.core.coding.Messages.class,
                nl.leefwereld.core.format.Messages.class, nl.leefwereld.core.commands.Messages.class,
                nl.leefwereld.core.privacy.Messages.class, nl.leefwereld.core.exchange.Messages.class }) {
            Set<String> en = keys(messages, "messages.properties");
            Set<String> nl = keys(messages, "messages_nl.properties");
            assertEquals(en, nl, messages.getName());
            Set<String> fields = new TreeSet<>();
            for (Field f : messages.getDeclaredFields()) {
                if (Modifier.isPublic(f.getModifiers()) && f.getType() == String.class) {
                    fields.add(f.getName());
                    assertNotNull(f.get(null), f.getName());
                }
            }
            assertEquals(fields, en, messages.getName());
        }
    }

    @Test
    public void dutchIsReallyDutch() throws Exception {
        Properties nl = load(nl.leefwereld.core.io.Messages.class, "messages_nl.properties");
        assertTrue(nl.getProperty("Problem_line").startsWith("regel "));
        assertEquals("Geïmporteerd", nl.getProperty("Importer_clientName"), "non-ASCII survives the ISO-8859-1 properties format");
    }

    private static Set<String> keys(Class<?> c, String name) throws Exception {
        return new TreeSet<>(load(c, name).stringPropertyNames());
    }

    private static Properties load(Class<?> c, String name) throws Exception {
        Properties p = new Properties();
        try (InputStream in = c.getResourceAsStream(name)) {
            assertNotNull(in, name);
            p.load(in);
        }
        return p;
    }
}
