package org.newsgraph.web;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryDeniedException;
import org.apache.jena.query.QueryException;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.Syntax;
import org.apache.jena.sparql.ARQConstants;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.op.Op1;
import org.apache.jena.sparql.algebra.op.Op2;
import org.apache.jena.sparql.algebra.op.OpN;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.algebra.walker.Walker;
import org.apache.jena.sparql.function.FunctionFactory;
import org.apache.jena.sparql.function.FunctionRegistry;
import org.apache.jena.sparql.pfunction.PropertyFunctionFactory;
import org.apache.jena.sparql.pfunction.PropertyFunctionRegistry;
import org.apache.jena.sparql.service.ServiceExecutorRegistry;
import org.apache.jena.sparql.util.Context;

/**
 * What a query may do on this server. Installed in the dataset's context, so it holds for the
 * public endpoint and for the pages' own queries alike: no SERVICE call leaves the process, every
 * regular expression can be stopped, and functions are Jena's registered ones only (no loading of
 * classes named by IRI). At the door, {@link #check} refuses what would fail badly later.
 */
final class QueryGuard {

    static final String NO_SERVICE = "SERVICE is not allowed on this endpoint: it answers from its own data only";

    private final ServerLimits limits;

    QueryGuard(ServerLimits limits) {
        this.limits = limits;
    }

    /** Puts the rules into a dataset's context. */
    static void install(Context cxt) {
        cxt.set(ARQ.httpServiceAllowed, false);
        ServiceExecutorRegistry services = new ServiceExecutorRegistry();
        services.addSingleLink((opExecute, opOriginal, binding, execCxt, chain) -> {
            throw new QueryDeniedException(NO_SERVICE);
        });
        services.addBulkLink((opService, input, execCxt, chain) -> {
            throw new QueryDeniedException(NO_SERVICE);
        });
        ServiceExecutorRegistry.set(cxt, services);
        cxt.set(ARQConstants.sysOptimizerFactory, RegexRewrite.factory());
        FunctionRegistry.set(cxt, functions());
        PropertyFunctionRegistry.set(cxt, propertyFunctions());
        org.apache.jena.sparql.engine.main.QC.setFactory(cxt, CancellingExecutor.FACTORY);
    }

    // Jena's registered functions, without dynamic loading and without the regex ones (RegexRewrite
    // turns those into guarded expressions before evaluation; anything it missed fails as unknown).
    private static FunctionRegistry functions() {
        FunctionRegistry std = FunctionRegistry.get();
        FunctionRegistry reg = new FunctionRegistry() {
            @Override
            public FunctionFactory get(String uri) {
                return isRegistered(uri) ? super.get(uri) : null;
            }
        };
        std.keys().forEachRemaining(uri -> {
            if (!RegexRewrite.MATCHES.contains(uri) && !RegexRewrite.REPLACES.contains(uri)) {
                reg.put(uri, std.get(uri));
            }
        });
        return reg;
    }

    // apf:strSplit splits on a caller's regex with String.split, which cannot be stopped.
    private static PropertyFunctionRegistry propertyFunctions() {
        PropertyFunctionRegistry std = PropertyFunctionRegistry.get();
        PropertyFunctionRegistry reg = new PropertyFunctionRegistry() {
            @Override
            public boolean manages(String uri) {
                return isRegistered(uri);
            }

            @Override
            public PropertyFunctionFactory get(String uri) {
                return isRegistered(uri) ? super.get(uri) : null;
            }
        };
        std.keys().forEachRemaining(uri -> {
            if (!uri.endsWith("strSplit")) {
                reg.put(uri, std.get(uri));
            }
        });
        return reg;
    }

    /**
     * Parses a query as Fuseki will and refuses, with a status and a reason, one that is too long,
     * malformed past the parser's stack, nested too deeply to optimise, or that calls SERVICE.
     * Plain syntax errors pass: Fuseki reports them with their line and column.
     */
    void check(String path, String queryString) {
        if (queryString.length() > limits.maxQueryBytes()) {
            throw new RefusedRequest(path, 413, "Query too long: " + queryString.length()
                    + " characters; this endpoint accepts up to " + limits.maxQueryBytes());
        }
        Query query;
        Op op;
        try {
            query = QueryFactory.create(queryString, Syntax.syntaxARQ);
            op = Algebra.compile(query);
        } catch (QueryException e) {
            return;
        } catch (StackOverflowError e) {
            throw new RefusedRequest(path, 400, "Query nested too deeply to be parsed");
        }
        int depth = depth(op);
        if (depth > limits.maxNesting()) {
            throw new RefusedRequest(path, 400, "Query nested too deeply: its algebra is " + depth
                    + " levels deep, this endpoint takes up to " + limits.maxNesting()
                    + " (a long chain of UNIONs counts one level per branch; use VALUES instead)");
        }
        if (callsService(op)) {
            throw new RefusedRequest(path, 400, NO_SERVICE);
        }
    }

    // Iterative, so a query too deep for the optimizer's recursion cannot overflow this check.
    private static int depth(Op root) {
        Deque<Op> ops = new ArrayDeque<>();
        Deque<Integer> depths = new ArrayDeque<>();
        ops.push(root);
        depths.push(1);
        int max = 0;
        while (!ops.isEmpty()) {
            Op op = ops.pop();
            int d = depths.pop();
            max = Math.max(max, d);
            for (Op sub : children(op)) {
                ops.push(sub);
                depths.push(d + 1);
            }
        }
        return max;
    }

    private static List<Op> children(Op op) {
        if (op instanceof Op1 o) {
            return List.of(o.getSubOp());
        }
        if (op instanceof Op2 o) {
            return List.of(o.getLeft(), o.getRight());
        }
        if (op instanceof OpN o) {
            return o.getElements();
        }
        return List.of();
    }

    // Walker visits the patterns inside expressions too: SERVICE may hide in FILTER EXISTS.
    private static boolean callsService(Op op) {
        boolean[] found = {false};
        Walker.walk(op, new OpVisitorBase() {
            @Override
            public void visit(OpService s) {
                found[0] = true;
            }
        });
        return found[0];
    }
}
