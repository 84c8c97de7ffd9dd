package dev.herald.cli;

import dev.herald.core.output.JsonOutput;
import dev.herald.core.output.TextReport;
import dev.herald.entities.CountryLexicon;
import dev.herald.engine.StandardPipeline;
import dev.herald.spi.Article;
import dev.herald.spi.Document;
import dev.herald.spi.ErrorCode;
import dev.herald.spi.HeraldException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code herald analyze}: one article in, its records out. */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = "Analyse one article: entities with roles and countries, normalised times.")
final class AnalyzeCommand implements Callable<Integer> {
    /** The output formats. */
    enum Format { json, text }

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "UTF-8 text file of the article, or - for standard input")
    String file;

    @Option(names = "--published", paramLabel = "YYYY-MM-DD",
            description = "publication date; relative times (\"Tuesday\", \"last week\") are resolved against it")
    String published;

    @Option(names = "--title", description = "the article's title")
    String title;

    @Option(names = "--format", defaultValue = "text", description = "json or text (default: ${DEFAULT-VALUE})")
    Format format;

    @Override
    public Integer call() {
        Article article = Article.of(ArticleFiles.idOf(file), ArticleFiles.read(file, System.in));
        if (published != null) {
            article = article.withPublished(parseDate(published));
        }
        if (title != null) {
            article = article.withTitle(title);
        }
        Document document = StandardPipeline.create().analyze(article);
        spec.commandLine().getOut().println(format == Format.json ? JsonOutput.write(document)
                : TextReport.write(document, CountryLexicon.standard()::demonym));
        return 0;
    }

    static LocalDate parseDate(String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new HeraldException(ErrorCode.BAD_REQUEST, "--published must be a date like 2024-06-26: " + value);
        }
    }
}
