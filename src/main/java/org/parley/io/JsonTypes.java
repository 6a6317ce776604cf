package org.parley.io;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Collection;

/** Names the JSON a Java field expects, in the words a person editing the file would use. */
final class JsonTypes {

    private JsonTypes() {
    }

    static String describe(Class<?> type) {
        if (type == Long.class || type == long.class || type == Integer.class || type == int.class) {
            return "a whole number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "a string";
        }
        if (Collection.class.isAssignableFrom(type)) {
            return "a list";
        }
        if (type == JsonNode.class) {
            return "a value";
        }
        return "an object";
    }
}
