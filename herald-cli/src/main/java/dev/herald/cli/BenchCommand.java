package dev.herald.cli;

import dev.herald.core.pipeline.Pipeline;
import dev.herald.engine.StandardPipeline;
import dev.herald.spi.Article;
import dev.herald.spi.ErrorCode;
import dev.herald.spi.HeraldException;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code herald bench}: speed and memory of the analyze pipeline, on one thread, after warm-up. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure the analyze pipeline: model load, ms/article (p50/p95), articles/s, peak heap.")
final class BenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE|DIR", description = "an article, or a directory of .txt articles")
    Path input;

    @Option(names = "--warmup", defaultValue = "20", description = "unmeasured passes first (default: ${DEFAULT-VALUE})")
    int warmup;

    @Option(names = "--runs", defaultValue = "50", description = "measured passes (default: ${DEFAULT-VALUE})")
    int runs;

    @Option(names = "--published", paramLabel = "YYYY-MM-DD", defaultValue = "2024-06-26",
            description = "publication date given to every article (default: ${DEFAULT-VALUE})")
    String published;

    @Override
    public Integer call() throws IOException {
        if (warmup < 0 || runs < 1) {
            throw new HeraldException(ErrorCode.BAD_REQUEST, "--warmup must be >= 0 and --runs >= 1");
        }
        LocalDate date = AnalyzeCommand.parseDate(published);
        List<Article> articles = new ArrayList<>();
        for (Path file : files(input)) {
            articles.add(Article.of(ArticleFiles.idOf(file.toString()), ArticleFiles.read(file.toString(), System.in))
                    .withPublished(date));
        }
        PrintWriter out = spec.commandLine().getOut();
        long loadStart = System.nanoTime();
        Pipeline pipeline = StandardPipeline.create();
        double loadSeconds = (System.nanoTime() - loadStart) / 1e9;
        for (int i = 0; i < warmup; i++) {
            articles.forEach(pipeline::analyze);
        }
        int passes = Math.max(1, runs / articles.size());
        double[] millis = new double[passes * articles.size()];
        int n = 0;
        long total = System.nanoTime();
        for (int pass = 0; pass < passes; pass++) {
            for (Article article : articles) {
                long start = System.nanoTime();
                pipeline.analyze(article);
                millis[n++] = (System.nanoTime() - start) / 1e6;
            }
        }
        double seconds = (System.nanoTime() - total) / 1e9;
        Arrays.sort(millis);
        out.printf("articles: %d (%d measured analyses after %d warm-up passes), stages: %s%n", articles.size(),
                millis.length, warmup, pipeline.stages().stream().map(s -> s.name()).toList());
        out.printf("model load: %.2f s%n", loadSeconds);
        out.printf("ms/article: p50 %.1f, p95 %.1f, mean %.1f%n", percentile(millis, 50), percentile(millis, 95),
                Arrays.stream(millis).average().orElse(0));
        out.printf("articles/s: %.2f (one thread)%n", millis.length / seconds);
        out.printf("peak heap: %d MiB%n", peakHeapBytes() >> 20);
        return 0;
    }

    private static List<Path> files(Path input) throws IOException {
        if (!Files.isDirectory(input)) {
            return List.of(input);
        }
        try (Stream<Path> paths = Files.list(input)) {
            List<Path> files = paths.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
            if (files.isEmpty()) {
                throw new HeraldException(ErrorCode.BAD_INPUT, input + ": no .txt articles in this directory");
            }
            return files;
        }
    }

    private static double percentile(double[] sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    private static long peakHeapBytes() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }
}
