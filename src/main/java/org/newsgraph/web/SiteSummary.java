package org.newsgraph.web;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.system.Txn;
import org.newsgraph.store.Queries;

/** Computes the landing page's counts and lists once, when the server starts (whole-graph aggregates are slow per view). */
public final class SiteSummary {

    private SiteSummary() {
    }

    public static SiteInfo of(DatasetGraph dsg, String base) {
        return Txn.calculateRead(dsg, () -> {
            Binding s = rows(dsg, "sparql/summary.rq").get(0);
            List<SiteInfo.ArticleItem> latest = rows(dsg, "sparql/latest-articles.rq").stream()
                    .map(b -> new SiteInfo.ArticleItem(b.get("article").getURI(), text(b, "title", "(untitled)"),
                            text(b, "date", ""), text(b, "publisher", ""))).toList();
            List<SiteInfo.ActorItem> top = rows(dsg, "sparql/top-actors.rq").stream()
                    .map(b -> new SiteInfo.ActorItem(b.get("actor").getURI(), text(b, "name", b.get("actor").getURI()),
                            b.get("type").getLocalName(), n(b, "articles"))).toList();
            return new SiteInfo(base, n(s, "articles"), n(s, "persons"), n(s, "organizations"), n(s, "countries"),
                    n(s, "claims"), n(s, "events"), n(s, "triples"), latest, top);
        });
    }

    private static List<Binding> rows(DatasetGraph dsg, String query) {
        List<Binding> out = new ArrayList<>();
        try (QueryExec qe = QueryExec.dataset(dsg).query(Queries.load(query)).build()) {
            RowSet rs = qe.select();
            rs.forEachRemaining(out::add);
        }
        return out;
    }

    private static String text(Binding b, String var, String otherwise) {
        Node n = b.get(var);
        return n == null ? otherwise : n.isLiteral() ? n.getLiteralLexicalForm() : n.toString();
    }

    private static long n(Binding b, String var) {
        Node n = b.get(var);
        return n == null ? 0 : Long.parseLong(n.getLiteralLexicalForm());
    }
}
