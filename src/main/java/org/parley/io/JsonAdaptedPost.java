package org.parley.io;

import org.parley.model.Grade;
import org.parley.model.Post;
import org.parley.model.PostStatus;
import org.parley.model.Provenance;

/**
 * A row of identical posts on a line, e.g. 6 x "Human Rights Officer" at P-3. The count has its
 * own provenance: staffing tables are rarely public, so counts are often illustrative.
 */
record JsonAdaptedPost(String key, String title, String grade, Integer count, String status,
                       JsonAdaptedFigure annualCost, JsonAdaptedProvenance countProvenance) {

    Post toModel(JsonPath path, String mission, String line, DocumentKeys keys) throws InvalidJsonException {
        long id = keys.declarePost(mission, line, Fields.key(key, path.field("key")), path.field("key"));
        String postTitle = Fields.requiredText(title, path.field("title"));
        Grade g = Fields.grade(grade, path.field("grade"));
        int n = Fields.posts(count, path.field("count"));
        PostStatus s = Fields.enumValue(PostStatus.class, status, path.field("status"));
        var cost = Fields.required(annualCost, path.field("annualCost")).toModel(path.field("annualCost"));
        if (cost.knownFrom() != null) {
            throw new InvalidJsonException(path.field("annualCost").field("knownFrom"),
                    "a post's cost is known with its budget: \"knownFrom\" belongs on a baseline figure");
        }
        Provenance countFrom = Fields.required(countProvenance, path.field("countProvenance"))
                .toModel(path.field("countProvenance"));
        return Fields.build(path, () -> new Post(id, postTitle, g, n, s, cost, countFrom));
    }
}
