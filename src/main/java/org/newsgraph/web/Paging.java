package org.newsgraph.web;

/**
 * Which page of a resource page's lists a request asks for: one list alone ({@code ?panel=ID}, or the
 * values of one property with {@code ?panel=in|out&property=IRI}) or every list, the page number and the
 * page size, which the user chooses within a cap.
 */
record Paging(String panel, String property, int page, int size) {

    static final int DEFAULT_SIZE = 20;
    static final int MAX_SIZE = 200;
    /** Deep pages cost their offset in rows skipped: beyond this, a query is the better tool. */
    static final int MAX_PAGE = 10_000;

    /** The first page of every list, at the default size. */
    static Paging first() {
        return new Paging(null, null, 1, DEFAULT_SIZE);
    }

    /** From request parameters, any of them absent; numbers out of range are brought within it. */
    static Paging parse(String panel, String property, String page, String size) {
        return new Paging(blankToNull(panel), blankToNull(property), clamp(page, 1, 1, MAX_PAGE),
                clamp(size, DEFAULT_SIZE, 1, MAX_SIZE));
    }

    /** Whether the request shows one list alone. */
    boolean single() {
        return panel != null;
    }

    /** The page shown of a list: this one when the request names it, else the first. */
    int pageOf(String id) {
        return id.equals(panel) ? page : 1;
    }

    long offsetOf(String id) {
        return (long) (pageOf(id) - 1) * size;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private static int clamp(String s, int otherwise, int min, int max) {
        if (s == null || !s.matches("[0-9]{1,9}")) {
            return otherwise;
        }
        return Math.max(min, Math.min(max, Integer.parseInt(s)));
    }
}
