package org.newsgraph.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** Vocabulary terms of the newsgraph ontology (ontology/newsgraph.ttl); every own RDF term the code uses comes from here. */
public final class NG {

    private NG() {
    }

    public static final String NS = "https://w3id.org/newsgraph/ns#";

    public static final Resource ONTOLOGY = ResourceFactory.createResource("https://w3id.org/newsgraph/ns");

    // Classes
    public static final Resource Role = resource("Role");
    public static final Resource Mention = resource("Mention");
    public static final Resource Statistics = resource("Statistics");

    // Object properties
    public static final Property roleHolder = property("roleHolder");
    public static final Property roleOf = property("roleOf");
    public static final Property resolvedBy = property("resolvedBy");
    public static final Property span = property("span");
    public static final Property claimKind = property("claimKind");
    public static final Property speaker = property("speaker");
    public static final Property eventType = property("eventType");
    public static final Property participant = property("participant");
    public static final Property agent = property("agent");
    public static final Property target = property("target");
    public static final Property claim = property("claim");
    public static final Property kindInArticle = property("kindInArticle");

    // Datatype properties
    public static final Property isoAlpha2 = property("isoAlpha2");
    public static final Property isoAlpha3 = property("isoAlpha3");
    public static final Property demonym = property("demonym");
    public static final Property capital = property("capital");
    public static final Property seatOfGovernment = property("seatOfGovernment");
    public static final Property roleTitle = property("roleTitle");
    public static final Property speakerDescription = property("speakerDescription");
    public static final Property verb = property("verb");
    public static final Property medium = property("medium");
    public static final Property cameoCode = property("cameoCode");
    public static final Property nameInArticle = property("nameInArticle");
    public static final Property aliasInArticle = property("aliasInArticle");

    // Statistics of a build (graph/statistics)
    public static final Property articleCount = property("articleCount");
    public static final Property mentionCount = property("mentionCount");
    public static final Property claimCount = property("claimCount");
    public static final Property claimMentionCount = property("claimMentionCount");
    public static final Property eventCount = property("eventCount");
    public static final Property publishedCount = property("publishedCount");
    public static final Property actorRank = property("actorRank");
    public static final Property countryRank = property("countryRank");
    public static final Property latestRank = property("latestRank");

    // Concept scheme: how a mention was resolved
    public static final Resource ResolutionMethods = resource("ResolutionMethods");
    public static final Resource ReferenceData = resource("ReferenceData");
    public static final Resource Pattern = resource("Pattern");
    public static final Resource Coreference = resource("Coreference");

    // Concept scheme: kinds of claim
    public static final Resource ClaimKinds = resource("ClaimKinds");
    public static final Resource DirectQuote = resource("DirectQuote");
    public static final Resource ReportedSpeech = resource("ReportedSpeech");

    // Concept scheme: types of event
    public static final Resource EventTypes = resource("EventTypes");
    public static final Resource Meeting = resource("Meeting");
    public static final Resource Visit = resource("Visit");
    public static final Resource Communication = resource("Communication");
    public static final Resource Vote = resource("Vote");
    public static final Resource MilitaryAction = resource("MilitaryAction");
    public static final Resource Attack = resource("Attack");
    public static final Resource Launch = resource("Launch");
    public static final Resource Agreement = resource("Agreement");
    public static final Resource Sanction = resource("Sanction");
    public static final Resource Annexation = resource("Annexation");
    public static final Resource Election = resource("Election");
    public static final Resource Other = resource("Other");

    private static Resource resource(String local) {
        return ResourceFactory.createResource(NS + local);
    }

    private static Property property(String local) {
        return ResourceFactory.createProperty(NS + local);
    }

    /** NIF 2.0 Core terms used for article contexts, spans and mentions. */
    public static final class NIF {

        private NIF() {
        }

        public static final String NS = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#";

        public static final Resource Context = ResourceFactory.createResource(NS + "Context");
        public static final Resource Phrase = ResourceFactory.createResource(NS + "Phrase");
        /** nif:String (named so as not to shadow java.lang.String). */
        public static final Resource NIFString = ResourceFactory.createResource(NS + "String");
        public static final Property beginIndex = ResourceFactory.createProperty(NS + "beginIndex");
        public static final Property endIndex = ResourceFactory.createProperty(NS + "endIndex");
        public static final Property anchorOf = ResourceFactory.createProperty(NS + "anchorOf");
        public static final Property referenceContext = ResourceFactory.createProperty(NS + "referenceContext");
        public static final Property isString = ResourceFactory.createProperty(NS + "isString");
    }

    /** ITS 2.0 RDF terms used to link a mention to the entity it names. */
    public static final class ITSRDF {

        private ITSRDF() {
        }

        public static final String NS = "http://www.w3.org/2005/11/its/rdf#";

        public static final Property taIdentRef = ResourceFactory.createProperty(NS + "taIdentRef");
    }

    /** PROV-O terms used for derivation of facts and for build provenance. */
    public static final class PROV {

        private PROV() {
        }

        public static final String NS = "http://www.w3.org/ns/prov#";

        public static final Resource Activity = ResourceFactory.createResource(NS + "Activity");
        public static final Resource Entity = ResourceFactory.createResource(NS + "Entity");
        public static final Property wasDerivedFrom = ResourceFactory.createProperty(NS + "wasDerivedFrom");
        public static final Property wasGeneratedBy = ResourceFactory.createProperty(NS + "wasGeneratedBy");
        public static final Property generated = ResourceFactory.createProperty(NS + "generated");
    }

    /** SPDX terms for the checksums of the dumps in the VoID/DCAT description (as DCAT 3 recommends). */
    public static final class SPDX {

        private SPDX() {
        }

        public static final String NS = "http://spdx.org/rdf/terms#";

        public static final Resource Checksum = ResourceFactory.createResource(NS + "Checksum");
        public static final Resource checksumAlgorithm_sha256 = ResourceFactory.createResource(NS
                + "checksumAlgorithm_sha256");
        public static final Property checksum = ResourceFactory.createProperty(NS + "checksum");
        public static final Property algorithm = ResourceFactory.createProperty(NS + "algorithm");
        public static final Property checksumValue = ResourceFactory.createProperty(NS + "checksumValue");
    }

    /** SPARQL 1.1 Service Description terms, for the description the endpoint gives of itself. */
    public static final class SD {

        private SD() {
        }

        public static final String NS = "http://www.w3.org/ns/sparql-service-description#";

        public static final Resource Service = ResourceFactory.createResource(NS + "Service");
        public static final Resource Dataset = ResourceFactory.createResource(NS + "Dataset");
        public static final Resource Graph = ResourceFactory.createResource(NS + "Graph");
        public static final Resource SPARQL11Query = ResourceFactory.createResource(NS + "SPARQL11Query");
        public static final Resource UnionDefaultGraph = ResourceFactory.createResource(NS + "UnionDefaultGraph");
        public static final Property endpoint = ResourceFactory.createProperty(NS + "endpoint");
        public static final Property supportedLanguage = ResourceFactory.createProperty(NS + "supportedLanguage");
        public static final Property resultFormat = ResourceFactory.createProperty(NS + "resultFormat");
        public static final Property feature = ResourceFactory.createProperty(NS + "feature");
        public static final Property defaultDataset = ResourceFactory.createProperty(NS + "defaultDataset");
        public static final Property defaultGraph = ResourceFactory.createProperty(NS + "defaultGraph");
    }

    /** W3C's names of media formats (http://www.w3.org/ns/formats/), the values of sd:resultFormat. */
    public static final class FORMATS {

        private FORMATS() {
        }

        public static final String NS = "http://www.w3.org/ns/formats/";

        public static final Resource SPARQL_Results_JSON = ResourceFactory.createResource(NS + "SPARQL_Results_JSON");
        public static final Resource SPARQL_Results_XML = ResourceFactory.createResource(NS + "SPARQL_Results_XML");
        public static final Resource SPARQL_Results_CSV = ResourceFactory.createResource(NS + "SPARQL_Results_CSV");
        public static final Resource SPARQL_Results_TSV = ResourceFactory.createResource(NS + "SPARQL_Results_TSV");
        public static final Resource Turtle = ResourceFactory.createResource(NS + "Turtle");
        public static final Resource JSON_LD = ResourceFactory.createResource(NS + "JSON-LD");
        public static final Resource N_Triples = ResourceFactory.createResource(NS + "N-Triples");
        public static final Resource RDF_XML = ResourceFactory.createResource(NS + "RDF_XML");
    }
}
