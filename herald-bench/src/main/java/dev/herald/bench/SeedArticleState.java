package dev.herald.bench;

import dev.herald.corenlp.CoreNlpBackbone;
import dev.herald.corenlp.CoreNlpConfig;
import dev.herald.spi.Article;
import dev.herald.spi.Document;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** The article every benchmark runs on, with the backbone's layers computed once. */
@State(Scope.Benchmark)
public class SeedArticleState {
    @Param("../shared/articles/gallant-pentagon.txt")
    public String article;

    @Param("2024-06-26")
    public String published;

    Article input;
    Document parsed;
    CoreNlpBackbone backbone;

    @Setup(Level.Trial)
    public void load() throws IOException {
        input = Article.of("bench", Files.readString(Path.of(article))).withPublished(LocalDate.parse(published));
        backbone = new CoreNlpBackbone(CoreNlpConfig.defaults());
        parsed = backbone.apply(Document.of(input));
    }
}
