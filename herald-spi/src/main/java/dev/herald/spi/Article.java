package dev.herald.spi;

import static dev.herald.spi.Checks.requireNonNull;

import java.time.LocalDate;
import java.util.Optional;

/**
 * One news article as it came in: the text every span points into, plus what is known about it.
 * The text is never changed by any stage.
 */
public record Article(
        String id,
        String text,
        Optional<String> title,
        Optional<String> url,
        Optional<String> outlet,
        Optional<String> byline,
        Optional<LocalDate> published,
        String language) {

    public Article {
        requireNonNull(id, "id");
        requireNonNull(text, "text");
        requireNonNull(title, "title");
        requireNonNull(url, "url");
        requireNonNull(outlet, "outlet");
        requireNonNull(byline, "byline");
        requireNonNull(published, "published");
        requireNonNull(language, "language");
    }

    public static Article of(String id, String text) {
        return new Article(id, text, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), "en");
    }

    public Article withPublished(LocalDate date) {
        return new Article(id, text, title, url, outlet, byline, Optional.of(date), language);
    }

    public Article withTitle(String newTitle) {
        return new Article(id, text, Optional.of(newTitle), url, outlet, byline, published, language);
    }
}
