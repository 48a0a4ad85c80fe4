package org.newsgraph.web;

import java.util.List;

/**
 * View model of a browse list (/claim/, /article/, /event/, /actor/, /country/): a page of rows, the
 * facets that narrow it (links that compose), the chosen filters (each with a link that drops it), paging
 * and export links. All strings unescaped; the "list" template escapes them.
 */
record ListPage(String id, String title, List<String> headers, List<List<ResourcePage.Link>> rows, List<Facet> facets,
                List<ResourcePage.Link> chosen, String next, String previous, String position, String csv, String json) {

    /** One facet: its name and values, each a link to the list narrowed by it, with its count. */
    record Facet(String name, List<ResourcePage.Link> values) { }

    boolean hasRows() {
        return !rows.isEmpty();
    }

    boolean hasChosen() {
        return !chosen.isEmpty();
    }
}
