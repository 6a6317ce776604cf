package org.parley.model;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * The figures of one budget (a mission or a line) per baseline. Any baseline may be unknown.
 * Immutable.
 */
public final class Baselines {

    private static final Baselines NONE = new Baselines(new EnumMap<>(Baseline.class));

    private final Map<Baseline, Figure> figures;

    private Baselines(EnumMap<Baseline, Figure> figures) {
        this.figures = Collections.unmodifiableMap(figures);
    }

    public static Baselines none() {
        return NONE;
    }

    public static Baselines of(Map<Baseline, Figure> figures) {
        EnumMap<Baseline, Figure> copy = new EnumMap<>(Baseline.class);
        copy.putAll(figures);
        return new Baselines(copy);
    }

    /** A copy with one baseline set (or removed, when {@code figure} is null). */
    public Baselines with(Baseline baseline, Figure figure) {
        EnumMap<Baseline, Figure> copy = new EnumMap<>(Baseline.class);
        copy.putAll(figures);
        if (figure == null) {
            copy.remove(baseline);
        } else {
            copy.put(baseline, figure);
        }
        return new Baselines(copy);
    }

    public Optional<Figure> get(Baseline baseline) {
        return Optional.ofNullable(figures.get(baseline));
    }

    /**
     * The figure cuts are measured against: the current text if there is one, else the ACABQ
     * recommendation (the usual baseline of the talks), else the Secretary-General's proposal.
     */
    public Optional<Figure> reference() {
        for (Baseline b : new Baseline[] {Baseline.CURRENT, Baseline.ACABQ_RECOMMENDED, Baseline.SG_PROPOSED}) {
            if (figures.containsKey(b)) {
                return Optional.of(figures.get(b));
            }
        }
        return Optional.empty();
    }

    /** Which baseline {@link #reference()} is: the one cuts are measured from, for the sheets to name it. */
    public Optional<Baseline> referenceBaseline() {
        return reference().flatMap(ref -> figures.entrySet().stream().filter(e -> e.getValue() == ref)
                .map(Map.Entry::getKey).findFirst());
    }

    /** The figures a desk whose "now" is {@code now} knows: those known from a later instant are left out. */
    public Baselines knownAt(java.time.Instant now) {
        EnumMap<Baseline, Figure> copy = new EnumMap<>(Baseline.class);
        figures.forEach((b, f) -> {
            if (f.knownAt(now)) {
                copy.put(b, f);
            }
        });
        return copy.size() == figures.size() ? this : new Baselines(copy);
    }

    public Map<Baseline, Figure> asMap() {
        return figures;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Baselines other && figures.equals(other.figures);
    }

    @Override
    public int hashCode() {
        return figures.hashCode();
    }

    @Override
    public String toString() {
        return "Baselines" + figures;
    }
}
