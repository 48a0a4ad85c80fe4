package org.newsgraph.web;

import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.newsgraph.store.Queries;

/** Computes the landing page's counts once, when the server starts (whole-graph aggregates are slow per view). */
public final class SiteSummary {

    private SiteSummary() {
    }

    public static SiteInfo of(DatasetGraph dsg, String base) {
        return Txn.calculateRead(dsg, () -> {
            try (QueryExecution qe = QueryExecution.create(Queries.load("sparql/summary.rq"),
                    DatasetFactory.wrap(dsg))) {
                QuerySolution s = qe.execSelect().next();
                return new SiteInfo(base, n(s, "articles"), n(s, "persons"), n(s, "organizations"),
                        n(s, "countries"), n(s, "claims"), n(s, "events"), n(s, "triples"));
            }
        });
    }

    private static long n(QuerySolution s, String var) {
        return s.contains(var) ? s.getLiteral(var).getLong() : 0;
    }
}
