package org.newsgraph.web;

import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.iterator.QueryIter1;
import org.apache.jena.sparql.engine.main.OpExecutorFactory;
import org.apache.jena.atlas.io.IndentedWriter;
import org.apache.jena.sparql.serializer.SerializationContext;
import org.apache.jena.tdb2.solver.OpExecutorTDB2;

/**
 * Runs a query's operators as TDB2 does, and stops each one's stream of results once the query is
 * cancelled or its time is up. Jena 5.6 can miss a timeout: a join or group that reads its whole input
 * while the plan is being built does so before the timeout's timer starts, and the cancellation does
 * not reach the index scans below; such a contract query ran 107 s under a 30 s timeout at 10,000
 * articles (apache/jena#3535, fixed after 5.6, the last release for Java 17). Every operator's output
 * here reads the cancel signal and its own deadline, the dataset's query timeout counted from when
 * the plan was built, before each result.
 */
final class CancellingExecutor extends OpExecutorTDB2 {

    /** Installed in the served dataset's context by {@link QueryGuard}. */
    static final OpExecutorFactory FACTORY = CancellingExecutor::new;

    private CancellingExecutor(ExecutionContext cxt) {
        super(cxt);
    }

    @Override
    protected QueryIterator exec(Op op, QueryIterator input) {
        long deadline = System.nanoTime() + timeoutNanos(execCxt);
        return new Checked(super.exec(op, input), execCxt, deadline);
    }

    // The longest of the dataset's timeouts ("30000" or "first,overall" in milliseconds); none: no deadline.
    private static long timeoutNanos(ExecutionContext cxt) {
        Object t = cxt.getContext().get(ARQ.queryTimeout);
        long millis = 0;
        if (t != null) {
            for (String part : t.toString().split(",")) {
                String digits = part.strip();
                if (digits.matches("[0-9]{1,12}")) {
                    millis = Math.max(millis, Long.parseLong(digits));
                }
            }
        }
        return millis > 0 ? millis * 1_000_000L : Long.MAX_VALUE / 2;
    }

    /** Passes results on until the query's cancel signal is set, then fails as a cancelled query does. */
    private static final class Checked extends QueryIter1 {

        private final AtomicBoolean cancelled;
        private final long deadline;

        Checked(QueryIterator input, ExecutionContext cxt, long deadline) {
            super(input, cxt);
            this.cancelled = cxt.getCancelSignal();
            this.deadline = deadline;
        }

        @Override
        protected boolean hasNextBinding() {
            if (cancelled != null && cancelled.get() || System.nanoTime() - deadline > 0) {
                throw new QueryCancelledException();
            }
            return getInput().hasNext();
        }

        @Override
        protected Binding moveToNextBinding() {
            return getInput().nextBinding();
        }

        @Override
        protected void closeSubIterator() {
        }

        @Override
        protected void requestSubCancel() {
        }

        @Override
        protected void details(IndentedWriter out, SerializationContext sCxt) {
            out.print("Checked");
        }
    }
}
