package org.newsgraph.rdf;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.newsgraph.doc.Entity;
import org.newsgraph.doc.EntityKind;
import org.newsgraph.doc.Event;
import org.newsgraph.doc.NameKey;

/**
 * Mints every IRI of the dataset, deterministically from source ids, name slugs and ISO codes,
 * under one base (default the local server) so that each IRI dereferences on the running server.
 */
public final class Iris {

    /** The base of a server started with default options. */
    public static final String DEFAULT_BASE = "http://localhost:3030/";

        private final String base;

    public Iris(String base) {
        Objects.requireNonNull(base, "base");
        this.base = base.endsWith("/") ? base : base + "/";
    }

    public String base() {
        return base;
    }

    public Resource article(String source) {
        return r("article/" + segment(source));
    }

    /** The named graph holding everything read from one article. */
    public Resource articleGraph(String source) {
        return r("graph/article/" + segment(source));
    }

    /**
     * The name of the article graph of the article that minted {@code iri} (the article itself, its spans,
     * comments and claims), if an article did: the dumps keep such a subject together with its article.
     */
    public java.util.Optional<String> articleGraphOf(String iri) {
        for (String kind : new String[] {"article/", "claim/"}) {
            String prefix = base + kind;
            if (iri.startsWith(prefix)) {
                int end = iri.indexOf('/', prefix.length());
                String seg = iri.substring(prefix.length(), end < 0 ? iri.length() : end);
                return seg.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(base + "graph/article/" + seg);
            }
        }
        return java.util.Optional.empty();
    }

    /** Whether {@code iri} names the graph of one article. */
    public boolean isArticleGraph(String iri) {
        return iri.startsWith(base + "graph/article/");
    }

    public Resource ontologyGraph() {
        return r("graph/ontology");
    }

    public Resource referenceGraph() {
        return r("graph/reference");
    }

    /** The one description of every entity the article graphs name: types, names and aliases, derived from them. */
    public Resource entitiesGraph() {
        return r("graph/entities");
    }

    /** Build metadata: which graphs the last build generated (its times are in the data folder's stamp, not the store). */
    public Resource buildGraph() {
        return r("graph/build");
    }

    /** Figures a build computes over the whole graph (counts, top lists), which pages read instead of aggregating. */
    public Resource statisticsGraph() {
        return r("graph/statistics");
    }

    public Resource build() {
        return r("build");
    }

    /** A person or organisation, one IRI across the whole graph. */
    public Resource actor(String canonicalName) {
        return r("actor/" + slug(canonicalName));
    }

    /**
     * The IRI of an entity: a reference entity's is its reference IRI rebased, so two reference entities
     * never share one; an entity found by pattern is known by its name's key alone.
     */
    public Resource entity(Entity e) {
        if (e.id() != null) {
            return ResourceFactory.createResource(rebase(e.id()));
        }
        return e.kind() == EntityKind.COUNTRY && e.code() != null ? country(e.code()) : actor(e.name());
    }

    /**
     * An event's IRI from what makes it one event: type, date and participants (by their identity keys),
     * readable in front ("meeting-2015-09-gb-ru-") and a short hash of the whole behind, so the same event
     * reported by two articles gets one IRI.
     */
    public Resource event(Event e) {
        return event(EventKey.of(e));
    }

    public Resource country(String iso2) {
        return r("country/" + iso2.toUpperCase(Locale.ROOT));
    }

    public Resource comment(String source, int n) {
        return r("article/" + segment(source) + "/comment/" + n);
    }

    /** A span of an article's body, [begin, end) in code points. */
    public Resource span(Resource article, int begin, int end) {
        return ResourceFactory.createResource(article.getURI() + "/span/" + begin + "-" + end);
    }

    /** A span IRI read back: the article it is in and its [begin, end) in code points. */
    public record SpanRef(String article, int begin, int end) { }

    /** The article and range of a span IRI minted by {@link #span}; empty for any other IRI. */
    public java.util.Optional<SpanRef> spanOf(String iri) {
        java.util.regex.Matcher m = SPAN.matcher(iri);
        if (!iri.startsWith(base + "article/") || !m.matches()) {
            return java.util.Optional.empty();
        }
        try {
            return java.util.Optional.of(new SpanRef(m.group(1), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))));
        } catch (NumberFormatException e) {
            return java.util.Optional.empty();
        }
    }

    private static final java.util.regex.Pattern SPAN = java.util.regex.Pattern.compile("(.+)/span/([0-9]{1,9})-([0-9]{1,9})");

    public Resource claim(String source, int n) {
        return r("claim/" + segment(source) + "/" + n);
    }

    public Resource event(String key) {
        return r("event/" + slug(key));
    }

    /** The dataset description (VoID/DCAT) document, served at /.well-known/void. */
    public String voidDocument() {
        return base + ".well-known/void";
    }

    /** A node of the dataset description: "dataset", "class-Person", "distribution-ttl", … */
    public Resource voidPart(String fragment) {
        return ResourceFactory.createResource(voidDocument() + "#" + fragment);
    }

    public Resource sparqlEndpoint() {
        return r("sparql");
    }

    /** A dump file as served under /dumps/. */
    public Resource dump(String fileName) {
        return r("dumps/" + fileName);
    }

    /** Namespace of the IRIs written in the reference files of ontology/reference/. */
    public static final String REFERENCE_NS = "https://w3id.org/newsgraph/ref/";

    /**
     * The dataset IRI of a reference-data IRI, so reference entities dereference on the server:
     * ref/actor/x and ref/outlet/x become actor/x, ref/country/GB becomes country/GB, ref/role/x role/x.
     */
    public String rebase(String referenceIri) {
        if (!referenceIri.startsWith(REFERENCE_NS)) {
            return referenceIri;
        }
        String local = referenceIri.substring(REFERENCE_NS.length());
        return base + (local.startsWith("outlet/") ? "actor/" + local.substring("outlet/".length()) : local);
    }

    /** Whether an IRI was minted under this base. */
    public boolean owns(String iri) {
        return iri.startsWith(base);
    }

    private Resource r(String path) {
        return ResourceFactory.createResource(base + path);
    }

    /** Lower-case ASCII words joined by '-': "Bashar al-Assad" → "bashar-al-assad"; see {@link NameKey}. */
    public static String slug(String name) {
        return NameKey.of(name);
    }

    /**
     * The one IRI path segment of a source id; injective, so two sources never share an article IRI.
     * Source ids are paths relative to the input folder, '/' between folders: each folder and the
     * file name are written with unreserved ASCII and Unicode letters, marks, digits, punctuation and
     * symbols as they are, every other code point percent-encoded as UTF-8 except '%', '\\', ';' and
     * the ASCII controls, written "$25", "$5C", "$3B", "$09" (Jetty refuses their %-escapes), and joined by {@value #FOLDER_SEPARATOR}, which is encoded wherever a name holds it. A
     * segment that browsers would resolve away ("", ".", "..") gets {@value #DOT_GUARD} in front;
     * '$' is encoded wherever a name holds it, so it only ever starts these two forms.
     */
    public static String segment(String source) {
        int n = source.length();
        int i = 0;
        while (i < n && unreserved(source.charAt(i))) {
            i++;
        }
        String seg;
        if (i == n) {
            seg = source;
        } else {
            StringBuilder out = new StringBuilder(n + 16).append(source, 0, i);
            while (i < n) {
                char ch = source.charAt(i);
                if (ch == '/') {
                    out.append(FOLDER_SEPARATOR);
                    i++;
                    continue;
                }
                int c = source.codePointAt(i);
                i += Character.charCount(c);
                if (c < 128 ? unreserved((char) c) : keptInIri(c)) {
                    out.appendCodePoint(c);
                } else if (c < 0x20 || c == 0x7F || c < 128 && DOLLAR_ESCAPED.indexOf(c) >= 0) {
                    // Jetty refuses these escaped in a request path as ambiguous; '$' is encoded everywhere else.
                    out.append(DOT_GUARD).append(HEX[c >> 4]).append(HEX[c & 0xF]);
                } else {
                    percentEncode(out, c);
                }
            }
            seg = out.toString();
        }
        return seg.isEmpty() || seg.equals(".") || seg.equals("..") ? DOT_GUARD + seg : seg;
    }

    /** Written between the folders of a source id in its IRI segment ('/' would make comment IRIs ambiguous). */
    public static final char FOLDER_SEPARATOR = '!';

    /** Written "$XX" instead of "%XX", with the ASCII controls: Jetty refuses their percent-escapes as ambiguous. */
    private static final String DOLLAR_ESCAPED = "%\\;";

    /** Put before a segment that would otherwise be empty or a dot segment, and before the hex of "$XX" escapes. */
    public static final char DOT_GUARD = '$';

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 128) {
                return false;
            }
        }
        return true;
    }

    /**
     * The IRI form of a request path as a client sent it (percent-encoded where the client chose):
     * escapes of characters {@link #segment} writes as they are (unreserved ASCII, kept Unicode) are
     * decoded, every other escape is kept with upper-case hex, and characters that segment would have
     * encoded are encoded. So a browser asking for /article/caf%C3%A9 finds article/café.
     */
    public static String iriPath(String requestPath) {
        int n = requestPath.length();
        if (requestPath.indexOf('%') < 0 && isAscii(requestPath)) {
            return requestPath;
        }
        StringBuilder out = new StringBuilder(n);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int i = 0;
        while (i < n) {
            char ch = requestPath.charAt(i);
            if (ch == '%' && i + 2 < n && hex(requestPath.charAt(i + 1)) >= 0 && hex(requestPath.charAt(i + 2)) >= 0) {
                bytes.write(hex(requestPath.charAt(i + 1)) * 16 + hex(requestPath.charAt(i + 2)));
                i += 3;
                continue;
            }
            flushEscapes(out, bytes);
            int c = requestPath.codePointAt(i);
            i += Character.charCount(c);
            if (c < 128 || keptInIri(c)) {
                out.appendCodePoint(c);
            } else {
                percentEncode(out, c);
            }
        }
        flushEscapes(out, bytes);
        return out.toString();
    }

    // Decodes a run of escaped bytes: what segment writes literally comes out literal, the rest stays escaped.
    private static void flushEscapes(StringBuilder out, ByteArrayOutputStream bytes) {
        if (bytes.size() == 0) {
            return;
        }
        byte[] b = bytes.toByteArray();
        bytes.reset();
        int i = 0;
        while (i < b.length) {
            int len = utf8Length(b, i);
            if (len > 0) {
                int c = new String(b, i, len, StandardCharsets.UTF_8).codePointAt(0);
                if (c < 128 ? unreserved((char) c) : keptInIri(c)) {
                    out.appendCodePoint(c);
                    i += len;
                    continue;
                }
            } else {
                len = 1;
            }
            for (int k = i; k < i + len; k++) {
                appendEscape(out, b[k] & 0xff);
            }
            i += len;
        }
    }

    // Length of the well-formed UTF-8 sequence starting at b[i], or 0 if there is none.
    private static int utf8Length(byte[] b, int i) {
        int lead = b[i] & 0xff;
        int len = lead < 0x80 ? 1 : lead >= 0xC2 && lead <= 0xDF ? 2 : lead >= 0xE0 && lead <= 0xEF ? 3
                : lead >= 0xF0 && lead <= 0xF4 ? 4 : 0;
        if (len == 0 || i + len > b.length) {
            return 0;
        }
        for (int k = 1; k < len; k++) {
            if ((b[i + k] & 0xC0) != 0x80) {
                return 0;
            }
        }
        CharsetDecoder dec = StandardCharsets.UTF_8.newDecoder();
        try {
            dec.decode(ByteBuffer.wrap(b, i, len));
            return len;
        } catch (CharacterCodingException e) {
            return 0;
        }
    }

    private static int hex(char c) {
        return c >= '0' && c <= '9' ? c - '0' : c >= 'A' && c <= 'F' ? c - 'A' + 10 : c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
    }

    private static boolean unreserved(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
                || c == '.' || c == '_' || c == '~' || c == '-';
    }

    /**
     * Whether a non-ASCII code point goes into an IRI as it is: an RFC 3987 ucschar that is a letter,
     * mark, digit, punctuation or symbol. Spaces, controls, format characters (bidi controls, zero
     * widths, BOM), private use, unassigned and lone surrogates are encoded: they are invisible or
     * reorder what a person reads, or are not allowed in IRIs at all.
     */
    static boolean keptInIri(int c) {
        boolean ucschar = c >= 0xA0 && c <= 0xD7FF || c >= 0xF900 && c <= 0xFDCF || c >= 0xFDF0 && c <= 0xFFEF
                || c >= 0x10000 && c <= 0xEFFFD && (c & 0xFFFF) <= 0xFFFD;
        if (!ucschar) {
            return false;
        }
        return switch (Character.getType(c)) {
            case Character.SPACE_SEPARATOR, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                 Character.CONTROL, Character.FORMAT, Character.PRIVATE_USE, Character.SURROGATE,
                 Character.UNASSIGNED -> false;
            default -> true;
        };
    }

    // UTF-8 bytes as %XX; a lone surrogate (file names are not always well-formed UTF-16) as its
    // three-byte generalised UTF-8 form, so that two different names still give two segments.
    private static void percentEncode(StringBuilder out, int c) {
        if (c < 0x80) {
            appendEscape(out, c);
        } else if (c < 0x800) {
            appendEscape(out, 0xC0 | c >> 6);
            appendEscape(out, 0x80 | c & 0x3F);
        } else if (c < 0x10000) {
            appendEscape(out, 0xE0 | c >> 12);
            appendEscape(out, 0x80 | c >> 6 & 0x3F);
            appendEscape(out, 0x80 | c & 0x3F);
        } else {
            appendEscape(out, 0xF0 | c >> 18);
            appendEscape(out, 0x80 | c >> 12 & 0x3F);
            appendEscape(out, 0x80 | c >> 6 & 0x3F);
            appendEscape(out, 0x80 | c & 0x3F);
        }
    }

    private static void appendEscape(StringBuilder out, int b) {
        out.append('%').append(HEX[b >> 4]).append(HEX[b & 0xF]);
    }

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();
}
