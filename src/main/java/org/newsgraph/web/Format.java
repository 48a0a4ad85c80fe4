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
    RDFXML("rdf", "RDF/XML", "application/rdf+xml", Lang.RDFXML),
    TRIG("trig", "TriG", "application/trig", Lang.TRIG),
    NQUADS("nq", "N-Quads", "application/n-quads", Lang.NQUADS);

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

    /** Whether the syntax holds named graphs (a graph's IRI is answered with its triples in that graph). */
    public boolean quads() {
        return this == TRIG || this == NQUADS;
    }

    /** The RDF syntax, or null for HTML. */
    public Lang lang() {
        return lang;
    }

    // HTML first: browsers and "*/*" get the page. application/json and text/plain are common
    // machine asks that have an obvious answer here.
    private static final AcceptList OFFERS = AcceptList.create("text/html", "application/xhtml+xml",
            "text/turtle", "application/x-turtle", "application/ld+json", "application/json",
            "application/n-triples", "text/plain", "application/rdf+xml", "application/xml", "application/trig",
            "application/n-quads");

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
            AcceptList asked = new AcceptList(accept);
            // q=0 means "not this" (RFC 9110): an offer whose most specific range in the header has q=0 is
            // refused, which Jena's matching alone would only rank last.
            List<MediaType> allowed = OFFERS.entries().stream().filter(o -> !refused(asked, o)).map(o -> (MediaType) o).toList();
            List<org.apache.jena.atlas.web.MediaRange> wanted = asked.entries().stream().filter(r -> r.get_q() > 0).toList();
            if (allowed.isEmpty() || wanted.isEmpty()) {
                return Optional.empty();
            }
            chosen = AcceptList.match(new AcceptList(wanted), AcceptList.create(allowed.toArray(MediaType[]::new)));
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
            case "application/trig" -> TRIG;
            case "application/n-quads" -> NQUADS;
            default -> RDFXML;
        });
    }

    private static boolean refused(AcceptList asked, MediaType offer) {
        org.apache.jena.atlas.web.MediaRange best = null;
        for (org.apache.jena.atlas.web.MediaRange r : asked.entries()) {
            if (r.accepts(offer) && (best == null || r.moreGroundedThan(best))) {
                best = r;
            }
        }
        return best != null && best.get_q() == 0;
    }

    /** Media types offered, for a 406 answer. */
    public static List<String> offered() {
        return Arrays.stream(values()).map(Format::mediaType).toList();
    }
}
