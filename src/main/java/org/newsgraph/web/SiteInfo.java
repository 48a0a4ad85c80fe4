package org.newsgraph.web;

import java.util.List;

/**
 * What the landing page says about the dataset, read when the server starts: counts per class (as shown,
 * "?" when unknown), the latest articles, the most-mentioned actors and countries, and a notice when the
 * figures could not be read from the build's statistics graph.
 */
public record SiteInfo(String base, String root, String articles, String persons, String organizations, String countries,
                       String claims, String events, String triples, List<ArticleItem> latest, List<ActorItem> topActors,
                       List<ActorItem> topCountries, String notice, String months, String described) {

    /** One of the latest articles. */
    public record ArticleItem(String href, String title, String date, String publisher) { }

    /** One of the most-mentioned actors or countries. */
    public record ActorItem(String href, String name, String type, String articles) { }

    boolean hasTopCountries() {
        return !topCountries.isEmpty();
    }

    /** The same, with the address the page is being served at (for its examples). */
    SiteInfo at(String servedRoot) {
        return new SiteInfo(base, servedRoot, articles, persons, organizations, countries, claims, events, triples, latest,
                topActors, topCountries, notice, months, described);
    }
}
