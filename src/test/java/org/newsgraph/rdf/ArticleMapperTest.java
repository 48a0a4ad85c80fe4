package org.newsgraph.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sys.JenaSystem;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.SchemaDO;
import org.junit.jupiter.api.Test;
import org.newsgraph.base.Deadline;
import org.newsgraph.doc.Claim;
import org.newsgraph.doc.Entity;
import org.newsgraph.doc.EntityKind;
import org.newsgraph.doc.Event;
import org.newsgraph.doc.EventType;
import org.newsgraph.doc.Layers;
import org.newsgraph.doc.Mention;
import org.newsgraph.doc.Metadata;
import org.newsgraph.doc.NewsDoc;
import org.newsgraph.doc.PartialDate;
import org.newsgraph.doc.Sentence;
import org.newsgraph.reference.ReferenceData;
import org.newsgraph.vocab.NG;

/** Claim labels keep twelve words; offsets are code points whatever the body's characters; entities are named, not described. */
class ArticleMapperTest {

    static {
        // Jena must be initialised before ArticleMapper's constants read its vocabulary classes.
        JenaSystem.init();
    }

    private static final Iris IRIS = new Iris(Iris.DEFAULT_BASE);
    @Test
    void claimLabelKeepsTwelveWords() {
        String twelve = "one two three four five six seven eight nine ten eleven twelve";
        assertEquals("", ArticleMapper.label(""));
        assertEquals(twelve + " ", ArticleMapper.label(twelve + " "));
        assertEquals(twelve + " …", ArticleMapper.label(twelve + " thirteen"));
        assertEquals(twelve + " …", ArticleMapper.label("one\ttwo  three\nfour five six seven eight nine ten eleven "
                + "twelve thirteen fourteen"));
        // A leading space counts as an empty first word, as the split gives it.
        assertEquals(" one two three four five six seven eight nine ten eleven …",
                ArticleMapper.label("\tone  two three four five six seven eight nine ten eleven twelve thirteen"));
    }

    @Test
    void offsetsCountCodePointsWithOrWithoutSurrogatePairs() {
        for (String lead : List.of("", "“Quoted” ", "😀 𝔸 ")) {
            String body = lead + "Putin met Macron. 😀 Macron said “we agree” 😀 in Paris.";
            Model m = map(body);
            int macron = body.indexOf("Macron");
            for (int[] chars : List.of(at(body, "Putin", 0), at(body, "Macron", 0), at(body, "Macron", macron + 1),
                    at(body, "we agree", 0), at(body, "Putin met Macron.", 0))) {
                String anchor = body.substring(chars[0], chars[1]);
                int begin = body.codePointCount(0, chars[0]);
                int end = body.codePointCount(0, chars[1]);
                Node span = NodeFactory.createURI(IRIS.article("a").getURI() + "/span/" + begin + "-" + end);
                assertTrue(m.getGraph().contains(span, node(NG.NIF.beginIndex), index(begin)), anchor);
                assertTrue(m.getGraph().contains(span, node(NG.NIF.endIndex), index(end)), anchor);
                assertTrue(m.getGraph().contains(span, node(NG.NIF.anchorOf), NodeFactory.createLiteralString(anchor)),
                        anchor);
            }
        }
    }

    private static int[] at(String body, String text, int from) {
        int start = body.indexOf(text, from);
        return new int[] {start, start + text.length()};
    }

    @Test
    void eventLabelNamesTypeDateAndParticipants() {
        Model m = map("Putin met Macron. Macron said “we agree” in Paris.");
        Triple label = m.getGraph().find(Node.ANY, node(RDFS.label), Node.ANY)
                .filterKeep(t -> t.getSubject().getURI().contains("/event/")).next();
        assertEquals("Meeting 2024-05-01: Vladimir Putin, Emmanuel Macron", label.getObject().getLiteralLexicalForm());
    }

    @Test
    void anActorSpelledTwoWaysHasOneNameAndTheOtherAsAlias() {
        String body = "Reşat Volkov wrote to the paper.";
        Entity volkov = Entity.named("Reşat Volkov", EntityKind.PERSON);
        NewsDoc doc = doc(body, new Metadata("Title", List.of(Entity.named("Resat Volkov", EntityKind.PERSON)), null, null),
                List.of(new Mention(0, 12, "Reşat Volkov", volkov, Mention.Method.PATTERN)), List.of(), List.of());
        Model m = new ArticleMapper(IRIS).map(doc, Deadline.NONE);
        Node actor = NodeFactory.createURI(IRIS.entity(volkov).getURI());
        assertEquals(IRIS.actor("Resat Volkov").getURI(), actor.getURI(), "both spellings share one IRI");
        assertEquals(List.of("Reşat Volkov"), objects(m, actor, node(NG.nameInArticle)), "the resolved name wins");
        assertEquals(List.of("Resat Volkov"), objects(m, actor, node(NG.aliasInArticle)));
        new ShapeChecker(ReferenceData.load(ReferenceData.SHAPES).getGraph()).check("a", m);

        Model described = ModelFactory.createModelForGraph(new EntityDescriptions(GraphFactory.createGraphMem())
                .describeAll(List.of(m.getGraph())));
        assertEquals(List.of("Reşat Volkov"), objects(described, actor, node(SchemaDO.name)));
        assertEquals(List.of("Reşat Volkov"), objects(described, actor, node(RDFS.label)));
        assertEquals(List.of("Resat Volkov"), objects(described, actor, node(SKOS.altLabel)));
        assertTrue(described.getGraph().contains(actor, node(RDF.type), node(SchemaDO.Person)));
    }

    @Test
    void theArticleGraphDescribesNoEntity() {
        Model m = map("Putin met Macron. Macron said “we agree” in Paris.");
        for (Resource p : List.of(RDF.type, SchemaDO.name, SKOS.altLabel, RDFS.label, OWL.sameAs, NG.isoAlpha2)) {
            assertFalse(m.getGraph().find(Node.ANY, node(p), Node.ANY)
                    .filterKeep(t -> t.getSubject().getURI().contains("/actor/")).hasNext(), () -> "no " + p + " of an actor");
        }
        Node putin = IRIS.actor("Vladimir Putin").asNode();
        assertEquals(List.of("Vladimir Putin"), objects(m, putin, node(NG.nameInArticle)));
        assertEquals(List.of(node(SchemaDO.Person)), m.getGraph().find(putin, node(NG.kindInArticle), Node.ANY)
                .mapWith(Triple::getObject).toList());
    }

    @Test
    void aReferenceEntityGetsNothingButSpellingsTheReferenceLacks() {
        Entity gb = new Entity(Iris.REFERENCE_NS + "country/GB", "United Kingdom", EntityKind.COUNTRY, "GB", null);
        String body = "The United Kingdom said no.";
        NewsDoc doc = doc(body, new Metadata("Title", List.of(), null, null),
                List.of(new Mention(4, 18, "United Kingdom", gb, Mention.Method.REFERENCE_DATA)), List.of(), List.of());
        Model m = new ArticleMapper(IRIS).map(doc, Deadline.NONE);
        Node country = IRIS.country("GB").asNode();
        assertFalse(m.getGraph().find(country, Node.ANY, Node.ANY).hasNext(), "the reference graph describes it");
        assertTrue(m.getGraph().contains(Node.ANY, node(NG.ITSRDF.taIdentRef), country), "the mention names it");
    }

    private static List<String> objects(Model m, Node s, Node p) {
        return m.getGraph().find(s, p, Node.ANY).mapWith(t -> t.getObject().getLiteralLexicalForm()).toList();
    }

    // Two mentions, a claim and an event whose spans start after any leading emoji.
    private static Model map(String body) {
        Entity putin = Entity.named("Vladimir Putin", EntityKind.PERSON);
        Entity macron = Entity.named("Emmanuel Macron", EntityKind.PERSON);
        int p = body.indexOf("Putin");
        int m1 = body.indexOf("Macron");
        int m2 = body.indexOf("Macron", m1 + 1);
        int q = body.indexOf("we agree");
        int sentence = body.indexOf("Putin met Macron.");
        List<Mention> mentions = List.of(
                new Mention(p, p + 5, "Putin", putin, Mention.Method.PATTERN),
                new Mention(m1, m1 + 6, "Macron", macron, Mention.Method.PATTERN),
                new Mention(m2, m2 + 6, "Macron", macron, Mention.Method.COREFERENCE));
        List<Claim> claims = List.of(new Claim(q, q + 8, "we agree", Claim.Kind.DIRECT, macron, null, "said", null,
                List.of()));
        PartialDate date = PartialDate.of(LocalDate.of(2024, 5, 1));
        List<Event> events = List.of(new Event(EventType.Meeting, date, List.of(putin, macron),
                List.of(putin), List.of(macron), List.of(new Sentence(sentence, sentence + 17)), claims, "met",
                null));
        return new ArticleMapper(IRIS).map(doc(body, new Metadata("Title", List.of(), null, date), mentions, claims,
                events), Deadline.NONE);
    }

    // A document with the layers the mapper reads, as the pipeline would leave them.
    private static NewsDoc doc(String body, Metadata meta, List<Mention> mentions, List<Claim> claims,
                               List<Event> events) {
        NewsDoc doc = new NewsDoc("a", body);
        doc.add(Layers.METADATA, meta);
        doc.add(Layers.BODY, body);
        doc.add(Layers.COMMENTS, List.of());
        doc.add(Layers.MENTIONS, mentions);
        doc.add(Layers.CLAIMS, claims);
        doc.add(Layers.EVENTS, events);
        return doc;
    }

    private static Node index(int i) {
        return NodeFactory.createLiteralDT(Integer.toString(i), XSDDatatype.XSDnonNegativeInteger);
    }

    private static Node node(Resource r) {
        return r.asNode();
    }
}
