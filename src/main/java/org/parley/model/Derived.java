package org.parley.model;

import java.util.Objects;
import java.util.function.Function;

/**
 * A figure computed from other figures, with its provenance: illustrative when any figure it was
 * computed from is illustrative (the OR of its inputs). The calculations hand these out, and the
 * sheets, exports and screen format derived figures only through functions that take one, so the
 * illustrative mark cannot be dropped on the way to the reader.
 *
 * @param value the amount (whole dollars), share, cut... never floating point
 * @param illustrative true when any input was illustrative
 */
public record Derived<T>(T value, boolean illustrative) {

    public Derived {
        Objects.requireNonNull(value, "value");
    }

    public static <T> Derived<T> of(T value, boolean illustrative) {
        return new Derived<>(value, illustrative);
    }

    /** A figure computed from sourced figures only. */
    public static <T> Derived<T> sourced(T value) {
        return new Derived<>(value, false);
    }

    /** Dollars plus dollars: illustrative when either is. */
    public static Derived<Long> plus(Derived<Long> a, Derived<Long> b) {
        return new Derived<>(Amounts.plus(a.value(), b.value()), a.illustrative() || b.illustrative());
    }

    /** Something computed from this figure alone keeps its provenance. */
    public <R> Derived<R> map(Function<? super T, ? extends R> f) {
        return new Derived<>(f.apply(value), illustrative);
    }
}
