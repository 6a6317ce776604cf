package org.parley.ui.negotiation;

import java.util.ArrayList;
import java.util.List;

import org.parley.ui.common.Dialogs;

/** Answers every question with {@link #answer} and remembers what was asked and said. */
final class FakeDialogs implements Dialogs {

    final List<String> asked = new ArrayList<>();
    final List<String> errors = new ArrayList<>();
    boolean answer = true;

    @Override
    public boolean confirm(String title, String question, String detail) {
        asked.add(question + " | " + detail);
        return answer;
    }

    @Override
    public void error(String title, String message) {
        errors.add(title + ": " + message);
    }
}
