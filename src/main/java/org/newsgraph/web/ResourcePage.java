package org.newsgraph.web;

import java.util.List;

/** View model of one resource's HTML page: what the "resource" template renders, all strings unescaped. */
record ResourcePage(String iri, String label, List<Link> types, List<Row> key, String quote, List<Highlighter.Segment> body,
                    List<Panel> panels, List<Row> out, List<Row> in, List<Link> formats, long graphTriples) {

    /** A link with its label; an empty href renders plain text. */
    record Link(String href, String label, String note) { }

    /** One property of the resource and its values (or, for incoming links, the resources that point here). */
    record Row(Link property, List<Link> values, long more) { }

    /** A table computed by a page query (sparql/page/*.rq): headers and rows of links. */
    record Panel(String title, List<String> headers, List<List<Link>> rows) { }

    boolean hasBody() {
        return !body.isEmpty();
    }

    boolean hasKey() {
        return !key.isEmpty();
    }

    boolean hasIn() {
        return !in.isEmpty();
    }
}
