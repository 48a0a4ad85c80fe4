package org.newsgraph.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.system.Txn;
import org.newsgraph.base.NewsgraphException;
import org.newsgraph.store.DataFolder;
import org.newsgraph.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code newsgraph query}: runs a query file on the data folder's database and prints the results. */
@Command(name = "query", mixinStandardHelpOptions = true,
        description = "Run a SPARQL query file on the database (default graph = union of the article graphs).")
final class QueryCommand implements Callable<Integer> {

    /** Result formats; csv is SPARQL 1.1 CSV. */
    enum Format { csv, tsv, json, xml, table }

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "data",
            description = "data folder holding the database (default: ${DEFAULT-VALUE})")
    Path data;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "csv, tsv, json, xml or table (default: ${DEFAULT-VALUE})")
    Format format;

    @Parameters(paramLabel = "FILE.rq", description = "the SPARQL query file")
    Path file;

    @Override
    public Integer call() throws IOException {
        Query query = parse(file);
        DataFolder folder = new DataFolder(data);
        Optional<String> server = folder.server();
        if (server.isPresent() && folder.currentHeldElsewhere()) {
            System.err.println("newsgraph: " + data + " is held by the server at " + server.get()
                    + ": the query goes to its endpoint");
            new RemoteQuery(server.get()).run(query, Files.readString(file, StandardCharsets.UTF_8), format, System.out);
            return 0;
        }
        try (Store store = Store.open(data)) {
            Dataset ds = DatasetFactory.wrap(store.dataset());
            OutputStream out = System.out;
            Txn.executeRead(store.dataset(), () -> {
                try (QueryExecution qe = QueryExecution.create(query, ds)) {
                    print(query, qe, out);
                }
            });
            out.flush();
        }
        return 0;
    }

    private static Query parse(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new NewsgraphException(file.toString(), -1, "no such query file", null);
        }
        try {
            return QueryFactory.create(Files.readString(file, StandardCharsets.UTF_8));
        } catch (QueryParseException e) {
            String first = e.getMessage() == null ? "" : e.getMessage().lines().findFirst().orElse("");
            throw new NewsgraphException(file.toString(), -1, "not a valid SPARQL query: " + first, e);
        }
    }

    private void print(Query query, QueryExecution qe, OutputStream out) {
        if (query.isSelectType()) {
            ResultSet rs = qe.execSelect();
            switch (format) {
                case csv -> ResultSetFormatter.outputAsCSV(out, rs);
                case tsv -> ResultSetFormatter.outputAsTSV(out, rs);
                case json -> ResultSetFormatter.outputAsJSON(out, rs);
                case xml -> ResultSetFormatter.outputAsXML(out, rs);
                case table -> ResultSetFormatter.out(out, rs, query.getPrefixMapping());
            }
        } else if (query.isAskType()) {
            boolean b = qe.execAsk();
            switch (format) {
                case json -> ResultSetFormatter.outputAsJSON(out, b);
                case xml -> ResultSetFormatter.outputAsXML(out, b);
                default -> new java.io.PrintStream(out, true, StandardCharsets.UTF_8).println(b);
            }
        } else {
            RDFDataMgr.write(out, query.isConstructType() ? qe.execConstruct() : qe.execDescribe(), Lang.TURTLE);
        }
    }
}
