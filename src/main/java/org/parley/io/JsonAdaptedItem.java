package org.parley.io;

import org.parley.model.Item;

/** What a position or our line is about: {@code {"mission": "MONUSCO"}} or {@code {"amendment": "US-1.2"}}. */
record JsonAdaptedItem(String mission, String amendment) {

    Item toModel(JsonPath path, DocumentKeys keys) throws InvalidJsonException {
        if ((mission == null) == (amendment == null)) {
            throw new InvalidJsonException(path, "needs exactly one of \"mission\" or \"amendment\"");
        }
        if (mission != null) {
            return Item.mission(keys.mission(mission, path.field("mission")));
        }
        return Item.amendment(keys.amendment(amendment, path.field("amendment")));
    }
}
