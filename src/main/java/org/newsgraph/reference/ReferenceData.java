package org.newsgraph.reference;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.SchemaDO;
import org.newsgraph.base.NewsgraphException;
import org.newsgraph.doc.Entity;
import org.newsgraph.doc.EntityKind;
import org.newsgraph.doc.EventType;
import org.newsgraph.vocab.NG;

/**
 * Loads the files shipped in ontology/ (ontology, shapes, reference data) and the word lists of
 * lexicon/ from the classpath; the only IO of the reference layer, feeding pure directories
 * (outlets, gazetteer, roles, lexicon) to the reader and extractors.
 */
public final class ReferenceData {

    public static final String ONTOLOGY = "ontology/newsgraph.ttl";
    public static final String SHAPES = "ontology/shapes.ttl";
    /** Reference files loaded into the reference graph, in load order. */
    public static final List<String> REFERENCE_FILES = List.of("ontology/reference/outlets.ttl",
            "ontology/reference/countries.ttl", "ontology/reference/actors.ttl");

    private ReferenceData() {
    }

    /** Parses one Turtle file of ontology/ from the classpath. */
    public static Model load(String resource) {
        Model m = ModelFactory.createDefaultModel();
        try (InputStream in = open(resource)) {
            RDFDataMgr.read(m, in, Lang.TURTLE);
        } catch (IOException e) {
            throw new NewsgraphException(resource, -1, "cannot read reference file: " + e.getMessage(), e);
        }
        return m;
    }

    /** Namespace of the IRIs the ontology's blank nodes (its OWL lists) are given at load time. */
    public static final String GENID = NG.NS + "genid-";

    /**
     * The ontology, its blank nodes given fixed IRIs under {@link #GENID} numbered in the order the
     * file first names them: a blank node gets a new store id on every load, which would change the dumps.
     */
    public static Model ontology() {
        Model m = ModelFactory.createDefaultModel();
        Map<Node, Node> skolem = new HashMap<>();
        java.util.function.UnaryOperator<Node> iri = n -> n.isBlank()
                ? skolem.computeIfAbsent(n, b -> NodeFactory.createURI(GENID + skolem.size())) : n;
        try (InputStream in = open(ONTOLOGY)) {
            RDFParser.source(in).lang(Lang.TURTLE).parse(new StreamRDFBase() {
                @Override
                public void triple(Triple t) {
                    m.getGraph().add(Triple.create(iri.apply(t.getSubject()), t.getPredicate(),
                            iri.apply(t.getObject())));
                }

                @Override
                public void prefix(String prefix, String uri) {
                    m.setNsPrefix(prefix, uri);
                }
            });
        } catch (IOException e) {
            throw new NewsgraphException(ONTOLOGY, -1, "cannot read reference file: " + e.getMessage(), e);
        }
        return m;
    }

    /** All reference data in one model, with the IRIs of the reference files: the ids of its entities. */
    public static Model referenceModel() {
        Model m = ModelFactory.createDefaultModel();
        for (String f : REFERENCE_FILES) {
            Model file = load(f);
            if (m.isEmpty()) {
                m.setNsPrefixes(file.getNsPrefixMap());
            }
            m.add(file);
        }
        return m;
    }

    /** The outlets of the reference data, sorted by IRI so lookups are deterministic. */
    public static OutletDirectory outlets(Model reference) {
        List<Outlet> outlets = new ArrayList<>();
        reference.listSubjectsWithProperty(RDF.type, SchemaDO.NewsMediaOrganization).forEach(r -> {
            List<String> aliases = new ArrayList<>(strings(r, SKOS.altLabel));
            aliases.sort(null);
            outlets.add(new Outlet(r.getURI(), r.getProperty(SchemaDO.name).getString(), aliases));
        });
        outlets.sort((a, b) -> a.id().compareTo(b.id()));
        return new OutletDirectory(outlets);
    }

    /** Every name, alias, demonym, capital and seat of government of the reference entities. */
    public static Gazetteer gazetteer(Model reference) {
        List<Label> labels = new ArrayList<>();
        for (Resource r : sorted(reference, SchemaDO.name)) {
            Entity e = entity(r);
            if (e == null) {
                continue;
            }
            labels.add(new Label(e.name(), e, Label.Kind.NAME));
            for (String a : strings(r, SKOS.altLabel)) {
                for (String form : forms(a, r)) {
                    labels.add(new Label(form, e, Label.Kind.ALIAS));
                }
            }
            strings(r, NG.demonym).forEach(a -> labels.add(new Label(a, e, Label.Kind.DEMONYM)));
            strings(r, NG.seatOfGovernment).forEach(a -> labels.add(new Label(a, e, Label.Kind.SEAT_OF_GOVERNMENT)));
            strings(r, NG.capital).forEach(a -> labels.add(new Label(a, e, Label.Kind.CAPITAL)));
        }
        return new Gazetteer(labels);
    }

    // A one-word outlet name that is also an English word ("Independent", "Guardian") only names the
    // outlet with its article: "the Independent".
    private static List<String> forms(String alias, Resource r) {
        if (r.hasProperty(RDF.type, SchemaDO.NewsMediaOrganization) && alias.matches("\\p{Lu}\\p{Ll}+")) {
            return List.of("The " + alias, "the " + alias);
        }
        return List.of(alias);
    }

    /** The entity a reference resource describes, or null if it is not a person, organisation or country. */
    public static Entity entity(Resource r) {
        EntityKind kind = r.hasProperty(RDF.type, SchemaDO.Person) ? EntityKind.PERSON
                : r.hasProperty(RDF.type, SchemaDO.Country) ? EntityKind.COUNTRY
                : r.hasProperty(RDF.type, SchemaDO.Organization) || r.hasProperty(RDF.type, SchemaDO.NewsMediaOrganization)
                ? EntityKind.ORGANIZATION : null;
        if (kind == null || !r.hasProperty(SchemaDO.name)) {
            return null;
        }
        String code = r.hasProperty(NG.isoAlpha2) ? r.getProperty(NG.isoAlpha2).getString() : null;
        String wikidata = null;
        for (Statement s : r.listProperties(OWL.sameAs).toList()) {
            if (s.getObject().isURIResource() && s.getResource().getURI().contains("wikidata.org")) {
                wikidata = s.getResource().getURI();
            }
        }
        return new Entity(r.getURI(), r.getProperty(SchemaDO.name).getString(), kind, code, wikidata);
    }

    /** The time-bounded roles of the reference data. */
    public static RoleDirectory roles(Model reference) {
        List<Role> roles = new ArrayList<>();
        for (Resource r : sorted(reference, NG.roleHolder)) {
            Entity holder = entity(r.getPropertyResourceValue(NG.roleHolder));
            if (holder == null) {
                continue;
            }
            List<String> titles = new ArrayList<>(strings(r, NG.roleTitle));
            titles.addAll(strings(r, SKOS.altLabel));
            Resource of = r.getPropertyResourceValue(NG.roleOf);
            String country = of != null && of.hasProperty(NG.isoAlpha2) ? of.getProperty(NG.isoAlpha2).getString() : null;
            roles.add(new Role(r.getURI(), titles, country, holder, date(r, SchemaDO.startDate), date(r, SchemaDO.endDate)));
        }
        return new RoleDirectory(roles);
    }

    /** One word list: a word or phrase per line, blank lines and "#" comments skipped. */
    public static Set<String> words(String resource) {
        return lines(resource);
    }

    /**
     * Words whose full stop ends no sentence: those of an abbreviations TSV (first column), and the
     * titles that end in one, so a title is listed once.
     */
    public static Set<String> abbreviations(String abbreviationsTsv, Set<String> titles) {
        Set<String> out = new HashSet<>();
        for (String line : lines(abbreviationsTsv)) {
            out.add(line.split("\t", 2)[0].strip());
        }
        for (String title : titles) {
            if (title.endsWith(".")) {
                out.add(title);
            }
        }
        return out;
    }

    /** Event trigger phrases of a TSV file (phrase, event type): phrase → event type. */
    public static Map<String, EventType> eventTriggers(String resource) {
        Map<String, EventType> out = new TreeMap<>();
        for (String line : lines(resource)) {
            String[] f = line.split("\t");
            try {
                out.put(f[0].strip(), EventType.valueOf(f[1].strip()));
            } catch (RuntimeException e) {
                throw new NewsgraphException(resource, -1, "bad trigger line: " + line, e);
            }
        }
        return out;
    }

    /**
     * The layout rules of the article reader. Country names, aliases and demonyms stop a name being a
     * person's, and capitals start a byline's role ("Moscow Correspondent"): classes of words from the
     * reference data, not lists of the seeds' places. A word that is also a given name stays usable in names.
     *
     * @param cueFiles  TSV files of cue, regex fragment, comment
     * @param wordFiles TSV files of word, comment: words that are no name, function words, byline role words
     */
    public static LayoutRules layoutRules(Model reference, List<String> cueFiles, List<String> wordFiles) {
        Vocabulary cues = new Vocabulary(String.join(", ", cueFiles), cues(cueFiles));
        Set<String> givenNames = new HashSet<>();
        lines("lexicon/given-names.txt").forEach(n -> givenNames.add(n.toLowerCase(Locale.ROOT)));
        return new LayoutRules(cues, tableWords(wordFiles.get(0)), tableWords(wordFiles.get(1)), tableWords(wordFiles.get(2)),
                countryWords(reference, givenNames, SchemaDO.name, SKOS.altLabel, NG.demonym),
                countryWords(reference, givenNames, NG.capital));
    }

    /** The cues of one step's rules file (cue, regex fragment, comment per line), for that step's constructor. */
    public static Vocabulary vocabulary(String cueFile) {
        return new Vocabulary(cueFile, cues(List.of(cueFile)));
    }

    // Regular-expression fragments by cue name, each list in file order.
    private static Map<String, List<String>> cues(List<String> cueFiles) {
        Map<String, List<String>> cues = new LinkedHashMap<>();
        for (String file : cueFiles) {
            for (String[] row : table(file, 3)) {
                cues.computeIfAbsent(row[0], k -> new ArrayList<>()).add(row[1]);
            }
        }
        return cues;
    }

    // The capitalised words of the countries' labels, lower-cased: "United Kingdom" gives "united", "kingdom".
    private static Set<String> countryWords(Model reference, Set<String> givenNames,
                                            org.apache.jena.rdf.model.Property... properties) {
        Set<String> out = new HashSet<>();
        for (Resource country : reference.listSubjectsWithProperty(RDF.type, SchemaDO.Country).toList()) {
            for (org.apache.jena.rdf.model.Property p : properties) {
                for (String label : strings(country, p)) {
                    for (String w : label.split("[^\\p{L}]+")) {
                        String lc = w.toLowerCase(Locale.ROOT);
                        if (w.length() >= 2 && Character.isUpperCase(w.charAt(0)) && !givenNames.contains(lc)) {
                            out.add(lc);
                        }
                    }
                }
            }
        }
        return out;
    }

    /** The rows of a rules table: tab-separated, exactly {@code columns} non-blank fields, the last a comment. */
    public static List<String[]> table(String resource, int columns) {
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(open(resource), StandardCharsets.UTF_8))) {
            int n = 0;
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                n++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                if (f.length != columns || java.util.Arrays.stream(f).anyMatch(x -> x.isBlank() || !x.equals(x.strip()))) {
                    throw new NewsgraphException(resource, n, "line " + n + ": expected " + columns
                            + " tab-separated non-blank fields without edge spaces, got: " + line, null);
                }
                rows.add(f);
            }
        } catch (IOException e) {
            throw new NewsgraphException(resource, -1, "cannot read rules file: " + e.getMessage(), e);
        }
        return rows;
    }

    /** The words of a TSV of word and comment. */
    private static Set<String> tableWords(String resource) {
        Set<String> out = new HashSet<>();
        table(resource, 2).forEach(row -> out.add(row[0]));
        return out;
    }

    private static Set<String> lines(String resource) {
        Set<String> out = new HashSet<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(open(resource), StandardCharsets.UTF_8))) {
            r.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).forEach(out::add);
        } catch (IOException e) {
            throw new NewsgraphException(resource, -1, "cannot read word list: " + e.getMessage(), e);
        }
        return out;
    }

    private static InputStream open(String resource) {
        InputStream in = ReferenceData.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new NewsgraphException(resource, -1, "reference file missing from the classpath", null);
        }
        return in;
    }

    private static List<Resource> sorted(Model m, org.apache.jena.rdf.model.Property p) {
        List<Resource> rs = new ArrayList<>(m.listSubjectsWithProperty(p).toList());
        rs.sort((a, b) -> String.valueOf(a.getURI()).compareTo(String.valueOf(b.getURI())));
        return rs;
    }

    private static List<String> strings(Resource r, org.apache.jena.rdf.model.Property p) {
        List<String> out = new ArrayList<>();
        for (Statement s : r.listProperties(p).toList()) {
            RDFNode o = s.getObject();
            if (o.isLiteral()) {
                out.add(o.asLiteral().getString());
            }
        }
        out.sort(null);
        return out;
    }

    private static LocalDate date(Resource r, org.apache.jena.rdf.model.Property p) {
        Statement s = r.getProperty(p);
        if (s == null || !s.getObject().isLiteral()) {
            return null;
        }
        String lex = s.getLiteral().getLexicalForm();
        try {
            return lex.length() == 4 ? LocalDate.of(Integer.parseInt(lex), 1, 1)
                    : lex.length() == 7 ? LocalDate.parse(lex + "-01") : LocalDate.parse(lex.substring(0, 10));
        } catch (RuntimeException e) {
            throw new NewsgraphException(r.getURI(), -1, "bad date " + lex + " for " + p.getLocalName(), e);
        }
    }
}
