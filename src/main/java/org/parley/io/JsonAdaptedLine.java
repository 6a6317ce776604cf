package org.parley.io;

import org.parley.model.BudgetLine;
import org.parley.model.LineCategory;
import org.parley.model.Post;

import java.util.List;

/** A budget line of a mission, keyed within it (e.g. "human-rights"), with its posts. */
record JsonAdaptedLine(String key, String name, String category, JsonAdaptedBaselines baselines,
                       List<JsonAdaptedPost> posts) {

    BudgetLine toModel(JsonPath path, String mission, DocumentKeys keys) throws InvalidJsonException {
        String lineKey = Fields.key(key, path.field("key"));
        long id = keys.declareLine(mission, lineKey, path.field("key"));
        String lineName = Fields.requiredText(name, path.field("name"));
        LineCategory c = Fields.enumValue(LineCategory.class, category, path.field("category"));
        var figures = JsonAdaptedBaselines.toModel(baselines, path.field("baselines"));
        List<Post> converted = Fields.convertAll(posts, path.field("posts"),
                (post, at) -> post.toModel(at, mission, lineKey, keys));
        return Fields.build(path, () -> new BudgetLine(id, lineName, c, figures, converted));
    }
}
