package org.newsgraph.doc;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The normalised form of a name that decides identity: lower-case ASCII words joined by '-', marks
 * and apostrophes dropped ("Bashar al-Assad" → "bashar-al-assad", "Reşat" → "resat"). Names that
 * differ only in case, accents or punctuation share one key, and so one IRI.
 */
public final class NameKey {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private NameKey() {
    }

    /** The key of a name; names in other scripts, which fold to nothing, get a stable hash instead. */
    public static String of(String name) {
        String folded = isAscii(name) ? name
                : MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFKD)).replaceAll("");
        String s = words(folded.toLowerCase(Locale.ROOT));
        return s.isEmpty() ? "u" + Integer.toHexString(name.strip().hashCode()) : s;
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 128) {
                return false;
            }
        }
        return true;
    }

    // The runs of a-z0-9 joined by '-', apostrophes dropped first ("o'neill" → "oneill").
    private static String words(String lower) {
        StringBuilder out = new StringBuilder(lower.length());
        boolean gap = false;
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                if (gap && out.length() > 0) {
                    out.append('-');
                }
                gap = false;
                out.append(c);
            } else if (c != '\'' && c != '’') {
                gap = true;
            }
        }
        return out.toString();
    }
}
