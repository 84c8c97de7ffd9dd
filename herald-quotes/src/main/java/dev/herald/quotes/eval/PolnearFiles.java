package dev.herald.quotes.eval;

import static dev.herald.spi.Checks.requireNonNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.herald.spi.CharSpan;
import dev.herald.spi.ErrorCode;
import dev.herald.spi.HeraldException;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the PolNeAR gold JSONL and reads and writes the scorer's PRED JSONL. The files count offsets in Unicode
 * code points; every record this class hands out or takes in counts them in UTF-16 units, as Java strings do.
 */
public final class PolnearFiles {
    private static final ObjectMapper JSON = new ObjectMapper();

    private PolnearFiles() {}

    /** Every line of a gold file, in file order (a document annotated twice appears twice). */
    public static List<PolnearDocument> readGold(Path path) {
        List<PolnearDocument> documents = new ArrayList<>();
        forEachLine(path, (line, number) -> documents.add(parseGold(line)));
        return List.copyOf(documents);
    }

    /** The first annotation of each document, as the reference scorer uses, keyed by document id in file order. */
    public static Map<String, PolnearDocument> firstAnnotations(List<PolnearDocument> documents) {
        Map<String, PolnearDocument> first = new LinkedHashMap<>();
        for (PolnearDocument document : documents) {
            first.putIfAbsent(document.docId(), document);
        }
        return first;
    }

    /**
     * Reads a PRED file against the gold documents it predicts; lines for unknown documents are skipped and two
     * lines for one document are concatenated, as the reference scorer does.
     */
    public static Map<String, List<PolnearPrediction>> readPredictions(Path path, Map<String, PolnearDocument> gold) {
        Map<String, List<PolnearPrediction>> predictions = new LinkedHashMap<>();
        forEachLine(path, (line, number) -> {
            JsonNode root = parse(line);
            PolnearDocument document = gold.get(root.path("doc_id").asText(null));
            if (document == null) {
                return;
            }
            CodePoints offsets = new CodePoints(document.text());
            List<PolnearPrediction> quotes = predictions.computeIfAbsent(document.docId(), id -> new ArrayList<>());
            for (JsonNode quote : root.path("quotes")) {
                JsonNode speaker = quote.get("speaker");
                quotes.add(new PolnearPrediction(spans(quote.path("source"), offsets), spans(quote.path("cue"), offsets),
                        spans(quote.path("content"), offsets),
                        speaker == null || speaker.isNull() ? Optional.empty() : Optional.of(speaker.asText())));
            }
        });
        return predictions;
    }

    /** Writes one PRED line per document, in the order of {@code documents}; a missing entry writes no quotes. */
    public static void writePredictions(Path path, List<PolnearDocument> documents,
            Map<String, List<PolnearPrediction>> predictions) {
        try (BufferedWriter writer = Files.newBufferedWriter(path, StandardCharsets.UTF_8)) {
            writePredictions(writer, documents, predictions);
        } catch (IOException e) {
            throw new HeraldException(ErrorCode.EXTERNAL, "cannot write " + path + ": " + e.getMessage(), e);
        }
    }

    static void writePredictions(Writer writer, List<PolnearDocument> documents,
            Map<String, List<PolnearPrediction>> predictions) throws IOException {
        for (PolnearDocument document : documents) {
            CodePoints offsets = new CodePoints(document.text());
            ObjectNode line = JSON.createObjectNode();
            line.put("doc_id", document.docId());
            ArrayNode quotes = line.putArray("quotes");
            for (PolnearPrediction prediction : predictions.getOrDefault(document.docId(), List.of())) {
                ObjectNode quote = quotes.addObject();
                putSpans(quote.putArray("source"), prediction.source(), offsets);
                putSpans(quote.putArray("cue"), prediction.cue(), offsets);
                putSpans(quote.putArray("content"), prediction.content(), offsets);
                prediction.speaker().ifPresent(name -> quote.put("speaker", name));
            }
            writer.write(JSON.writeValueAsString(line));
            writer.write('\n');
        }
    }

    private static PolnearDocument parseGold(String line) {
        JsonNode root = parse(line);
        String text = required(root, "text").asText();
        CodePoints offsets = new CodePoints(text);
        List<PolnearAttribution> attributions = new ArrayList<>();
        for (JsonNode a : root.path("attributions")) {
            attributions.add(new PolnearAttribution(a.path("id").asText(""), a.path("has_source").asBoolean(false),
                    spans(a.path("source"), offsets), spans(a.path("cue"), offsets), spans(a.path("content"), offsets),
                    a.path("content_has_quote_mark").asBoolean(false)));
        }
        return new PolnearDocument(required(root, "doc_id").asText(), root.path("annotator").asText(""),
                root.path("publisher").asText(""), date(root.path("date").asText("")), root.path("title").asText(""),
                text, attributions);
    }

    private static Optional<LocalDate> date(String value) {
        try {
            return value.isEmpty() ? Optional.empty() : Optional.of(LocalDate.parse(value));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** Pieces as UTF-16 spans; an inverted or empty piece is dropped, as the reference scorer drops it. */
    private static List<CharSpan> spans(JsonNode pieces, CodePoints offsets) {
        List<CharSpan> out = new ArrayList<>();
        for (JsonNode piece : pieces) {
            if (piece.size() == 2 && piece.get(0).asInt() < piece.get(1).asInt()) {
                CharSpan span = offsets.toUtf16(piece.get(0).asInt(), piece.get(1).asInt());
                if (!span.isEmpty()) {
                    out.add(span);
                }
            }
        }
        return out;
    }

    private static void putSpans(ArrayNode array, List<CharSpan> spans, CodePoints offsets) {
        for (CharSpan span : spans) {
            int[] cp = offsets.toCodePoints(span);
            array.addArray().add(cp[0]).add(cp[1]);
        }
    }

    private static JsonNode required(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            throw new HeraldException(ErrorCode.BAD_INPUT, "PolNeAR line has no " + field);
        }
        return value;
    }

    private static JsonNode parse(String line) {
        try {
            return JSON.readTree(line);
        } catch (JsonProcessingException e) {
            throw new HeraldException(ErrorCode.BAD_INPUT, "not a JSON line: " + e.getOriginalMessage(), e);
        }
    }

    private interface LineHandler {
        void accept(String line, int number);
    }

    private static void forEachLine(Path path, LineHandler handler) {
        requireNonNull(path, "path");
        try (BufferedReader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                try {
                    handler.accept(line, number);
                } catch (HeraldException e) {
                    throw new HeraldException(e.errorCode(), path + ":" + number + ": " + e.getMessage(), e);
                }
            }
        } catch (IOException e) {
            throw new HeraldException(ErrorCode.BAD_INPUT, "cannot read " + path + ": " + e.getMessage(), e);
        }
    }
}
