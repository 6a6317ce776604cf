package org.parley.service;

import java.util.List;
import java.util.Optional;

import org.parley.model.Baseline;

/**
 * The Parley fields a column of a budget table can fill, with the header words that suggest them
 * ({@link CsvMapping#guess}).
 */
public enum CsvField {
    MISSION("Mission code", List.of("mission code", "mission", "budget", "code", "account"), null),
    LINE("Line name", List.of("line name", "line", "budget line", "component", "item"), null),
    CATEGORY("Category", List.of("category", "type"), null),
    PRIOR_APPROVED("Prior approved", List.of("prior approved", "prior", "previous", "apportionment"),
            Baseline.PRIOR_APPROVED),
    SG_PROPOSED("SG proposed", List.of("sg proposed", "sg", "proposed", "secretary general", "proposal"),
            Baseline.SG_PROPOSED),
    ACABQ("ACABQ recommended", List.of("acabq recommended", "acabq", "recommended", "acabq recommendation"),
            Baseline.ACABQ_RECOMMENDED),
    CURRENT("Current", List.of("current", "current text"), Baseline.CURRENT),
    FINAL("Final approved", List.of("final approved", "final", "approved"), Baseline.FINAL),
    SOURCE("Source", List.of("source", "document", "symbol", "reference"), null),
    TITLE("Post title", List.of("post title", "title", "post", "functional title"), null),
    GRADE("Grade", List.of("grade", "level"), null),
    COUNT("Count", List.of("count", "number", "posts", "number of posts", "no"), null),
    STATUS("Status", List.of("status", "encumbered", "vacancy"), null),
    ANNUAL_COST("Annual cost", List.of("annual cost", "cost", "annual cost per post", "standard cost"), null);

    private final String label;
    private final List<String> words;
    private final Baseline baseline;

    CsvField(String label, List<String> words, Baseline baseline) {
        this.label = label;
        this.words = words;
        this.baseline = baseline;
    }

    /** The name the dialog shows, e.g. "ACABQ recommended". */
    public String label() {
        return label;
    }

    /** Lower-case header words that suggest this field, the likeliest first. */
    List<String> words() {
        return words;
    }

    /** The baseline an amount column fills; empty for the other fields. */
    public Optional<Baseline> baseline() {
        return Optional.ofNullable(baseline);
    }
}
