package org.newsgraph.rdf;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * Mints every IRI of the dataset, deterministically from source ids, name slugs and ISO codes,
 * under one base (default the local server) so that each IRI dereferences on the running server.
 */
public final class Iris {

    /** The base of a server started with default options. */
    public static final String DEFAULT_BASE = "http://localhost:3030/";

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

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

    public Resource ontologyGraph() {
        return r("graph/ontology");
    }

    public Resource referenceGraph() {
        return r("graph/reference");
    }

    /** Build metadata: which graphs the last build generated (its times are in the data folder's stamp, not the store). */
    public Resource buildGraph() {
        return r("graph/build");
    }

    public Resource build() {
        return r("build");
    }

    /** A person or organisation, one IRI across the whole graph. */
    public Resource actor(String canonicalName) {
        return r("actor/" + slug(canonicalName));
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

    /** Lower-case ASCII words joined by '-': "Bashar al-Assad" → "bashar-al-assad". */
    public static String slug(String name) {
        String folded = isAscii(name) ? name
                : MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFKD)).replaceAll("");
        String s = words(folded.toLowerCase(Locale.ROOT));
        // Names in other scripts fold to nothing: a stable hash keeps them apart.
        return s.isEmpty() ? "u" + Integer.toHexString(name.strip().hashCode()) : s;
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 128) {
                return false;
            }
        }
        return true;
    }

    // The runs of a-z0-9 joined by '-', apostrophes dropped first ("o'neill" → "oneill"). One pass
    // instead of three regex replacements: slugs are minted for every event and pattern-found name.
    private static String words(String lower) {
        StringBuilder out = new StringBuilder(lower.length());
        boolean gap = false;
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                if (gap && out.length() > 0) {
                    out.append('-');
                }
                gap = false;
                out.append(c);
            } else if (c != '\'' && c != '’') {
                gap = true;
            }
        }
        return out.toString();
    }

    // Source ids come from file names: keep them readable but IRI-safe (each other code point → '_').
    private static String segment(String source) {
        if (source.isEmpty()) {
            return "_";
        }
        int i = 0;
        while (i < source.length() && segmentSafe(source.charAt(i))) {
            i++;
        }
        if (i == source.length()) {
            return source;
        }
        StringBuilder out = new StringBuilder(source.length()).append(source, 0, i);
        while (i < source.length()) {
            int c = source.codePointAt(i);
            out.append(c < 128 && segmentSafe((char) c) ? (char) c : '_');
            i += Character.charCount(c);
        }
        return out.toString();
    }

    private static boolean segmentSafe(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
                || c == '.' || c == '_' || c == '~' || c == '-';
    }
}
