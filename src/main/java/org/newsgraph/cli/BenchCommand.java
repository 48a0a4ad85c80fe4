package org.newsgraph.cli;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SchemaDO;
import org.newsgraph.bench.Known;
import org.newsgraph.bench.SyntheticCorpus;
import org.newsgraph.bench.SyntheticNews;
import org.newsgraph.pipeline.StandardPipeline;
import org.newsgraph.rdf.Iris;
import org.newsgraph.store.ArticleFile;
import org.newsgraph.store.ArticleFiles;
import org.newsgraph.vocab.NG;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code newsgraph bench}: converts a generated corpus of realistic pages, one at a time, and
 * reports articles/s, MB/s and the live heap after a collection at checkpoints (flat = memory does
 * not grow with the corpus). Run it under {@code /usr/bin/time -v} for the process's peak RSS.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Benchmark conversion on a synthetic corpus (or real articles cycled): articles/s, MB/s, "
                + "live heap at checkpoints.")
final class BenchCommand implements Callable<Integer> {

    @Option(names = "--articles", paramLabel = "N", defaultValue = "10000",
            description = "number of synthetic articles (default: ${DEFAULT-VALUE})")
    int articles;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "42", description = "random seed (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--input", paramLabel = "DIR",
            description = "cycle through the *.txt articles of DIR instead of generating pages")
    Path input;

    @Option(names = "--warmup", paramLabel = "N", defaultValue = "5000",
            description = "articles converted first and not timed, so the JIT has compiled the hot paths (default: ${DEFAULT-VALUE})")
    int warmup;

    @Option(names = "--generator", paramLabel = "KIND", defaultValue = "news",
            description = "news (realistic pages, as 'generate' writes them) or plain (the simpler pages bench "
                    + "converted before issue 14) (default: ${DEFAULT-VALUE})")
    GenerateCommand.Generator generator;

    @Option(names = "--write", paramLabel = "DIR",
            description = "write the generated articles as *.txt files into DIR (for timing a whole build) instead of "
                    + "converting them")
    Path write;

    @Override
    public Integer call() {
        Components c = new Components(Iris.DEFAULT_BASE);
        if (write != null) {
            GenerateCommand.write(generated(c, 0, articles, seed), write);
            return 0;
        }
        Iterable<SyntheticNews.Page> corpus;
        Iterable<SyntheticNews.Page> warm;
        if (input == null) {
            corpus = generated(c, 0, articles, seed);
            warm = generated(c, 0, warmup, seed + 1_000_000_000L);
        } else {
            List<SyntheticNews.Page> pages = realPages(input);
            corpus = cycle(pages, articles);
            warm = cycle(pages, warmup);
        }
        for (SyntheticNews.Page p : warm) {
            c.converter.convert(p.source(), p.text());
        }
        long bytes = 0;
        long triples = 0;
        // CPU time of this thread as well as wall time: on a shared machine the wall clock also counts other work.
        java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpu0 = threads.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        int n = 0;
        int step = Math.max(1, articles / 5);
        System.out.printf("%10s %10s %12s %10s %14s%n", "articles", "seconds", "articles/s", "MB/s", "live heap MB");
        for (SyntheticNews.Page p : corpus) {
            bytes += p.text().getBytes(StandardCharsets.UTF_8).length;
            triples += c.converter.convert(p.source(), p.text()).model().size();
            n++;
            if (n % step == 0 || n == articles) {
                long paused = System.nanoTime();
                long cpuPaused = threads.getCurrentThreadCpuTime();
                double s = (paused - t0) / 1e9;
                // Live heap after a collection; the pause is not counted as conversion time.
                System.gc();
                long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
                System.out.printf("%10d %10.2f %12.0f %10.2f %14.1f%n", n, s, n / s, bytes / 1e6 / s, used / 1e6);
                t0 += System.nanoTime() - paused;
                cpu0 += threads.getCurrentThreadCpuTime() - cpuPaused;
            }
        }
        double s = (System.nanoTime() - t0) / 1e9;
        double cpu = (threads.getCurrentThreadCpuTime() - cpu0) / 1e9;
        System.out.printf("converted %d articles (%.1f MB, %d triples) in %.2f s (%.2f s CPU): %.0f articles/s, "
                + "%.2f MB/s; peak heap %.1f MB%n", n, bytes / 1e6, triples, s, cpu, n / s, bytes / 1e6 / s,
                peakHeap() / 1e6);
        return 0;
    }

    private Iterable<SyntheticNews.Page> generated(Components c, long first, long count, long s) {
        return generator == GenerateCommand.Generator.news
                ? new SyntheticNews(Known.from(c.reference), s).articles(first, count)
                : plainPages(c.reference, first, count, s);
    }

    /** Pages first .. first + count - 1 of the plain generator that bench used before issue 14. */
    static Iterable<SyntheticNews.Page> plainPages(Model reference, long first, long count, long seed) {
        SyntheticCorpus corpus = new SyntheticCorpus(names(reference), Math.toIntExact(first + count), seed);
        return () -> java.util.stream.StreamSupport.stream(corpus.spliterator(), false).skip(first)
                .map(p -> new SyntheticNews.Page(p.source(), p.text())).iterator();
    }

    private static List<SyntheticNews.Page> realPages(Path dir) {
        ArticleFiles files = new ArticleFiles(ArticleFiles.DEFAULT_MAX_BYTES);
        List<SyntheticNews.Page> pages = new ArrayList<>();
        for (ArticleFiles.Entry p : files.scan(dir).files()) {
            ArticleFile f = files.read(p);
            pages.add(new SyntheticNews.Page(f.source(), f.text()));
        }
        return pages;
    }

    // The same few real articles again and again, each under a new source id.
    private static Iterable<SyntheticNews.Page> cycle(List<SyntheticNews.Page> pages, int n) {
        return () -> java.util.stream.IntStream.range(0, n).mapToObj(i -> {
            SyntheticNews.Page p = pages.get(i % pages.size());
            return new SyntheticNews.Page(p.source() + "_" + i, p.text());
        }).iterator();
    }

    private static long peakHeap() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }

    private static SyntheticCorpus.Names names(Model ref) {
        List<String> people = new ArrayList<>();
        List<String> orgs = new ArrayList<>();
        List<String> countries = new ArrayList<>();
        List<String> demonyms = new ArrayList<>();
        List<String> outlets = new ArrayList<>();
        ref.listSubjectsWithProperty(SchemaDO.name).forEachRemaining(r -> {
            String name = r.getProperty(SchemaDO.name).getString();
            if (r.hasProperty(RDF.type, SchemaDO.Person)) {
                people.add(name);
            } else if (r.hasProperty(RDF.type, SchemaDO.NewsMediaOrganization)) {
                outlets.add(name);
            } else if (r.hasProperty(RDF.type, SchemaDO.Organization)) {
                orgs.add(name);
            } else if (r.hasProperty(RDF.type, SchemaDO.Country)) {
                countries.add(name);
                r.listProperties(NG.demonym).forEachRemaining(d -> demonyms.add(d.getString()));
            }
        });
        List<String> given = new ArrayList<>(StandardPipeline.lexicon().givenNames());
        for (List<String> l : List.of(people, orgs, countries, demonyms, outlets, given)) {
            l.sort(null);
            if (l.isEmpty()) {
                l.add("Unnamed");
            }
        }
        return new SyntheticCorpus.Names(people, orgs, countries, demonyms, given, outlets);
    }

}
