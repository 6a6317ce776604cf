package org.parley.ui.common;

/**
 * The questions and messages view models put to the user. The app shows them as JavaFX dialogs
 * owned by the window; tests answer them with a fake.
 */
public interface Dialogs {

    /**
     * Asks before something that takes other things with it.
     *
     * @return true when the user agreed
     */
    boolean confirm(String title, String question, String detail);

    /** Says that something could not be done, and why. */
    void error(String title, String message);
}
