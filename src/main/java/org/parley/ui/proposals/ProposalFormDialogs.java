package org.parley.ui.proposals;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.stage.Window;

import org.parley.model.AllocationInput;
import org.parley.model.AllocationRule;
import org.parley.model.Allocation;
import org.parley.model.AmendmentKind;
import org.parley.model.Baseline;
import org.parley.model.AmendmentRules;
import org.parley.model.DeskTimes;
import org.parley.model.Delegation;
import org.parley.model.EventTiming;
import org.parley.model.Mission;
import org.parley.model.NegotiationData;
import org.parley.model.Post;
import org.parley.model.Proposal;
import org.parley.model.ProposalRules;
import org.parley.model.ProposalStatus;
import org.parley.model.Provenance;
import org.parley.model.Target;
import org.parley.ui.common.MoneyText;
import org.parley.ui.forms.Form;

/**
 * {@link ProposalForms} as form dialogs owned by the desk window, checked as they are typed
 * against {@link ProposalRules} and {@link AmendmentRules}: OK stays disabled while any rule is
 * broken, so only valid fields come back.
 */
public final class ProposalFormDialogs implements ProposalForms {

    private static final String PROVENANCE = "Provenance";

    private final Supplier<Window> owner;

    public ProposalFormDialogs(Supplier<Window> owner) {
        this.owner = owner;
    }

    /** The confirm button of a form: Add for something new ("New proposal"), Save for a change, as every form says. */
    static String confirm(String heading) {
        return heading.startsWith("New ") ? "Add" : "Save";
    }

    /** The focused window, as the owner of dialogs opened from the desk's menus, keys and drops. */
    public static Window focusedWindow() {
        return Window.getWindows().stream().filter(Window::isFocused).findFirst()
                .orElse(Window.getWindows().isEmpty() ? null : Window.getWindows().get(0));
    }

    @Override
    public Optional<ProposalFields> proposal(String heading, ProposalFields initial, NegotiationData data) {
        var zone = data.negotiation().zone();
        Form form = new Form(heading);
        ComboBox<Delegation> delegation = form.choice(ProposalRules.DELEGATION, data.delegations(),
                initial.delegationId() == null ? null : data.delegation(initial.delegationId()).orElse(null),
                d -> d.code() + " — " + d.name(), "The delegation or group that tables the proposal");
        TextField title = form.text(ProposalRules.TITLE, initial.title(), "A short name, e.g. \"Revised cuts\"");
        TextField tabled = form.text(ProposalRules.TABLED, ProposalRules.tabledText(initial.tabledAt(), zone),
                "When it was tabled, " + DeskTimes.zoneName(zone) + " time, as " + ProposalRules.TABLED_PATTERN);
        tabled.setPromptText(ProposalRules.TABLED_PATTERN);
        ComboBox<ProposalStatus> status = form.choice("Status", List.of(ProposalStatus.values()), initial.status(),
                ProposalStatus::label, "Where the proposal stands");
        ComboBox<EventTiming> timing = form.choice("Time is", List.of(EventTiming.values()),
                initial.timing(), EventTiming::label,
                "Whether the tabling date and hour are as recorded, or chosen because the source gives less");
        Provenances p = provenance(form, initial.provenance());
        form.rules(() -> ProposalRules.checkEntry(data, delegation.getValue() == null ? null
                : delegation.getValue().id(), title.getText(), tabled.getText(), p.source.getText(), p.illustrative()));
        Dialog<ProposalFields> dialog = form.dialog(owner.get(), confirm(heading), () -> new ProposalFields(
                delegation.getValue().id(), title.getText().strip(), ProposalRules.parseTabled(tabled.getText(), zone),
                status.getValue(), p.value(), timing.getValue() == null ? EventTiming.STATED : timing.getValue()));
        return dialog.showAndWait();
    }

    @Override
    public Optional<AmendmentFields> amendment(String heading, AmendmentFields initial, NegotiationData data) {
        Target target = initial.target();
        Form form = new Form(heading).intro(introOf(initial, data));
        List<AmendmentKind> kinds = new ArrayList<>(AmendmentRules.kindsFor(target));
        if (!kinds.contains(initial.kind())) {
            kinds.add(initial.kind());
        }
        ComboBox<AmendmentKind> kind = form.choice(AmendmentRules.KIND, kinds, initial.kind(), AmendmentKind::label,
                "What the amendment does to its target");
        TextField value = form.text(AmendmentRules.VALUE, initial.value() == null ? ""
                : AmendmentRules.valueText(initial.kind(), initial.value()),
                "In the kind's unit: percent (50 or 12.5), US dollars (2,000,000 or 2.5M) or posts (4)");
        value.setPromptText(AmendmentRules.unitHint(initial.kind()));
        kind.valueProperty().addListener((obs, old, k) ->
                value.setPromptText(k == null ? "" : AmendmentRules.unitHint(k)));
        // A top-line cut says how it is spread over the missions (decision 0025).
        boolean topLine = kinds.contains(AmendmentKind.TOPLINE_CUT);
        ComboBox<AllocationChoice> rule = topLine ? form.choice(AllocationInput.RULE, AllocationChoice.ALL,
                AllocationChoice.of(initial.allocation()), AllocationChoice::label,
                "How the cut is spread over the missions; cuts are measured from each mission's reference figure")
                : null;
        AllocationPartsTable parts = topLine ? new AllocationPartsTable(
                data.missions().stream().map(Mission::code).toList(),
                code -> data.missionByCode(code).map(Mission::name).orElse(""),
                AllocationInput.rows(data, initial.allocation().parts())) : null;
        if (parts != null) {
            form.custom(AllocationInput.PARTS, parts.table(), parts.node(), parts.changes(),
                    "By hand: a row per mission and its amount, adding up to the cut");
            parts.disableProperty().bind(rule.valueProperty().isNotEqualTo(AllocationChoice.BY_HAND));
        }
        TextArea rationale = form.area("Rationale", initial.rationale(), "The reason the delegation gives (optional)");
        Provenances p = provenance(form, initial.provenance());
        form.rules(() -> {
            List<org.parley.model.Problem> problems = new ArrayList<>(AmendmentRules.checkEntry(data, target,
                    kind.getValue(), value.getText(), p.source.getText(), p.illustrative()));
            if (rule != null && rule.getValue() != null && kind.getValue() != null) {
                Long cut = problems.stream().anyMatch(x -> x.field().equals(AmendmentRules.VALUE)) ? null
                        : AmendmentRules.parseValue(kind.getValue(), value.getText());
                parts.showSum(rule.getValue().rule() == AllocationRule.BY_HAND
                        ? AllocationInput.runningSum(parts.input(), cut) : "");
                problems.addAll(AllocationInput.check(data, rule.getValue().rule(), parts.input(), cut));
            }
            return problems;
        });
        Dialog<AmendmentFields> dialog = form.dialog(owner.get(), confirm(heading),
                () -> new AmendmentFields(initial.proposalId(), target, kind.getValue(),
                        AmendmentRules.parseValue(kind.getValue(), value.getText()), rationale.getText().strip(),
                        p.value(), rule == null || rule.getValue() == null ? Allocation.NONE
                                : rule.getValue().toAllocation(data, parts.input())));
        // The kind comes chosen; the value is what the user has to type.
        dialog.setOnShown(e -> {
            value.requestFocus();
            value.selectAll();
        });
        return dialog.showAndWait();
    }

    @Override
    public Optional<Long> chooseProposal(String heading, String question, List<Proposal> choices,
                                         NegotiationData data) {
        Form form = new Form(heading).intro(question);
        ComboBox<Proposal> proposal = form.choice("Proposal", choices, choices.isEmpty() ? null : choices.get(0),
                p -> data.delegation(p.delegationId()).map(Delegation::code).orElse("?") + " — " + p.title(),
                "The proposal to put the amendment into");
        form.rules(() -> proposal.getValue() == null
                ? List.of(new org.parley.model.Problem("Proposal", "required: choose a proposal")) : List.of());
        String ok = heading.startsWith("Move ") ? "Move" : heading.startsWith("Copy ") ? "Copy" : "Choose";
        return form.dialog(owner.get(), ok, () -> proposal.getValue().id()).showAndWait();
    }

    /** "Target: MONUSCO / Human rights (current amount $4,000,000)" and the proposal it goes into. */
    private static String introOf(AmendmentFields f, NegotiationData data) {
        Target t = f.target();
        StringBuilder sb = new StringBuilder("Target: ").append(t.isWholeBudget()
                ? "the whole budget, every mission (the allocation says how it is spread)" : data.describe(t));
        if (t.postId() != null) {
            data.post(t).map(Post::count)
                    .ifPresent(n -> sb.append(" (").append(n).append(n == 1 ? " post)" : " posts)"));
        } else if (!t.isWholeBudget()) {
            var baselines = t.lineId() == null ? data.mission(t.missionId()).map(m -> m.baselines())
                    : data.line(t.missionId(), t.lineId()).map(l -> l.baselines());
            baselines.flatMap(b -> b.reference()).ifPresent(r -> sb.append(" (amount ")
                    .append(MoneyText.exact(r.usd())).append(r.illustrative() ? ", illustrative)" : ")"));
        }
        data.proposal(f.proposalId()).ifPresent(p -> sb.append("\nProposal: ")
                .append(data.delegation(p.delegationId()).map(Delegation::code).orElse("?"))
                .append(" — ").append(p.title()));
        return sb.toString();
    }

    /** The provenance fields: whether the entry is sourced or illustrative, and its source or note. */
    private static Provenances provenance(Form form, Provenance initial) {
        ComboBox<Boolean> illustrative = form.choice(PROVENANCE, List.of(false, true), initial.illustrative(),
                b -> b ? "illustrative (no public source)" : "sourced",
                "Sourced: from a document or a public page. Illustrative: not a fact one may quote");
        TextField source = form.text(ProposalRules.SOURCE, initial.source(),
                "A document symbol (A/C.5/72/L.34) or a page; for an illustrative entry, a note (optional)");
        return new Provenances(illustrative, source);
    }

    /** The allocation rules a top-line cut's form offers, each pro-rata baseline its own choice. */
    record AllocationChoice(String label, AllocationRule rule, Baseline baseline) {

        static final AllocationChoice NONE = new AllocationChoice("Unallocated (in no mission)", AllocationRule.NONE,
                null);
        static final AllocationChoice BY_HAND = new AllocationChoice("By hand", AllocationRule.BY_HAND, null);
        static final List<AllocationChoice> ALL = List.of(NONE,
                proRata(Baseline.ACABQ_RECOMMENDED), proRata(Baseline.SG_PROPOSED), proRata(Baseline.CURRENT),
                proRata(Baseline.PRIOR_APPROVED),
                new AllocationChoice("Pro rata to the ACABQ's reductions (SG − ACABQ)", AllocationRule.ACABQ_REDUCTIONS,
                        null),
                BY_HAND);

        private static AllocationChoice proRata(Baseline b) {
            return new AllocationChoice("Pro rata to the " + b.label() + " figures", AllocationRule.PRO_RATA, b);
        }

        static AllocationChoice of(Allocation a) {
            return ALL.stream().filter(c -> c.rule == a.rule() && java.util.Objects.equals(c.baseline, a.baseline()))
                    .findFirst().orElse(NONE);
        }

        Allocation toAllocation(NegotiationData data, List<AllocationInput.Row> rows) {
            return switch (rule) {
                case NONE -> Allocation.NONE;
                case PRO_RATA -> Allocation.proRata(baseline);
                case ACABQ_REDUCTIONS -> Allocation.acabqReductions();
                case BY_HAND -> Allocation.byHand(AllocationInput.parse(data, rows));
            };
        }
    }

    private record Provenances(ComboBox<Boolean> kind, TextField source) {
        boolean illustrative() {
            return Boolean.TRUE.equals(kind.getValue());
        }

        Provenance value() {
            return new Provenance(source.getText(), illustrative());
        }
    }
}
