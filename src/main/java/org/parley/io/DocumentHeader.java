package org.parley.io;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * What the first pass over a file learns of a document without keeping it: whether the root is
 * an object, its {@code format} and {@code version} and the names of its fields; for a
 * workspace export, the same of each negotiation in its {@code negotiations} list. The pass reads
 * every token, so a syntax error or a broken limit is found before anything is bound.
 *
 * @param version the version when it is a whole number that fits an int, else null
 * @param negotiations the headers of a {@code negotiations} list, or null when there is none
 */
record DocumentHeader(boolean object, String format, Integer version, List<String> fields,
                      List<DocumentHeader> negotiations) {

    /** Reads the value the parser stands on (its first token already read) to its end. */
    static DocumentHeader scan(JsonParser p) throws IOException {
        return scan(p, true);
    }

    private static DocumentHeader scan(JsonParser p, boolean root) throws IOException {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            p.skipChildren();
            return new DocumentHeader(false, null, null, List.of(), null);
        }
        String format = null;
        Integer version = null;
        List<String> fields = new ArrayList<>();
        List<DocumentHeader> negotiations = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            fields.add(name);
            JsonToken value = p.nextToken();
            if (name.equals("format") && value == JsonToken.VALUE_STRING) {
                format = p.getText();
            } else if (name.equals("version") && value == JsonToken.VALUE_NUMBER_INT
                    && p.getNumberType() == JsonParser.NumberType.INT) {
                version = p.getIntValue();
            } else if (root && name.equals("negotiations") && value == JsonToken.START_ARRAY) {
                negotiations = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    negotiations.add(scan(p, false));
                }
            } else {
                p.skipChildren();
            }
        }
        return new DocumentHeader(true, format, version, List.copyOf(fields), negotiations);
    }
}
