package org.newsgraph.web;

/**
 * How pages link to the dataset's own IRIs: as paths from the server's root, so a link leads to the host and
 * port the page was fetched from whatever base the IRIs were minted under; or, when the server was told
 * its public base, as the IRIs themselves.
 */
record Links(String base, boolean absolute) {

    /** Links that follow the host and port a page is served on. */
    static Links relative(String base) {
        return new Links(base, false);
    }

    /** Links that are the IRIs, for a server published at its base (behind a proxy, say). */
    static Links toBase(String base) {
        return new Links(base, true);
    }

    /** The href of an IRI: its path under the server's root when it is one of ours, else the IRI. */
    String href(String iri) {
        if (absolute || !iri.startsWith(base)) {
            return iri;
        }
        return "/" + iri.substring(base.length());
    }

    /** Whether an IRI is one of the dataset's own, served here. */
    boolean owns(String iri) {
        return iri.startsWith(base);
    }
}
