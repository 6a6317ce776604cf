package org.parley.ui.forms;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

import javafx.beans.Observable;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;

import org.controlsfx.validation.Severity;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;
import org.controlsfx.validation.decoration.StyleClassValidationDecoration;
import org.parley.model.Faults;
import org.parley.model.Problem;
import org.parley.model.Refused;

/**
 * One form dialog, built field by field in code (one builder for every form, no copied FXML).
 * After every keystroke it asks its rules for {@link Problem}s; each problem decorates its field
 * (ControlsFX) and is listed under the fields as "Field: rule", and OK stays disabled while any
 * remains. So nothing invalid can leave the form.
 *
 * <p>Field keys are the labels the user sees ("Value", "Tabled on"), so a problem's field names
 * what is on screen.
 */
public final class Form {

    private final String title;
    private final GridPane grid = new GridPane();
    private final Map<String, Control> fields = new LinkedHashMap<>();
    private final Map<Control, Observable> changesOf = new java.util.HashMap<>();
    private final ValidationSupport validation = new ValidationSupport();
    private final Label problemsLabel = new Label();
    private Supplier<List<Problem>> rules = List::of;
    private List<Problem> problems = List.of();
    /**
     * Whether the user has changed a field yet: until then the form says what it needs in a
     * neutral hint, not as errors (issue 14: no red before anything is typed); OK is held back
     * all the same.
     */
    private boolean changed;
    private String intro = "";

    /** What an untouched form that is not complete yet says, instead of its problems. */
    static final String NOT_YET = "Fill in the fields above; each is checked as you type.";

    public Form(String title) {
        this.title = title;
        grid.setHgap(10);
        grid.setVgap(8);
        grid.setPadding(new Insets(4, 0, 4, 0));
        problemsLabel.setId("form-problems");
        problemsLabel.getStyleClass().add("form-problems");
        problemsLabel.setWrapText(true);
        problemsLabel.setMaxWidth(520);
        validation.setValidationDecorator(new StyleClassValidationDecoration());
    }

    /** A line of text above the fields, e.g. what the amendment will aim at. */
    public Form intro(String text) {
        this.intro = text;
        return this;
    }

    public TextField text(String label, String initial, String tooltip) {
        TextField field = new TextField(initial == null ? "" : initial);
        field.setPrefColumnCount(28);
        return add(label, field, tooltip);
    }

    public TextArea area(String label, String initial, String tooltip) {
        TextArea area = new TextArea(initial == null ? "" : initial);
        area.setPrefRowCount(3);
        area.setPrefColumnCount(28);
        area.setWrapText(true);
        return add(label, area, tooltip);
    }

    public <T> ComboBox<T> choice(String label, List<T> options, T initial, Function<T, String> show,
                                  String tooltip) {
        return add(label, comboBox(options, initial, show), tooltip);
    }

    /** A choice of {@code options} shown by {@code show}, as the form's choices are (for views that lay out their own). */
    public static <T> ComboBox<T> comboBox(List<T> options, T initial, Function<T, String> show) {
        ComboBox<T> box = new ComboBox<>(FXCollections.observableArrayList(options));
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(T t) {
                return t == null ? "" : show.apply(t);
            }

            @Override
            public T fromString(String s) {
                return options.stream().filter(o -> show.apply(o).equals(s)).findFirst().orElse(null);
            }
        });
        box.setCellFactory(lv -> new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : show.apply(item));
            }
        });
        box.setValue(initial);
        box.setMaxWidth(Double.MAX_VALUE);
        return box;
    }

    /**
     * A field of the caller's own making, e.g. a small table: {@code control} is the field (its
     * problems decorate it, its id is the label's like every field's), {@code shown} what the form
     * lays out in its place (the control and what goes with it), {@code changes} what the form
     * listens to so it checks its rules again.
     */
    public <C extends Control> C custom(String label, C control, Node shown, Observable changes, String tooltip) {
        changesOf.put(control, changes);
        return add(label, control, shown, tooltip);
    }

    /** The rules the form is checked against after every change. */
    public Form rules(Supplier<List<Problem>> check) {
        this.rules = check;
        return this;
    }

    /** The control of a field, by its label. */
    public Control field(String label) {
        return fields.get(label);
    }

    /** The problems as of the last change. */
    public List<Problem> problems() {
        return problems;
    }

    /**
     * Shows the dialog and waits. {@code result} builds the answer from the fields; it is only
     * called when the rules find no problem.
     */
    public <R> Optional<R> show(Window owner, String okText, Supplier<R> result) {
        Dialog<R> dialog = dialog(owner, okText, result);
        return dialog.showAndWait();
    }

    /** The dialog, not yet shown (tests show it themselves). */
    public <R> Dialog<R> dialog(Window owner, String okText, Supplier<R> result) {
        Dialog<R> dialog = new Dialog<>();
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setTitle(title);
        dialog.setHeaderText(title);
        ButtonType ok = new ButtonType(okText, ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(ok, ButtonType.CANCEL);
        dialog.getDialogPane().setId("form");
        dialog.getDialogPane().getStyleClass().add("parley-form");
        List<Node> content = new ArrayList<>();
        if (!intro.isEmpty()) {
            Label introLabel = new Label(intro);
            introLabel.setId("form-intro");
            introLabel.setWrapText(true);
            content.add(introLabel);
        }
        content.add(grid);
        content.add(problemsLabel);
        VBox box = new VBox(8, content.toArray(Node[]::new));
        dialog.getDialogPane().setContent(box);
        Node okButton = dialog.getDialogPane().lookupButton(ok);
        okButton.setId("form-ok");
        dialog.getDialogPane().lookupButton(ButtonType.CANCEL).setId("form-cancel");
        Runnable recheck = () -> {
            check();
            okButton.setDisable(!problems.isEmpty());
            growToContent(dialog);
        };
        for (Control c : fields.values()) {
            (changesOf.containsKey(c) ? changesOf.get(c) : observed(c)).addListener(o -> {
                changed = true;
                recheck.run();
            });
        }
        recheck.run();
        dialog.setResultConverter(button -> button == ok && problems.isEmpty() ? result.get() : null);
        dialog.setOnShown(e -> fields.values().stream().findFirst().ifPresent(Control::requestFocus));
        return dialog;
    }

    /**
     * A form whose content grew while open (a part shown by a choice, a longer problem) grows its
     * window to fit, after the layout that measured it; it never shrinks what the user sized.
     */
    private static void growToContent(Dialog<?> dialog) {
        javafx.application.Platform.runLater(() -> {
            javafx.scene.Scene scene = dialog.getDialogPane().getScene();
            Window window = scene == null ? null : scene.getWindow();
            if (window == null || !window.isShowing()) {
                return;
            }
            double wanted = dialog.getDialogPane().prefHeight(scene.getWidth());
            if (wanted > scene.getHeight() + 1) {
                window.setHeight(window.getHeight() + (wanted - scene.getHeight()));
            }
        });
    }

    private void check() {
        try {
            problems = List.copyOf(rules.get());
        } catch (Refused e) {
            // A rule that cannot even read the fields (e.g. a number that does not parse) says so.
            problems = List.of(new Problem("Form", e.getMessage()));
        } catch (RuntimeException e) {
            // A fault in the form's own checks: said as one (and OK stays off), never as a rule.
            System.getLogger(Form.class.getName()).log(System.Logger.Level.ERROR, "parley: a fault checking a form", e);
            problems = List.of(new Problem("Form", Faults.describe(e)));
        }
        boolean quiet = !changed && !problems.isEmpty();
        problemsLabel.setText(quiet ? NOT_YET : String.join("\n", problems.stream().map(Problem::toString).toList()));
        problemsLabel.getStyleClass().removeAll("form-problems", "hint");
        problemsLabel.getStyleClass().add(quiet ? "hint" : "form-problems");
        validation.revalidate();
    }

    private <C extends Control> C add(String label, C control, String tooltip) {
        return add(label, control, control, tooltip);
    }

    private <C extends Control> C add(String label, C control, Node shown, String tooltip) {
        int row = fields.size();
        Label l = new Label(label);
        l.setLabelFor(control);
        l.setMinWidth(Label.USE_PREF_SIZE);
        if (shown != control) {
            GridPane.setValignment(l, javafx.geometry.VPos.TOP);
        }
        grid.add(l, 0, row);
        grid.add(shown, 1, row);
        GridPane.setHgrow(shown, Priority.ALWAYS);
        control.setId("field-" + label.toLowerCase().replaceAll("[^a-z0-9]+", "-").replaceAll("-$", ""));
        if (tooltip != null && !tooltip.isEmpty()) {
            control.setTooltip(new Tooltip(tooltip));
        }
        fields.put(label, control);
        validation.registerValidator(control, false, (Control c, Object value) -> {
            List<String> mine = !changed ? List.of()
                    : problems.stream().filter(p -> p.field().equals(label)).map(Problem::message).toList();
            return ValidationResult.fromMessageIf(c, String.join("; ", mine), Severity.ERROR, !mine.isEmpty());
        });
        return control;
    }

    private static Observable observed(Control c) {
        if (c instanceof TextField t) {
            return t.textProperty();
        }
        if (c instanceof TextArea a) {
            return a.textProperty();
        }
        if (c instanceof ComboBox<?> b) {
            return b.valueProperty();
        }
        throw new IllegalArgumentException("no change to observe on " + c);
    }
}
