package org.citycoop.identity.audit;

import org.jspecify.annotations.Nullable;

/**
 * What the audit log keeps of a text someone typed or sent (a user name at the sign-in form, say): at
 * most {@link #MAX} characters (an e-mail address's longest), a longer one cut with {@code …} at the end,
 * and control characters (NUL, line breaks, escapes) each replaced by {@code �}, so an entry can
 * neither grow without bound, nor break the database, nor forge a line in a log viewer. Pure.
 */
public final class AuditText {

    /** The longest text kept, in UTF-16 characters: the longest e-mail address (RFC 5321 path limit). */
    public static final int MAX = 254;
    static final char CUT = '…';
    static final char REPLACED = '\uFFFD';

    private AuditText() {
    }

    public static @Nullable String bounded(@Nullable String text) {
        if (text == null) {
            return null;
        }
        StringBuilder kept = new StringBuilder(Math.min(text.length(), MAX));
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean unpaired = Character.isHighSurrogate(c) ? i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))
                    : Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(text.charAt(i - 1)));
            kept.append(Character.isISOControl(c) || unpaired ? REPLACED : c);
        }
        if (kept.length() <= MAX) {
            return kept.toString();
        }
        int end = MAX - 1;
        if (Character.isLowSurrogate(kept.charAt(end)) && Character.isHighSurrogate(kept.charAt(end - 1))) {
            end--; // do not split a pair
        }
        return kept.substring(0, end) + CUT;
    }
}
