package org.parley.model;

import java.util.List;
import java.util.Objects;

/**
 * A component of a mission's budget, e.g. MONUSCO's human-rights line.
 *
 * @param id store id (or a document-local id before import)
 * @param name the line's name
 * @param category what it pays for
 * @param baselines its amounts per baseline
 * @param posts the posts it carries, in display order
 */
public record BudgetLine(long id, String name, LineCategory category, Baselines baselines, List<Post> posts) {

    public BudgetLine {
        name = Text.required(name, "line name");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(baselines, "baselines");
        posts = List.copyOf(posts);
    }

    public int postCount() {
        return posts.stream().mapToInt(Post::count).reduce(0, Amounts::plus);
    }

    public boolean hasIllustrativeFigures() {
        return baselines.asMap().values().stream().anyMatch(Figure::illustrative)
                || posts.stream().anyMatch(Post::illustrative);
    }
}
