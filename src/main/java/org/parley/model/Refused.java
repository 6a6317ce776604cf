package org.parley.model;

/**
 * A rule of the model saying no to data a user typed or a file brought in. Its message is the
 * sentence the user reads ("a share must be between 0% and 100%, not 12000 bp"), so a catch site
 * shows it as it is. It is deliberately not an {@link IllegalArgumentException}: that stays the
 * sign of a fault inside Parley (a null or a wrong index from our own code, a JDK parser's
 * complaint no one converted), which must never be shown to the user as "not possible".
 */
public class Refused extends RuntimeException {

    public Refused(String message) {
        super(message);
    }

    public Refused(String message, Throwable cause) {
        super(message, cause);
    }
}
