package org.newsgraph.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.queryparser.classic.QueryParserBase;

/**
 * What a reader typed into the search box, as the words the text index is asked for: every word must
 * match (letters and digits only, so no reader's input is Lucene syntax), a bounded number of them.
 */
record SearchQuery(String text, List<String> words) {

    /** Longest query read, in characters; the rest is ignored. */
    static final int MAX_CHARS = 200;
    /** Most words asked for at once. */
    static final int MAX_WORDS = 8;

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’\\-][\\p{L}\\p{N}]+)*");

    static SearchQuery parse(String q) {
        String text = q == null ? "" : q.strip();
        if (text.length() > MAX_CHARS) {
            text = text.substring(0, MAX_CHARS);
        }
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find() && words.size() < MAX_WORDS) {
            words.add(m.group().toLowerCase(Locale.ROOT));
        }
        return new SearchQuery(text, List.copyOf(words));
    }

    boolean isEmpty() {
        return words.isEmpty();
    }

    /** Every word, as a Lucene query: the words joined by AND, each escaped. */
    String lucene() {
        return String.join(" AND ", words.stream().map(SearchQuery::term).toList());
    }

    /** As {@link #lucene()}, the last word taken as the beginning of a word (for completion as one types). */
    String prefix() {
        List<String> terms = new ArrayList<>(words.stream().map(SearchQuery::term).toList());
        int last = terms.size() - 1;
        if (!terms.get(last).startsWith("\"")) {
            terms.set(last, terms.get(last) + "*");
        }
        return String.join(" AND ", terms);
    }

    // A word with an apostrophe or hyphen is the analyzer's business: as a phrase it matches the tokens
    // the analyzer made of the indexed text.
    private static String term(String word) {
        String escaped = QueryParserBase.escape(word);
        return word.matches("[\\p{L}\\p{N}]+") ? escaped : "\"" + escaped + "\"";
    }
}
