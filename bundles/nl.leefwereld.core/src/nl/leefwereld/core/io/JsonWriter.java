// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.core.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * A small streaming JSON writer (RFC 8259), indented with two spaces. Strings are escaped: quote, backslash,
 * control characters, U+2028/U+2029 and unpaired surrogates as {@code \}{@code uXXXX}; characters outside the
 * BMP stay as they are (a valid surrogate pair, written as four UTF-8 bytes by a UTF-8 writer).
 * Misuse (a value where a name is expected) throws {@link IllegalStateException}.
 */
public final class JsonWriter {

    private enum Scope { ARRAY, OBJECT }

    private final Appendable out;
    private final Deque<Scope> scopes = new ArrayDeque<>();
    private final Deque<Boolean> empty = new ArrayDeque<>();
    private boolean nameWritten;
    private boolean done;

    public JsonWriter(Appendable out) {
        this.out = out;
    }

    public JsonWriter beginObject() {
        beforeValue();
        write('{');
        scopes.push(Scope.OBJECT);
        empty.push(Boolean.TRUE);
        return this;
    }

    public JsonWriter endObject() {
        return end(Scope.OBJECT, '}');
    }

    public JsonWriter beginArray() {
        beforeValue();
        write('[');
        scopes.push(Scope.ARRAY);
        empty.push(Boolean.TRUE);
        return this;
    }

    public JsonWriter endArray() {
        return end(Scope.ARRAY, ']');
    }

    public JsonWriter name(String name) {
        if (scopes.peek() != Scope.OBJECT || nameWritten) {
            throw new IllegalStateException("name outside an object: " + name); //$NON-NLS-1$
        }
        separator();
        write(quote(name));
        write(": "); //$NON-NLS-1$
        nameWritten = true;
        return this;
    }

    public JsonWriter value(String value) {
        beforeValue();
        write(value == null ? "null" : quote(value)); //$NON-NLS-1$
        return this;
    }

    public JsonWriter value(Number value) {
        beforeValue();
        if (value == null) {
            write("null"); //$NON-NLS-1$
        } else if ((value instanceof Double || value instanceof Float) && !Double.isFinite(value.doubleValue())) {
            write("null"); //$NON-NLS-1$
        } else {
            write(value.toString());
        }
        return this;
    }

    public JsonWriter value(long value) {
        return value(Long.valueOf(value));
    }

    public JsonWriter value(boolean value) {
        beforeValue();
        write(value ? "true" : "false"); //$NON-NLS-1$ //$NON-NLS-2$
        return this;
    }

    public JsonWriter nullValue() {
        beforeValue();
        write("null"); //$NON-NLS-1$
        return this;
    }

    /** Writes {@code "name": value} in an object. */
    public JsonWriter field(String name, String value) {
        return name(name).value(value);
    }

    public JsonWriter field(String name, Number value) {
        return name(name).value(value);
    }

    public JsonWriter field(String name, boolean value) {
        return name(name).value(value);
    }

    /** Ends the document with a line break; fails when objects or arrays are still open. */
    public void finish() {
        if (!scopes.isEmpty()) {
            throw new IllegalStateException("unclosed object or array"); //$NON-NLS-1$
        }
        write('\n');
    }

    /** The JSON string literal of {@code s}, quotes included. */
    public static String quote(String s) {
        StringBuilder b = new StringBuilder(s.length() + 2);
        b.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\""); //$NON-NLS-1$
                case '\\' -> b.append("\\\\"); //$NON-NLS-1$
                case '\n' -> b.append("\\n"); //$NON-NLS-1$
                case '\r' -> b.append("\\r"); //$NON-NLS-1$
                case '\t' -> b.append("\\t"); //$NON-NLS-1$
                case '\b' -> b.append("\\b"); //$NON-NLS-1$
                case '\f' -> b.append("\\f"); //$NON-NLS-1$
                default -> {
                    if (c < 0x20 || c == 0x7F || c == '\u2028' || c == '\u2029') {
                        unicodeEscape(b, c);
                    } else if (Character.isHighSurrogate(c)) {
                        if (i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                            b.append(c).append(s.charAt(++i));
                        } else {
                            unicodeEscape(b, c);
                        }
                    } else if (Character.isLowSurrogate(c)) {
                        unicodeEscape(b, c);
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }

    private static void unicodeEscape(StringBuilder b, char c) {
        b.append(String.format("\\u%04x", Integer.valueOf(c))); //$NON-NLS-1$
    }

    private JsonWriter end(Scope scope, char close) {
        if (scopes.peek() != scope || nameWritten) {
            throw new IllegalStateException("unbalanced " + close); //$NON-NLS-1$
        }
        scopes.pop();
        boolean wasEmpty = empty.pop().booleanValue();
        if (!wasEmpty) {
            newline();
        }
        write(close);
        if (scopes.isEmpty()) {
            done = true;
        }
        return this;
    }

    private void beforeValue() {
        if (done) {
            throw new IllegalStateException("document already complete"); //$NON-NLS-1$
        }
        Scope scope = scopes.peek();
        if (scope == Scope.OBJECT) {
            if (!nameWritten) {
                throw new IllegalStateException("value without a name in an object"); //$NON-NLS-1$
            }
            nameWritten = false;
        } else if (scope == Scope.ARRAY) {
            separator();
        }
    }

    private void separator() {
        if (!empty.peek().booleanValue()) {
            write(',');
        }
        empty.pop();
        empty.push(Boolean.FALSE);
        newline();
    }

    private void newline() {
        write('\n');
        for (int i = 0; i < scopes.size(); i++) {
            write("  "); //$NON-NLS-1$
        }
    }

    private void write(CharSequence s) {
        try {
            out.append(s);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void write(char c) {
        try {
            out.append(c);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
