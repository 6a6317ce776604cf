package org.parley.ui.negotiation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.stage.Window;

import org.parley.model.Baselines;
import org.parley.model.BudgetLine;
import org.parley.model.BudgetRules;
import org.parley.model.Grade;
import org.parley.model.LineCategory;
import org.parley.model.Mission;
import org.parley.model.MissionStatus;
import org.parley.model.NegotiationData;
import org.parley.model.Post;
import org.parley.model.PostStatus;
import org.parley.model.Problem;
import org.parley.ui.forms.FigureFields;
import org.parley.ui.forms.Form;
import org.parley.ui.forms.Inputs;
import org.parley.ui.forms.ProvenanceFields;

/**
 * The forms for a mission, a budget line and a post row, checked live against
 * {@link BudgetRules}. Each gives the edited value (ids kept, or 0 for a new one); applying it is
 * the caller's.
 */
final class MissionForms {

    private MissionForms() {
    }

    /** A new budget: empty fields, status open, no figures yet (result id 0, no lines). */
    static Dialog<Mission> newMission(Window owner, NegotiationData data) {
        Mission blank = new Mission(0, "NEW", "New budget", "", "", MissionStatus.OPEN,
                Baselines.none(), List.of(), "");
        return mission(owner, blank, data, "New mission");
    }

    /** A mission's own fields and baselines; the result keeps the mission's lines. */
    static Dialog<Mission> mission(Window owner, Mission m, NegotiationData data) {
        return mission(owner, m, data, "Edit mission " + m.code());
    }

    private static Dialog<Mission> mission(Window owner, Mission m, NegotiationData data, String title) {
        Form form = new Form(title)
                .intro("Figures in whole US dollars. A figure with no public source must be marked illustrative.");
        TextField code = form.text(BudgetRules.CODE, m.code(), "Short code, unique in the negotiation, e.g. MONUSCO");
        TextField name = form.text(BudgetRules.NAME, m.name(), "Full name");
        TextField location = form.text("Location", m.location(), "Where it operates (may be empty)");
        TextField coordinator = form.text("Coordinator", m.coordinator(),
                "Facilitator of its informal consultations (may be empty)");
        ComboBox<MissionStatus> status = form.choice("Status", List.of(MissionStatus.values()), m.status(),
                MissionStatus::label, "Where the talks on it stand");
        TextArea notes = form.area("Notes", m.notes(), "Sources and remarks on the mission as a whole");
        BaselineFields baselines = new BaselineFields(form, m.baselines());
        form.rules(() -> Inputs.merge(baselines.problems(),
                BudgetRules.mission(m.id(), code.getText(), name.getText(), baselines.amounts(), data)));
        return FormLayout.scrolling(form.dialog(owner, "Save", () -> new Mission(m.id(), code.getText(),
                name.getText(), location.getText(), coordinator.getText(), status.getValue(), baselines.baselines(),
                m.lines(), notes.getText())));
    }

    /** A line of {@code m}: {@code line} null for a new one (result id 0, no posts). */
    static Dialog<BudgetLine> line(Window owner, Mission m, BudgetLine line, NegotiationData data) {
        boolean adding = line == null;
        Form form = new Form(adding ? "Add line to " + m.code() : "Edit line " + m.code() + " / " + line.name())
                .intro("A line's figure may not exceed its mission's for the same baseline.");
        TextField name = form.text(BudgetRules.NAME, adding ? "" : line.name(), "E.g. Human rights; unique in "
                + m.code());
        ComboBox<LineCategory> category = form.choice("Category", List.of(LineCategory.values()),
                adding ? LineCategory.OTHER : line.category(), LineCategory::label, "What the line pays for");
        BaselineFields baselines = new BaselineFields(form, adding
                ? org.parley.model.Baselines.none() : line.baselines());
        long id = adding ? 0 : line.id();
        form.rules(() -> Inputs.merge(baselines.problems(),
                BudgetRules.line(m.id(), id, name.getText(), baselines.amounts(), data)));
        return FormLayout.scrolling(form.dialog(owner, adding ? "Add" : "Save", () -> new BudgetLine(id,
                name.getText(), category.getValue(), baselines.baselines(), adding ? List.of() : line.posts())));
    }

    /** A post row on {@code line}: {@code post} null for a new one (result id 0). */
    static Dialog<Post> post(Window owner, Mission m, BudgetLine line, Post post) {
        boolean adding = post == null;
        Form form = new Form(adding ? "Add post to " + m.code() + " / " + line.name()
                : "Edit post " + m.code() + " / " + line.name() + " / " + post.displayTitle());
        TextField title = form.text(BudgetRules.TITLE, adding ? "" : post.title(),
                "Post title without the grade, e.g. Human Rights Officer");
        ComboBox<Grade> grade = form.choice("Grade", List.of(Grade.values()), adding ? Grade.P3 : post.grade(),
                Grade::label, "UN grade");
        TextField count = form.text(BudgetRules.COUNT, adding ? "1" : Integer.toString(post.count()),
                "How many such posts: at least 1");
        ComboBox<PostStatus> status = form.choice("Status", List.of(PostStatus.values()),
                adding ? PostStatus.ENCUMBERED : post.status(), PostStatus::label, "Encumbered or vacant");
        FigureFields cost = new FigureFields(form, BudgetRules.ANNUAL_COST,
                adding ? Optional.empty() : Optional.of(post.annualCost()), true);
        ProvenanceFields countSource = new ProvenanceFields(form, BudgetRules.COUNT_SOURCE, "Count is",
                adding ? null : post.countProvenance());
        form.rules(() -> {
            List<Problem> reading = new ArrayList<>();
            Long n = Inputs.whole(BudgetRules.COUNT, count.getText(), reading);
            List<Problem> rules = new ArrayList<>(cost.problems());
            rules.addAll(BudgetRules.post(title.getText(), n == null ? 0 : n, cost.amount(new ArrayList<>())));
            rules.addAll(countSource.problems());
            return Inputs.merge(reading, dropRepeats(rules));
        });
        return form.dialog(owner, adding ? "Add" : "Save", () -> new Post(adding ? 0 : post.id(), title.getText(),
                grade.getValue(), Integer.parseInt(count.getText().strip()), status.getValue(), cost.figure().orElseThrow(),
                countSource.provenance()));
    }

    /** The cost's own check and the post rule both speak about the amount; say it once. */
    private static List<Problem> dropRepeats(List<Problem> problems) {
        return problems.stream().distinct().toList();
    }
}
