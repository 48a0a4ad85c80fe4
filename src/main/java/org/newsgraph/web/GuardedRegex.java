package org.newsgraph.web;

import java.util.List;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.ExprFunctionN;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.nodevalue.NodeValueOps;
import org.apache.jena.sparql.function.FunctionEnv;

/**
 * SPARQL REGEX (and fn:matches) as the public endpoint evaluates it: the same answers as Jena's,
 * but matched over a {@link CheckedText} so a catastrophic pattern stops with the query's timeout.
 */
final class GuardedRegex extends ExprFunctionN {

    private final Pattern pattern;

    GuardedRegex(ExprList args) {
        super("regex", args);
        this.pattern = RegexRewrite.constantPattern("REGEX", args.get(1), args.size() > 2 ? args.get(2) : null);
    }

    // Without a query there is no cancel signal: refusing here also keeps the optimizer from
    // folding a constant REGEX at planning time, outside every timeout.
    @Override
    public NodeValue eval(List<NodeValue> args) {
        throw new ExprEvalException("REGEX is evaluated only inside a query");
    }

    @Override
    public NodeValue eval(List<NodeValue> args, FunctionEnv env) {
        Node text = NodeValueOps.checkAndGetStringLiteral("REGEX", args.get(0));
        Pattern p = pattern != null ? pattern : RegexRewrite.pattern("REGEX", args.get(1),
                args.size() > 2 ? args.get(2) : null);
        try {
            return NodeValue.booleanReturn(CheckedText.matcher(p, text.getLiteralLexicalForm(), env).find());
        } catch (StackOverflowError e) {
            throw new ExprEvalException("A regular expression recursed too deeply on a long string: "
                    + "simplify the pattern (alternations under * or +)");
        }
    }

    @Override
    public Expr copy(ExprList newArgs) {
        return new GuardedRegex(newArgs);
    }
}
