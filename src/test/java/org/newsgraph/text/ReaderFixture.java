package org.newsgraph.text;

import org.apache.jena.rdf.model.Model;
import org.newsgraph.pipeline.StandardPipeline;
import org.newsgraph.reference.LayoutRules;
import org.newsgraph.reference.OutletDirectory;
import org.newsgraph.reference.ReferenceData;

/** The shipped rules and outlets, loaded once for the tests of the reader's parts. */
final class ReaderFixture {

    static final Model REFERENCE = ReferenceData.referenceModel();
    static final LayoutRules RULES = StandardPipeline.readerRules(REFERENCE);
    static final OutletDirectory OUTLETS = ReferenceData.outlets(REFERENCE);

    static final Boilerplate BOILERPLATE = new Boilerplate(RULES);
    static final DateReader DATES = new DateReader(RULES);
    static final OutletFinder OUTLET_FINDER = new OutletFinder(OUTLETS, RULES);
    static final BylineReader BYLINES = new BylineReader(OUTLET_FINDER, DATES, RULES);
    static final MetadataLines METADATA = new MetadataLines(BOILERPLATE, BYLINES, DATES, OUTLET_FINDER, RULES);

    private ReaderFixture() {
    }
}
