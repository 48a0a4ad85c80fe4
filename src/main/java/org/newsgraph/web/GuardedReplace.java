package org.newsgraph.web;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.ExprFunctionN;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.nodevalue.NodeValueOps;
import org.apache.jena.sparql.function.FunctionEnv;

/**
 * SPARQL REPLACE (and fn:replace) as the public endpoint evaluates it: Jena's semantics, matched
 * over a {@link CheckedText} so a catastrophic pattern stops with the query's timeout.
 */
final class GuardedReplace extends ExprFunctionN {

    private final Pattern pattern;

    GuardedReplace(ExprList args) {
        super("replace", args);
        this.pattern = RegexRewrite.constantPattern("REPLACE", args.get(1), args.size() > 3 ? args.get(3) : null);
    }

    // See GuardedRegex: no folding at planning time, where no timeout runs.
    @Override
    public NodeValue eval(List<NodeValue> args) {
        throw new ExprEvalException("REPLACE is evaluated only inside a query");
    }

    @Override
    public NodeValue eval(List<NodeValue> args, FunctionEnv env) {
        Node text = NodeValueOps.checkAndGetStringLiteral("REPLACE", args.get(0));
        String replacement = NodeValueOps.checkAndGetStringLiteral("REPLACE", args.get(2)).getLiteralLexicalForm();
        Pattern p = pattern != null ? pattern : RegexRewrite.pattern("REPLACE", args.get(1),
                args.size() > 3 ? args.get(3) : null);
        String in = text.getLiteralLexicalForm();
        String out;
        try {
            out = replaceAll(CheckedText.matcher(p, in, env), replacement);
        } catch (StackOverflowError e) {
            throw new ExprEvalException("A regular expression recursed too deeply on a long string: "
                    + "simplify the pattern (alternations under * or +)");
        }
        if (out == null || out.equals(in)) {
            return args.get(0);
        }
        return NodeValue.makeNode(NodeFactory.createLiteral(out, text.getLiteralLanguage(), text.getLiteralDatatype()));
    }

    // Jena's rule (XSDFuncOp.replaceAll): an empty match right after another match is skipped.
    private static String replaceAll(Matcher m, String replacement) {
        StringBuilder sb = null;
        try {
            while (m.find()) {
                if (sb == null) {
                    sb = new StringBuilder();
                } else if (m.start() == m.end()) {
                    continue;
                }
                m.appendReplacement(sb, replacement);
            }
        } catch (IndexOutOfBoundsException | IllegalArgumentException e) {
            throw new ExprEvalException("REPLACE: " + e.getMessage());
        }
        if (sb == null) {
            return null;
        }
        m.appendTail(sb);
        return sb.toString();
    }

    @Override
    public Expr copy(ExprList newArgs) {
        return new GuardedReplace(newArgs);
    }
}
