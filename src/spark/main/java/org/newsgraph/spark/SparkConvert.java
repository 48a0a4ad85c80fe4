package org.newsgraph.spark;

import java.time.Duration;
import java.util.concurrent.Callable;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.newsgraph.base.NewsgraphException;
import org.newsgraph.rdf.Iris;
import org.newsgraph.store.ArticleFiles;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Command line of the Spark job ({@code spark-submit --class org.newsgraph.spark.SparkConvert newsgraph.jar}):
 * the edge where the job's errors become a message and an exit code.
 */
@Command(name = "newsgraph-spark", mixinStandardHelpOptions = true,
        description = "Convert the *.txt article files below --input on Apache Spark into N-Quads shards under "
                + "--output (article graphs with merged events, plus the ontology, reference and build graphs); "
                + "load them with 'newsgraph build --from-nquads OUTPUT'.")
public final class SparkConvert implements Callable<Integer> {

    @Option(names = "--input", paramLabel = "PATH", required = true,
            description = "folder of article text files, as Spark reads paths (a local folder, hdfs://…, s3a://…)")
    String input;

    @Option(names = "--output", paramLabel = "PATH", required = true,
            description = "folder to write the shards into; must not exist yet")
    String output;

    @Option(names = "--base", paramLabel = "IRI", defaultValue = Iris.DEFAULT_BASE,
            description = "base of every minted IRI; give 'build --from-nquads' the same (default: ${DEFAULT-VALUE})")
    String base;

    @Option(names = "--master", paramLabel = "URL",
            description = "Spark master, e.g. local[2] (default: spark-submit's, else local[*])")
    String master;

    @Option(names = "--partitions", paramLabel = "N", defaultValue = "0",
            description = "split the input into at least N parts (default: four per core)")
    int partitions;

    @Option(names = "--max-bytes", paramLabel = "N", defaultValue = "" + ArticleFiles.DEFAULT_MAX_BYTES,
            description = "largest article file accepted, in bytes (default: ${DEFAULT-VALUE})")
    long maxBytes;

    @Option(names = "--article-timeout", paramLabel = "SECONDS", defaultValue = "10",
            description = "longest time the conversion of one article may take (default: ${DEFAULT-VALUE})")
    int articleTimeoutSeconds;

    @Override
    public Integer call() {
        if (articleTimeoutSeconds <= 0) {
            throw new NewsgraphException("--article-timeout", -1, "must be a positive number of seconds", null);
        }
        SparkConf conf = new SparkConf().setAppName("newsgraph convert");
        if (master != null) {
            conf.setMaster(master);
        } else {
            conf.setIfMissing("spark.master", "local[*]");
        }
        long t0 = System.nanoTime();
        try (JavaSparkContext sc = new JavaSparkContext(conf)) {
            ShardJob.Result r = new ShardJob(base, Duration.ofSeconds(articleTimeoutSeconds), maxBytes, partitions,
                    msg -> System.err.println("newsgraph-spark: " + msg)).run(sc, input, output);
            double s = (System.nanoTime() - t0) / 1e9;
            System.err.printf("newsgraph-spark: converted %d article(s) from %s into %s in %.1f s (%.1f articles/s "
                            + "on %d core(s))%s%n", r.articles().size(), input, output, s, r.articles().size() / s,
                    sc.defaultParallelism(), r.failures().isEmpty() ? "" : "; skipped " + r.failures().size() + " file(s)");
            return r.failures().isEmpty() ? 0 : 1;
        }
    }

    public static void main(String[] args) {
        CommandLine cli = new CommandLine(new SparkConvert());
        cli.setExecutionExceptionHandler((e, line, parsed) -> {
            Throwable cause = e;
            while (!(cause instanceof NewsgraphException) && cause.getCause() != null) {
                cause = cause.getCause();
            }
            line.getErr().println("newsgraph-spark: " + (cause instanceof NewsgraphException ne ? ne.describe()
                    : e.getMessage()));
            return 2;
        });
        System.exit(cli.execute(args));
    }
}
