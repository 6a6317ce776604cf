package org.parley.io;

import org.parley.model.Item;
import org.parley.model.Position;
import org.parley.model.Stance;

/** A delegation's stance on an item (version 2). */
record JsonAdaptedPosition(String delegation, JsonAdaptedItem item, String stance, String note) {

    Position toModel(JsonPath path, DocumentKeys keys) throws InvalidJsonException {
        long delegationId = keys.delegation(Fields.requiredText(delegation, path.field("delegation")),
                path.field("delegation"));
        Item i = Fields.required(item, path.field("item")).toModel(path.field("item"), keys);
        Stance s = Fields.enumValue(Stance.class, stance, path.field("stance"));
        return Fields.build(path, () -> new Position(delegationId, i, s, note));
    }
}
