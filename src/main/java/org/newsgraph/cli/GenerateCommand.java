package org.newsgraph.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.newsgraph.base.NewsgraphException;
import org.newsgraph.bench.Known;
import org.newsgraph.bench.SyntheticNews;
import org.newsgraph.rdf.Iris;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code newsgraph generate}: writes N synthetic news pages as {@code *.txt} files, seeded and
 * deterministic, one at a time, for benchmarks and tests of the build and the server at scale.
 */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Write N realistic synthetic news articles as .txt files (same N and seed: byte-identical "
                + "files; article i is the same whatever N, so --first adds articles to a corpus).")
final class GenerateCommand implements Callable<Integer> {

    /** Which generator writes the pages: the realistic one, or bench's plain pages of before issue 14. */
    enum Generator { news, plain }

    @Option(names = "--articles", paramLabel = "N", required = true, description = "number of articles")
    long articles;

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "folder to write the files into")
    Path out;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "42", description = "random seed (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--first", paramLabel = "K", defaultValue = "0",
            description = "number of the first article, to extend a corpus generated before (default: ${DEFAULT-VALUE})")
    long first;

    @Option(names = "--generator", paramLabel = "KIND", defaultValue = "news",
            description = "news (realistic pages) or plain (bench's pages before issue 14) (default: ${DEFAULT-VALUE})")
    Generator generator;

    @Override
    public Integer call() {
        if (articles < 0 || first < 0) {
            throw new NewsgraphException(out.toString(), -1, "--articles and --first cannot be negative", null);
        }
        Components c = new Components(Iris.DEFAULT_BASE);
        Iterable<SyntheticNews.Page> pages = generator == Generator.news
                ? new SyntheticNews(Known.from(c.reference), seed).articles(first, articles)
                : BenchCommand.plainPages(c.reference, first, articles, seed);
        write(pages, out);
        return 0;
    }

    /** Writes each page to DIR/SOURCE.txt as it comes, so memory stays flat whatever the count. */
    static void write(Iterable<SyntheticNews.Page> pages, Path dir) {
        long n = 0;
        long bytes = 0;
        long t0 = System.nanoTime();
        try {
            Files.createDirectories(dir);
            for (SyntheticNews.Page p : pages) {
                byte[] b = p.text().getBytes(StandardCharsets.UTF_8);
                Files.write(dir.resolve(p.source() + ".txt"), b);
                bytes += b.length;
                n++;
            }
        } catch (IOException e) {
            throw new NewsgraphException(dir.toString(), -1, "cannot write the articles: " + e.getMessage(), e);
        }
        System.out.printf("wrote %d articles (%.1f MB) to %s in %.1f s%n", n, bytes / 1e6, dir,
                (System.nanoTime() - t0) / 1e9);
    }
}
