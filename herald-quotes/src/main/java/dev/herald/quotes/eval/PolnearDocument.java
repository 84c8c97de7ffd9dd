package dev.herald.quotes.eval;

import static dev.herald.spi.Checks.requireNonNull;

import dev.herald.spi.Article;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** One line of a PolNeAR JSONL file: a document as one annotator annotated it. */
public record PolnearDocument(String docId, String annotator, String publisher, Optional<LocalDate> date,
        String title, String text, List<PolnearAttribution> attributions) {

    public PolnearDocument {
        requireNonNull(docId, "docId");
        requireNonNull(annotator, "annotator");
        requireNonNull(publisher, "publisher");
        requireNonNull(date, "date");
        requireNonNull(title, "title");
        requireNonNull(text, "text");
        attributions = List.copyOf(attributions);
    }

    /** The article a system sees: the text, title, outlet and date, and no annotation. */
    public Article toArticle() {
        return new Article(docId, text, title.isEmpty() ? Optional.empty() : Optional.of(title), Optional.empty(),
                Optional.of(publisher), Optional.empty(), date, "en");
    }
}
