package org.newsgraph.text;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.newsgraph.doc.PartialDate;

/**
 * What the reader's parts have learnt about one article so far (authors, date, outlet clues); filled
 * while the article reader walks the page's lines, then read into the {@link Document}. Confined to one read.
 */
final class ArticleFacts {

    final List<String> authors = new ArrayList<>();
    /** The first full date stated by a metadata line. */
    PartialDate date;
    /** The first date of an update line ("Last updated …"): the article's date when the page gives no other. */
    PartialDate updateDate;
    /** Month and day of a dateline that gave no year ("LONDON, October 13. /TASS/."), or 0. */
    int yearlessMonth;
    int yearlessDay;
    boolean datelineSeen;
    /** The outlet a line names outright (title suffix, dateline, byline); the first one wins. */
    String namedOutlet;
    /** Outlet name → weight of the clues voting for it, in the order first voted. */
    final Map<String, Integer> outletVotes = new LinkedHashMap<>();
    /** Web hosts of the page's links that name no known outlet ("balticherald"), matched to names at the end. */
    final List<String> hosts = new ArrayList<>();
    /** Byline names that are no person's name ("By Metro Herald"): the outlet's, if the page's furniture prints them too. */
    final List<String> otherBylines = new ArrayList<>();

    void addAuthor(String name) {
        if (!authors.contains(name)) {
            authors.add(name);
        }
    }

    void takeDate(Optional<PartialDate> d) {
        if (date == null && d.isPresent()) {
            date = d.get();
        }
    }

    void vote(String outlet, int weight) {
        outletVotes.merge(outlet, weight, Integer::sum);
    }
}
