package org.parley.io;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import org.parley.model.TextRules;

import java.io.IOException;
import java.util.Optional;
import java.util.Set;

/**
 * Every text of a document, field names included, checked by {@link TextRules} before anything
 * is bound, so that a control character, a lone half of a pair (a JSON {@code \ud800}) or a
 * direction mark is refused at its path whatever field it is in. A line break or a tab is
 * allowed only in the fields that take several lines, named by the list they sit in. The check
 * streams over the document's tokens; it builds no tree, so it costs no memory at any size.
 */
final class DocumentText {

    /** "list.field" for every field of several lines; the list is the nearest array around it. */
    private static final Set<String> MULTI_LINE = Set.of("delegations.notes", "missions.notes",
            "amendments.rationale", "events.description", "positions.note", "ourLines.line", "ourLines.fallback",
            "versions.text");

    private DocumentText() {
    }

    /**
     * Reads the parser to its end, checking every field name and text value. Paths are counted
     * from the root of what the parser reads (the file's root, also in a workspace export).
     */
    static void check(JsonParser p) throws IOException, InvalidJsonException {
        for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
            if (t == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                Optional<String> bad = TextRules.oneLine(name);
                if (bad.isPresent()) {
                    JsonPath at = JsonPath.of(p.getParsingContext().getParent()).field(TextRules.visible(name));
                    throw new InvalidJsonException(at, "the field's name " + bad.get());
                }
            } else if (t == JsonToken.VALUE_STRING) {
                String text = p.getText();
                JsonStreamContext here = p.getParsingContext();
                String field = here.inObject() && here.getCurrentName() != null ? here.getCurrentName() : "";
                Optional<String> problem = MULTI_LINE.contains(list(here) + "." + field)
                        ? TextRules.multiLine(text) : TextRules.oneLine(text);
                if (problem.isPresent()) {
                    throw new InvalidJsonException(JsonPath.of(here), problem.get());
                }
            }
        }
    }

    /** The name of the nearest array around a value: the field that holds that array. */
    private static String list(JsonStreamContext context) {
        for (JsonStreamContext c = context; c != null; c = c.getParent()) {
            if (c.inArray()) {
                JsonStreamContext holder = c.getParent();
                return holder != null && holder.getCurrentName() != null ? holder.getCurrentName() : "";
            }
        }
        return "";
    }
}
