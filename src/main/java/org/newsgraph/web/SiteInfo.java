package org.newsgraph.web;

import java.util.List;

/** What the landing page says about the dataset: counts and lists precomputed when the server starts. */
public record SiteInfo(String base, long articles, long persons, long organizations, long countries, long claims,
                       long events, long triples, List<ArticleItem> latest, List<ActorItem> topActors) {

    /** One of the latest articles. */
    public record ArticleItem(String href, String title, String date, String publisher) { }

    /** One of the most-mentioned actors. */
    public record ActorItem(String href, String name, String type, long articles) { }
}
