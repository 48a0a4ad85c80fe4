package org.newsgraph.web;

import java.util.List;

/** View model of one resource's HTML page: what the "resource" template renders, all strings unescaped. */
record ResourcePage(String iri, String label, List<Link> types, List<Row> key, String quote, List<Highlighter.Segment> body,
                    List<Panel> panels, List<Row> out, List<Row> in, List<Link> formats, long graphTriples,
                    String whole, String header, List<Context> context, String timeline, String network) {

    /**
     * Where a claim, event or span was read: its sentence highlighted in the article, the article, its
     * date and, for a claim, the speaker (empty strings where unknown).
     */
    record Context(String sentence, String article, String articleLabel, String date, String speaker,
                   String speakerLabel) { }

    boolean hasContext() {
        return !context.isEmpty();
    }

    /** A link with its label; an empty href renders plain text. */
    record Link(String href, String label, String note) { }

    /**
     * One property of the resource and a page of its values (or, for incoming links, of the resources that
     * point here): "N more" (or "more" when not counted) links to the next page.
     */
    record Row(String propertyIri, Link property, List<Link> values, String more, String next, String previous) { }

    /**
     * A page of a list computed by a page query (sparql/page/*.rq): headers and rows of links, and links to
     * the next and previous pages ("N more" where the build counted the rows); position says which rows
     * these are on a page of this list alone.
     */
    record Panel(String id, String title, List<String> headers, List<List<Link>> rows, String more, String next,
                 String previous, String position, String note) { }

    /** Whether this page shows one list alone (then {@code whole} is the address of the whole page). */
    boolean single() {
        return !whole.isEmpty();
    }

    boolean hasBody() {
        return !body.isEmpty();
    }

    boolean hasKey() {
        return !key.isEmpty();
    }

    boolean hasOut() {
        return !out.isEmpty();
    }

    boolean hasIn() {
        return !in.isEmpty();
    }
}
