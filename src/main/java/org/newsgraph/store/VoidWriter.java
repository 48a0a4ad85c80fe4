package org.newsgraph.store;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SchemaDO;
import org.apache.jena.vocabulary.VOID;
import org.newsgraph.base.NewsgraphException;
import org.newsgraph.rdf.Iris;
import org.newsgraph.rdf.Prefixes;
import org.newsgraph.vocab.NG;

/**
 * After the dumps, writes the data folder's void.ttl: the VoID and DCAT description of the dataset,
 * its endpoint, its class partitions and its dumps with their sizes and checksums. It holds no
 * wall-clock time, so the same input gives the same bytes.
 */
public final class VoidWriter {

    /** The description's file inside the data folder. */
    public static final String FILE = "void.ttl";

    /** The classes that get a void:classPartition, in the order of the landing page. */
    public static final List<Resource> CLASSES = List.of(SchemaDO.NewsArticle, SchemaDO.Person,
            SchemaDO.Organization, SchemaDO.Country, SchemaDO.Claim, SchemaDO.Event);

    private static final Resource LICENSE = ResourceFactory.createResource(
            "https://creativecommons.org/licenses/by/4.0/");
    private static final String MEDIA_TYPES = "https://www.iana.org/assignments/media-types/";
    private static final String DESCRIPTION = "A knowledge graph of news built by newsgraph from news articles: the "
            + "articles, the people, organisations and countries they name, the claims they report and the events "
            + "they describe, each fact pointing back to its article and to the span of text it was read from. "
            + "The graph is licensed under CC BY 4.0; the article texts and quotations in it remain their "
            + "publishers'.";

    private final Iris iris;

    public VoidWriter(Iris iris) {
        this.iris = iris;
    }

    /** The IRI of the dataset described, a fragment of the description's document. */
    public String datasetIri() {
        return iris.voidPart("dataset").getURI();
    }

    /** The description of the dataset and its dumps, from what the dump writer reported. */
    public Model describe(DumpWriter.Dumps dumps) {
        Model m = ModelFactory.createDefaultModel();
        Resource dataset = m.createResource(datasetIri())
                .addProperty(RDF.type, VOID.Dataset)
                .addProperty(RDF.type, DCAT.Dataset)
                .addProperty(DCTerms.title, "newsgraph")
                .addProperty(DCTerms.description, DESCRIPTION, "en")
                .addProperty(DCTerms.license, LICENSE)
                .addProperty(DCAT.landingPage, m.createResource(iris.base()))
                .addProperty(VOID.uriSpace, iris.base())
                .addProperty(VOID.sparqlEndpoint, iris.sparqlEndpoint())
                .addLiteral(VOID.triples, integer(m, dumps.triples()))
                .addLiteral(VOID.distinctSubjects, integer(m, dumps.distinctSubjects()));
        for (Resource c : CLASSES) {
            Resource partition = m.createResource(iris.voidPart("class-" + c.getLocalName()).getURI())
                    .addProperty(RDFS.label, c.getLocalName() + ": " + dumps.entities().getOrDefault(c.getURI(), 0L))
                    .addProperty(VOID._class, c)
                    .addLiteral(VOID.entities, integer(m, dumps.entities().getOrDefault(c.getURI(), 0L)));
            dataset.addProperty(VOID.classPartition, partition);
        }
        for (DumpWriter.DumpFile f : dumps.files()) {
            Resource download = m.createResource(iris.dump(f.name()).getURI());
            String format = f.name().replaceFirst("\\.gz$", "").replaceFirst("^.*\\.", "").toLowerCase(Locale.ROOT);
            Resource checksum = m.createResource(iris.voidPart("sha256-" + format).getURI())
                    .addProperty(RDF.type, NG.SPDX.Checksum)
                    .addProperty(NG.SPDX.algorithm, NG.SPDX.checksumAlgorithm_sha256)
                    .addLiteral(NG.SPDX.checksumValue, m.createTypedLiteral(f.sha256(), XSDDatatype.XSDhexBinary));
            Resource distribution = m.createResource(iris.voidPart("distribution-" + format).getURI())
                    .addProperty(RDF.type, DCAT.Distribution)
                    .addProperty(DCTerms.title, "newsgraph as " + f.mediaType() + ", gzipped")
                    .addProperty(RDFS.label, f.name())
                    .addProperty(DCTerms.license, LICENSE)
                    .addProperty(DCAT.downloadURL, download)
                    .addProperty(DCAT.mediaType, m.createResource(MEDIA_TYPES + f.mediaType()))
                    .addProperty(DCAT.compressFormat, m.createResource(MEDIA_TYPES + "application/gzip"))
                    .addLiteral(DCAT.byteSize, m.createTypedLiteral(Long.toString(f.bytes()),
                            XSDDatatype.XSDnonNegativeInteger))
                    .addProperty(NG.SPDX.checksum, checksum);
            dataset.addProperty(VOID.dataDump, download).addProperty(DCAT.distribution, distribution);
        }
        return m;
    }

    /**
     * Writes the description to {@code file} as Turtle, replacing the old file only once the new one is
     * whole. The triples go to RIOT's streaming Turtle writer sorted by their N-Triples form, after
     * the prefixes sorted by name, so the same dumps give the same bytes.
     */
    public void write(DumpWriter.Dumps dumps, Path file) {
        List<Triple> triples = new ArrayList<>(describe(dumps).getGraph().find().toList());
        triples.sort(Comparator.comparing((Triple t) -> NodeFmtLib.strNT(t.getSubject()))
                .thenComparing(t -> NodeFmtLib.strNT(t.getPredicate()))
                .thenComparing(t -> NodeFmtLib.strNT(t.getObject())));
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        StreamRDF writer = StreamRDFWriter.getWriterStream(text, RDFFormat.TURTLE_BLOCKS);
        writer.start();
        new TreeMap<>(Prefixes.withDescription(iris).getMapping()).forEach(writer::prefix);
        triples.forEach(writer::triple);
        writer.finish();
        Path tmp = file.resolveSibling(file.getFileName() + DumpWriter.TEMP_SUFFIX);
        try {
            Files.write(tmp, text.toByteArray());
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new NewsgraphException(file.toString(), -1, "cannot write the VoID description: " + e.getMessage(), e);
        } finally {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException e) {
                // Never published; the next build overwrites it.
            }
        }
    }

    private static Literal integer(Model m, long n) {
        return m.createTypedLiteral(Long.toString(n), XSDDatatype.XSDinteger);
    }
}
