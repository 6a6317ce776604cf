package org.parley.io;

import com.fasterxml.jackson.databind.JsonNode;
import org.parley.model.TextRules;

import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Every text of a document, field names included, checked by {@link TextRules} before anything
 * is bound, so that a control character, a lone half of a pair (a JSON {@code \ud800}) or a
 * direction mark is refused at its path whatever field it is in. A line break or a tab is
 * allowed only in the fields that take several lines, named by the list they sit in.
 */
final class DocumentText {

    /** "list.field" for every field of several lines; the list is the nearest array around it. */
    private static final Set<String> MULTI_LINE = Set.of("delegations.notes", "missions.notes",
            "amendments.rationale", "events.description", "positions.note", "ourLines.line", "ourLines.fallback");

    private DocumentText() {
    }

    static void check(JsonNode tree) throws InvalidJsonException {
        check(tree, JsonPath.ROOT, "", "");
    }

    private static void check(JsonNode node, JsonPath path, String list, String field) throws InvalidJsonException {
        if (node.isTextual()) {
            String text = node.textValue();
            Optional<String> problem = MULTI_LINE.contains(list + "." + field)
                    ? TextRules.multiLine(text) : TextRules.oneLine(text);
            if (problem.isPresent()) {
                throw new InvalidJsonException(path, problem.get());
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                check(node.get(i), path.index(i), field, "");
            }
        } else if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                JsonPath at = path.field(TextRules.visible(e.getKey()));
                Optional<String> badName = TextRules.oneLine(e.getKey());
                if (badName.isPresent()) {
                    throw new InvalidJsonException(at, "the field's name " + badName.get());
                }
                check(e.getValue(), at, list, e.getKey());
            }
        }
    }
}
