package org.newsgraph.web;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.newsgraph.rdf.Iris;
import org.newsgraph.vocab.NG;

/**
 * The SPARQL 1.1 Service Description of the endpoint, which a client gets from /sparql without a query:
 * the query language it speaks, the result formats, the union default graph, and the dataset, the one
 * the VoID description describes.
 */
final class ServiceDescription {

    private ServiceDescription() {
    }

    static Graph of(String base) {
        Graph g = GraphFactory.createDefaultGraph();
        Node service = NodeFactory.createURI(base + NewsgraphServer.SPARQL.substring(1));
        Node dataset = new Iris(base).voidPart("dataset").asNode();
        Node defaultGraph = NodeFactory.createBlankNode("default-graph");
        add(g, service, RDF.type.asNode(), NG.SD.Service.asNode());
        add(g, service, NG.SD.endpoint.asNode(), service);
        add(g, service, NG.SD.supportedLanguage.asNode(), NG.SD.SPARQL11Query.asNode());
        add(g, service, NG.SD.feature.asNode(), NG.SD.UnionDefaultGraph.asNode());
        for (var f : new org.apache.jena.rdf.model.Resource[] {NG.FORMATS.SPARQL_Results_JSON, NG.FORMATS.SPARQL_Results_XML,
                NG.FORMATS.SPARQL_Results_CSV, NG.FORMATS.SPARQL_Results_TSV, NG.FORMATS.Turtle, NG.FORMATS.JSON_LD,
                NG.FORMATS.N_Triples, NG.FORMATS.RDF_XML}) {
            add(g, service, NG.SD.resultFormat.asNode(), f.asNode());
        }
        add(g, service, NG.SD.defaultDataset.asNode(), dataset);
        add(g, dataset, RDF.type.asNode(), NG.SD.Dataset.asNode());
        add(g, dataset, NG.SD.defaultGraph.asNode(), defaultGraph);
        add(g, defaultGraph, RDF.type.asNode(), NG.SD.Graph.asNode());
        return g;
    }

    private static void add(Graph g, Node s, Node p, Node o) {
        g.add(Triple.create(s, p, o));
    }
}
