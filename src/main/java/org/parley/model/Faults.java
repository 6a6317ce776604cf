package org.parley.model;

/**
 * The words a user reads when something fails that no rule foresaw. A sentence of the model's
 * (a total too large to add up) reads as it is; anything else is a fault inside Parley, said
 * plainly: never an exception's class name, a stack trace or a library's internals.
 */
public final class Faults {

    private Faults() {
    }

    /** What to tell the user about {@code failure}, to follow "…: " in a message. */
    public static String describe(Throwable failure) {
        if (failure instanceof Refused) {
            return failure.getMessage();
        }
        if (failure instanceof OutOfMemoryError) {
            return "Parley ran out of memory. Close other programs or start Parley with more memory "
                    + "(e.g. JDK_JAVA_OPTIONS=-Xmx4g), then try again";
        }
        return "an unexpected problem inside Parley stopped it. Nothing was changed; if it happens again, "
                + "please report what you did just before";
    }
}
