package org.parley.ui.proposals;

import java.util.ArrayList;
import java.util.List;

import org.parley.ui.common.Dialogs;

/** Answers confirmations as told and records every question and message. */
final class FakeDialogs implements Dialogs {

    final List<String> questions = new ArrayList<>();
    final List<String> details = new ArrayList<>();
    final List<String> errors = new ArrayList<>();
    boolean agree = true;

    @Override
    public boolean confirm(String title, String question, String detail) {
        questions.add(question);
        details.add(detail);
        return agree;
    }

    @Override
    public void error(String title, String message) {
        errors.add(title + ": " + message);
    }
}
