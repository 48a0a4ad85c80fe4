package org.newsgraph.web;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.riot.Lang;

/** The representations a dataset IRI has on the server, chosen by extension or by the Accept header. */
public enum Format {
    HTML("html", "HTML", "text/html", null),
    TURTLE("ttl", "Turtle", "text/turtle", Lang.TURTLE),
    JSONLD("jsonld", "JSON-LD", "application/ld+json", Lang.JSONLD),
    NTRIPLES("nt", "N-Triples", "application/n-triples", Lang.NTRIPLES),
    RDFXML("rdf", "RDF/XML", "application/rdf+xml", Lang.RDFXML);

    private final String extension;
    private final String title;
    private final String mediaType;
    private final Lang lang;

    Format(String extension, String title, String mediaType, Lang lang) {
        this.extension = extension;
        this.title = title;
        this.mediaType = mediaType;
        this.lang = lang;
    }

    public String extension() {
        return extension;
    }

    public String title() {
        return title;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The RDF syntax, or null for HTML. */
    public Lang lang() {
        return lang;
    }

    // HTML first: browsers and "*/*" get the page. application/json and text/plain are common
    // machine asks that have an obvious answer here.
    private static final AcceptList OFFERS = AcceptList.create("text/html", "application/xhtml+xml",
            "text/turtle", "application/x-turtle", "application/ld+json", "application/json",
            "application/n-triples", "text/plain", "application/rdf+xml", "application/xml");

    /** The format a file extension names ("ttl", "jsonld", …). */
    public static Optional<Format> byExtension(String ext) {
        String e = ext.toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.extension.equals(e)).findFirst();
    }

    /** The format an Accept header prefers; empty when it accepts none of them (→ 406). */
    public static Optional<Format> negotiate(String accept) {
        if (accept == null || accept.isBlank()) {
            return Optional.of(HTML);
        }
        MediaType chosen;
        try {
            chosen = AcceptList.match(new AcceptList(accept), OFFERS);
        } catch (RuntimeException e) {
            // An unparseable header is answered like one that accepts nothing we have.
            return Optional.empty();
        }
        if (chosen == null) {
            return Optional.empty();
        }
        return Optional.of(switch (chosen.getContentTypeStr()) {
            case "text/html", "application/xhtml+xml" -> HTML;
            case "text/turtle", "application/x-turtle" -> TURTLE;
            case "application/ld+json", "application/json" -> JSONLD;
            case "application/n-triples", "text/plain" -> NTRIPLES;
            default -> RDFXML;
        });
    }

    /** Media types offered, for a 406 answer. */
    public static List<String> offered() {
        return Arrays.stream(values()).map(Format::mediaType).toList();
    }
}
