package org.newsgraph.rdf;

import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.SchemaDO;
import org.apache.jena.vocabulary.VOID;
import org.apache.jena.vocabulary.XSD;
import org.newsgraph.vocab.NG;

/** The fixed prefixes of every serialisation newsgraph writes, so output is byte-stable. */
public final class Prefixes {

    private Prefixes() {
    }

    /** Standard prefixes plus the dataset's own, in a fixed order. */
    public static PrefixMap forBase(Iris iris) {
        PrefixMap pm = PrefixMapFactory.create();
        pm.add("rdf", RDF.getURI());
        pm.add("rdfs", RDFS.getURI());
        pm.add("xsd", XSD.getURI());
        pm.add("owl", OWL.getURI());
        pm.add("skos", SKOS.getURI());
        pm.add("dcterms", DCTerms.getURI());
        pm.add("schema", SchemaDO.NS);
        pm.add("prov", NG.PROV.NS);
        pm.add("nif", NG.NIF.NS);
        pm.add("itsrdf", NG.ITSRDF.NS);
        pm.add("ng", NG.NS);
        pm.add("article", iris.base() + "article/");
        pm.add("actor", iris.base() + "actor/");
        pm.add("country", iris.base() + "country/");
        pm.add("claim", iris.base() + "claim/");
        pm.add("event", iris.base() + "event/");
        pm.add("graph", iris.base() + "graph/");
        return pm;
    }

    /** The standard prefixes plus VoID, DCAT and SPDX, for the dataset description and its pages. */
    public static PrefixMap withDescription(Iris iris) {
        PrefixMap pm = forBase(iris);
        pm.add("void", VOID.NS);
        pm.add("dcat", DCAT.NS);
        pm.add("spdx", NG.SPDX.NS);
        return pm;
    }
}
