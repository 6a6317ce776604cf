package org.parley.ui.scenarios;

import java.util.ArrayList;
import java.util.List;

import org.parley.ui.common.Dialogs;

/** Answers the view model's questions as told, and keeps what it was asked and told. */
final class FakeDialogs implements Dialogs {

    final List<String> asked = new ArrayList<>();
    final List<String> errors = new ArrayList<>();
    boolean answer = true;

    @Override
    public boolean confirm(String title, String question, String detail) {
        asked.add(question);
        return answer;
    }

    @Override
    public void error(String title, String message) {
        errors.add(title + ": " + message);
    }
}
