package org.parley.io;

import org.parley.model.Item;
import org.parley.model.OurLine;

/** Our line and fallback on an item (version 2). */
record JsonAdaptedOurLine(JsonAdaptedItem item, String line, String fallback) {

    OurLine toModel(JsonPath path, DocumentKeys keys) throws InvalidJsonException {
        Item i = Fields.required(item, path.field("item")).toModel(path.field("item"), keys);
        return Fields.build(path, () -> new OurLine(i, line, fallback));
    }
}
