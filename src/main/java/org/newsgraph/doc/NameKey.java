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
    private static final Pattern APOSTROPHES = Pattern.compile("['’]");
    private static final Pattern NOT_WORD = Pattern.compile("[^a-z0-9]+");
    private static final Pattern EDGES = Pattern.compile("^-+|-+$");

    private NameKey() {
    }

    /** The key of a name; names in other scripts, which fold to nothing, get a stable hash instead. */
    public static String of(String name) {
        String folded = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFKD)).replaceAll("");
        String lower = APOSTROPHES.matcher(folded.toLowerCase(Locale.ROOT)).replaceAll("");
        String s = EDGES.matcher(NOT_WORD.matcher(lower).replaceAll("-")).replaceAll("");
        return s.isEmpty() ? "u" + Integer.toHexString(name.strip().hashCode()) : s;
    }
}
