package org.parley.io;

import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.databind.JsonMappingException;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * Where a value sits in the document, written the way people read JSONPath:
 * {@code $.missions[3].lines[0].baselines.current.usd}. Immutable; each step makes a new path
 * that points at its parent, and the text is only written when asked for: a read names the path
 * of every field it converts, and almost none of them is ever shown.
 */
final class JsonPath {

    static final JsonPath ROOT = new JsonPath(null, "$", -1);

    private final JsonPath parent;
    /** The field's name, or null for a list index. */
    private final String name;
    private final int index;

    private JsonPath(JsonPath parent, String name, int index) {
        this.parent = parent;
        this.name = name;
        this.index = index;
    }

    JsonPath field(String fieldName) {
        return new JsonPath(this, fieldName, -1);
    }

    JsonPath index(int i) {
        return new JsonPath(this, null, i);
    }

    /** The path Jackson recorded while binding (it includes the offending field itself). */
    static JsonPath of(List<JsonMappingException.Reference> references) {
        JsonPath path = ROOT;
        for (JsonMappingException.Reference r : references) {
            path = r.getFieldName() != null ? path.field(r.getFieldName()) : path.index(r.getIndex());
        }
        return path;
    }

    /** The path of the token a parser stopped at (for errors raised while reading). */
    static JsonPath of(JsonStreamContext context) {
        Deque<JsonStreamContext> chain = new ArrayDeque<>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            chain.push(c);
        }
        JsonPath path = ROOT;
        for (JsonStreamContext c : chain) {
            if (c.inArray()) {
                path = path.index(Math.max(c.getCurrentIndex(), 0));
            } else if (c.getCurrentName() != null) {
                path = path.field(c.getCurrentName());
            }
        }
        return path;
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        write(text);
        return text.toString();
    }

    private void write(StringBuilder text) {
        if (parent == null) {
            text.append(name);
            return;
        }
        parent.write(text);
        if (name != null) {
            text.append('.').append(name);
        } else {
            text.append('[').append(index).append(']');
        }
    }
}
