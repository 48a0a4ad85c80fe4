package org.newsgraph.web;

/** What the landing page says about the dataset: counts precomputed when the server starts. */
public record SiteInfo(String base, long articles, long persons, long organizations, long countries, long claims,
                       long events, long triples) { }
