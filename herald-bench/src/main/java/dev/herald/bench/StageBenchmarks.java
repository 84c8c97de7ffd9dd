package dev.herald.bench;

import dev.herald.core.pipeline.Pipeline;
import dev.herald.engine.StandardPipeline;
import dev.herald.entities.EntityResolver;
import dev.herald.entities.OrganizationCountries;
import dev.herald.quotes.QuoteStage;
import dev.herald.spi.Document;
import dev.herald.time.TimeStage;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Average time per article of each stage, and of the whole standard pipeline, on the seed article; the stages
 * after the backbone run on its output computed once, so each figure is that stage's own cost.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 10, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx4g", "-XX:+UseParallelGC"})
@State(Scope.Benchmark)
public class StageBenchmarks {
    private final TimeStage time = new TimeStage();
    private EntityResolver entities;
    private QuoteStage quotes;
    private Document withEntities;
    private Pipeline pipeline;

    @Setup
    public void prepare(SeedArticleState seed) {
        entities = new EntityResolver(OrganizationCountries.none());
        quotes = QuoteStage.standard();
        withEntities = entities.apply(seed.parsed);
        pipeline = StandardPipeline.create();
    }

    @Benchmark
    public Document backbone(SeedArticleState seed) {
        return seed.backbone.apply(Document.of(seed.input));
    }

    @Benchmark
    public Document entities(SeedArticleState seed) {
        return entities.apply(seed.parsed);
    }

    @Benchmark
    public Document times(SeedArticleState seed) {
        return time.apply(seed.parsed);
    }

    @Benchmark
    public Document quotes() {
        return quotes.apply(withEntities);
    }

    @Benchmark
    public Document pipeline(SeedArticleState seed) {
        return pipeline.analyze(seed.input);
    }
}
