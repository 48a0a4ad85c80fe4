package org.newsgraph.text;

import org.newsgraph.doc.PartialDate;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An article after cleaning: metadata, the body text that every later character span points into,
 * and reader comments kept apart: what {@link ArticleReader} reads from a page, before {@link ReaderAnnotator}
 * puts it into the document model with the outlet resolved.
 *
 * @param source    the input file name without ".txt"; the article's identity
 * @param title     the first headline, or null when the text has none
 * @param authors   bylined writers, in byline order (may be empty)
 * @param publisher the outlet, or null when the text gives no clue
 * @param date      publication date, or null when the text does not state it
 * @param body      cleaned article text, paragraphs separated by blank lines
 * @param comments  reader comments, each one text (never part of the body)
 */
public record Document(String source, String title, List<String> authors, String publisher,
                       PartialDate date, String body, List<String> comments) {

    public Document {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(body, "body");
        authors = List.copyOf(authors);
        comments = List.copyOf(comments);
    }

    public Optional<String> titleIfAny() {
        return Optional.ofNullable(title);
    }

    public Optional<String> publisherIfAny() {
        return Optional.ofNullable(publisher);
    }

    public Optional<PartialDate> dateIfAny() {
        return Optional.ofNullable(date);
    }
}
