package org.newsgraph.web;

import java.util.Set;
import java.util.regex.Pattern;
import org.apache.jena.sparql.ARQConstants;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.TransformCopy;
import org.apache.jena.sparql.algebra.Transformer;
import org.apache.jena.sparql.algebra.optimize.Optimize;
import org.apache.jena.sparql.algebra.optimize.Rewrite;
import org.apache.jena.sparql.algebra.optimize.RewriteFactory;
import org.apache.jena.sparql.expr.E_Function;
import org.apache.jena.sparql.expr.E_Regex;
import org.apache.jena.sparql.expr.E_StrReplace;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.ExprFunctionN;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.ExprTransformCopy;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.RegexEngine;
import org.apache.jena.sparql.expr.nodevalue.NodeValueOps;

/**
 * Replaces every user-supplied regular expression in a query's algebra (REGEX, REPLACE and their
 * function-IRI forms) with the guarded versions, before Jena's own optimizer runs: that way no
 * pattern is ever matched by code that cannot be stopped.
 */
final class RegexRewrite extends ExprTransformCopy {

    /** Function IRIs that run a caller's pattern: XPath's fn: and the SPARQL function namespace. */
    static final Set<String> MATCHES = Set.of("http://www.w3.org/2005/xpath-functions#matches",
            ARQConstants.sparqlPrefix + "regex");
    static final Set<String> REPLACES = Set.of("http://www.w3.org/2005/xpath-functions#replace",
            ARQConstants.sparqlPrefix + "replace");

    /** The optimizer factory to put in a context: guard first, then Jena's standard rewrites. */
    static RewriteFactory factory() {
        RewriteFactory std = Optimize.stdOptimizationFactory;
        return context -> {
            Rewrite inner = std.create(context);
            return op -> inner.rewrite(guard(op));
        };
    }

    static Op guard(Op op) {
        return Transformer.transform(new TransformCopy(), new RegexRewrite(), op);
    }

    @Override
    public Expr transform(ExprFunctionN func, ExprList args) {
        if (func instanceof E_Regex) {
            return new GuardedRegex(args);
        }
        if (func instanceof E_StrReplace) {
            return new GuardedReplace(args);
        }
        if (func instanceof E_Function f) {
            if (MATCHES.contains(f.getFunctionIRI()) && (args.size() == 2 || args.size() == 3)) {
                return new GuardedRegex(args);
            }
            if (REPLACES.contains(f.getFunctionIRI()) && (args.size() == 3 || args.size() == 4)) {
                return new GuardedReplace(args);
            }
        }
        return super.transform(func, args);
    }

    /** The compiled pattern when pattern and flags are constants; null when it must wait for a row. */
    static Pattern constantPattern(String label, Expr pattern, Expr flags) {
        if (!pattern.isConstant() || flags != null && !flags.isConstant()) {
            return null;
        }
        try {
            return pattern(label, pattern.getConstant(), flags == null ? null : flags.getConstant());
        } catch (ExprEvalException e) {
            // A bad constant pattern is an evaluation error on every row, as in Jena.
            return null;
        }
    }

    /** Compiles a pattern with SPARQL's flags, as Jena does. */
    static Pattern pattern(String label, NodeValue pattern, NodeValue flags) {
        String p = NodeValueOps.checkAndGetStringLiteral(label, pattern).getLiteralLexicalForm();
        String f = flags == null ? null : NodeValueOps.checkAndGetStringLiteral(label, flags).getLiteralLexicalForm();
        if (f != null && !f.chars().allMatch(c -> "smixq".indexOf(c) >= 0)) {
            throw new ExprEvalException(label + ": only the flags s, m, i, x and q are allowed");
        }
        return RegexEngine.makePattern(label, p, f);
    }
}
