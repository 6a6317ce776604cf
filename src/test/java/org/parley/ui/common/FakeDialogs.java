package org.parley.ui.common;

import java.util.ArrayList;
import java.util.List;

/**
 * Dialogs answered by the test: answers every confirmation with {@link #answer} and records what
 * was asked ("question | detail") and what errors were shown ("title: message").
 */
public final class FakeDialogs implements Dialogs {

    public final List<String> errors = new ArrayList<>();
    public final List<String> questions = new ArrayList<>();
    public boolean answer = true;

    @Override
    public boolean confirm(String title, String question, String detail) {
        questions.add(question + " | " + detail);
        return answer;
    }

    @Override
    public void error(String title, String message) {
        errors.add(title + ": " + message);
    }
}
