package org.parley.model;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * What a set of amendments would take out of a budget: whole dollars and posts by grade.
 * Immutable; combine with {@link #plus(Cut)}.
 */
public final class Cut {

    public static final Cut NONE = new Cut(0, new EnumMap<>(Grade.class));

    private final long usd;
    private final Map<Grade, Integer> postsByGrade;

    private Cut(long usd, EnumMap<Grade, Integer> postsByGrade) {
        this.usd = usd;
        this.postsByGrade = Collections.unmodifiableMap(postsByGrade);
    }

    public static Cut dollars(long usd) {
        return new Cut(usd, new EnumMap<>(Grade.class));
    }

    public static Cut posts(Grade grade, int count, long usd) {
        EnumMap<Grade, Integer> m = new EnumMap<>(Grade.class);
        if (count > 0) {
            m.put(grade, count);
        }
        return new Cut(usd, m);
    }

    public Cut plus(Cut other) {
        EnumMap<Grade, Integer> m = new EnumMap<>(Grade.class);
        m.putAll(postsByGrade);
        other.postsByGrade.forEach((g, n) -> m.merge(g, n, Amounts::plus));
        return new Cut(Amounts.plus(usd, other.usd), m);
    }

    /** The same posts, with the dollars capped at {@code maxUsd}. */
    public Cut cappedAt(long maxUsd) {
        if (usd <= maxUsd) {
            return this;
        }
        EnumMap<Grade, Integer> m = new EnumMap<>(Grade.class);
        m.putAll(postsByGrade);
        return new Cut(maxUsd, m);
    }

    /** Whole dollars cut; negative when money is restored. */
    public long usd() {
        return usd;
    }

    public int posts() {
        return postsByGrade.values().stream().mapToInt(Integer::intValue).reduce(0, Amounts::plus);
    }

    public Map<Grade, Integer> postsByGrade() {
        return postsByGrade;
    }

    public boolean isNone() {
        return usd == 0 && postsByGrade.isEmpty();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Cut c && c.usd == usd && c.postsByGrade.equals(postsByGrade);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(usd) * 31 + postsByGrade.hashCode();
    }

    @Override
    public String toString() {
        return "Cut[" + usd + " USD, " + postsByGrade + "]";
    }
}
