package org.citycoop.platform.web;

/**
 * Text PostgreSQL can store: no NUL character and no unpaired UTF-16 surrogate (neither has an
 * encoding the database accepts; a NUL made {@code GET /api/directory?q=%00} a 500). Pure: every
 * entry point of a request (parameters, path variables, JSON strings) asks this one rule.
 */
public final class StorableText {

    /** The message code of the field error ({@code Unstorable} in the platform's bundles). */
    public static final String CODE = "Unstorable";

    private StorableText() {
    }

    public static boolean isStorable(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u0000' || Character.isLowSurrogate(c)) {
                return false;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return false;
                }
                i++;
            }
        }
        return true;
    }

    /** A field name as it can be shown back: characters that could not be stored written as {@code \\uXXXX}. */
    public static String shown(String name) {
        if (isStorable(name)) {
            return name;
        }
        StringBuilder shown = new StringBuilder();
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean pair = Character.isHighSurrogate(c) && i + 1 < name.length() && Character.isLowSurrogate(name.charAt(i + 1));
            if (pair) {
                shown.append(c).append(name.charAt(++i));
            } else if (c == '\u0000' || Character.isSurrogate(c)) {
                shown.append("\\u%04x".formatted((int) c));
            } else {
                shown.append(c);
            }
        }
        return shown.toString();
    }
}
