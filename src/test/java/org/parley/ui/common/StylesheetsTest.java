package org.parley.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.util.List;

import javafx.css.CssParser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every stylesheet parses without an error. A broken brace (it happened in a merge) makes
 * JavaFX drop the rules after it and only log a warning, so the app looks wrong, silently.
 */
class StylesheetsTest {

    @ParameterizedTest
    @ValueSource(strings = {"/org/parley/assets/css/parley.css", "/org/parley/ui/timeline/timeline.css"})
    void stylesheet_parsesWithoutErrors(String resource) throws Exception {
        URL url = StylesheetsTest.class.getResource(resource);
        assertThat(url).as(resource).isNotNull();
        CssParser.errorsProperty().clear();

        var sheet = new CssParser().parse(url);

        List<String> errors = CssParser.errorsProperty().stream().map(Object::toString).toList();
        assertThat(errors).as(resource).isEmpty();
        assertThat(sheet.getRules()).isNotEmpty();
    }

    @Test
    void aMissingBrace_isReported() throws Exception {
        CssParser.errorsProperty().clear();

        new CssParser().parse("test", ".a { -fx-text-fill: red; \n.b { -fx-text-fill: blue; }");

        assertThat(CssParser.errorsProperty()).isNotEmpty();
    }
}
