package dev.herald.time.eval;

import java.util.List;
import java.util.Optional;

/** Writes predictions as the JSON {@code te3_score.py} reads: {@code {dct, timexes:[{start,end,type,value,text}]}}. */
final class PredictionJson {
    private PredictionJson() {}

    static String write(Optional<String> dct, List<TimexAnnotation> timexes) {
        StringBuilder json = new StringBuilder("{\"dct\": ");
        json.append(dct.map(PredictionJson::quote).orElse("null")).append(", \"timexes\": [");
        for (int i = 0; i < timexes.size(); i++) {
            TimexAnnotation t = timexes.get(i);
            json.append(i == 0 ? "\n" : ",\n")
                    .append(" {\"start\": ").append(t.start())
                    .append(", \"end\": ").append(t.end())
                    .append(", \"type\": ").append(quote(t.type()))
                    .append(", \"value\": ").append(quote(t.value()))
                    .append(", \"text\": ").append(quote(t.text())).append('}');
        }
        return json.append("]}\n").toString();
    }

    static String quote(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
