package org.parley.ui.positions;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.parley.model.Amendment;
import org.parley.model.AmendmentText;
import org.parley.model.Delegation;
import org.parley.model.DelegationKind;
import org.parley.model.Item;
import org.parley.model.Mission;
import org.parley.model.NegotiationData;
import org.parley.model.OurLine;
import org.parley.model.Position;
import org.parley.model.Proposal;
import org.parley.model.Stance;

/**
 * What the positions matrix says, for one state of the negotiation: cell, header and row texts
 * and tooltips, and the selected item's details. Looks positions up by cell, so a matrix of
 * hundreds of items and dozens of delegations draws without scanning.
 */
public final class MatrixTexts {

    /** Appended to a cell that has a note, so a note is seen without hovering. */
    public static final String NOTE_MARK = " ✎";
    /** What a cell's style class for its stance starts with. */
    public static final String STANCE_STYLE_PREFIX = "stance-";

    private final NegotiationData data;
    private final Map<Position.Key, Position> positions;
    private final Map<Item, OurLine> ourLines;

    public MatrixTexts(NegotiationData data) {
        this(data, null);
    }

    /**
     * The texts of {@code data}, reusing the indexes of {@code before} where its positions or our
     * lines are the very lists {@code data} holds (a gesture that recorded no stance): indexing
     * 233,400 positions again after every gesture cost a quarter of it with 600 delegations.
     */
    public MatrixTexts(NegotiationData data, MatrixTexts before) {
        this.data = data;
        if (before != null && before.data.positions() == data.positions()) {
            positions = before.positions;
        } else {
            positions = new HashMap<>();
            data.positions().forEach(p -> positions.put(p.key(), p));
        }
        if (before != null && before.data.ourLines() == data.ourLines()) {
            ourLines = before.ourLines;
        } else {
            ourLines = new HashMap<>();
            data.ourLines().forEach(l -> ourLines.put(l.item(), l));
        }
    }

    public NegotiationData data() {
        return data;
    }

    public Optional<Position> position(long delegationId, Item item) {
        return Optional.ofNullable(positions.get(new Position.Key(delegationId, item)));
    }

    public Optional<OurLine> ourLine(Item item) {
        return Optional.ofNullable(ourLines.get(item));
    }

    /** "✕ red line ✎", our line "No cut ⇢ at most 10%", or empty when nothing is recorded. */
    public String cell(MatrixRow row, Item item) {
        if (row instanceof MatrixRow.OfDelegation d) {
            return position(d.delegation().id(), item).map(p -> p.stance().mark() + " " + p.stance().label()
                    + (p.note().isEmpty() ? "" : NOTE_MARK)).orElse("");
        }
        return ourLine(item).map(l -> l.line() + (l.fallback().isEmpty() ? "" : " ⇢ " + l.fallback())).orElse("");
    }

    /** A delegation cell's stance as a style class, "stance-red-line"; null when none is recorded or for our line. */
    public String cellStyleClass(MatrixRow row, Item item) {
        return row instanceof MatrixRow.OfDelegation d ? position(d.delegation().id(), item)
                .map(p -> STANCE_STYLE_PREFIX + p.stance().name().toLowerCase(Locale.ROOT).replace('_', '-'))
                .orElse(null) : null;
    }

    public String cellTooltip(MatrixRow row, Item item) {
        String what = describe(item);
        if (row instanceof MatrixRow.OfDelegation d) {
            String stance = position(d.delegation().id(), item).map(p -> p.stance().label()
                    + (p.note().isEmpty() ? "" : "\n“" + p.note() + "”")).orElse("nothing recorded");
            return d.delegation().name() + " on " + what + ": " + stance
                    + "\nType S, F, O, R or U to set the stance; Enter for stance and note.";
        }
        return ourLine(item).map(l -> "Our line: " + l.line() + "\nFallback: " + l.fallback())
                .orElse("No line of ours on " + what) + "\nEnter to edit our line and fallback.";
    }

    /** A column's header: "RU −50%" over "MONUSCO / Human rights", or a mission's code. */
    public String header(Item item) {
        if (item.kind() == Item.Kind.MISSION) {
            return data.mission(item.id()).map(Mission::code).orElse("?");
        }
        Amendment a = data.amendment(item.id()).orElseThrow();
        return tabler(item) + " " + AmendmentText.value(a) + "\n" + data.describe(a);
    }

    public String headerTooltip(Item item) {
        if (item.kind() == Item.Kind.MISSION) {
            return data.mission(item.id()).map(m -> m.code() + " — " + m.name()).orElse("?");
        }
        Amendment a = data.amendment(item.id()).orElseThrow();
        Proposal p = data.proposalOfAmendment(a.id()).orElseThrow();
        return describe(item) + "\n" + tablerName(p) + ": “" + p.title() + "”"
                + (a.rationale().isEmpty() ? "" : "\n" + a.rationale());
    }

    /** An item row's text: "RU MONUSCO / Human rights −50%", or "MONUSCO — the mission's name". */
    public String itemText(Item item) {
        if (item.kind() == Item.Kind.MISSION) {
            return headerTooltip(item);
        }
        return data.contains(item) ? describe(item) : "?";
    }

    /** A delegation column's title: the name ("China"), a group's marked "[group]"; or "Our line ⇢ fallback". */
    public String columnTitle(MatrixRow line) {
        return row(line).strip();
    }

    /** A row's first cell: a group is marked "[group]", a member under its group indented. */
    public String row(MatrixRow row) {
        if (row instanceof MatrixRow.OfDelegation d) {
            Delegation x = d.delegation();
            return (d.member() ? "    " : "") + x.name() + (x.kind() == DelegationKind.GROUP ? "  [group]" : "");
        }
        return "Our line ⇢ fallback";
    }

    public String rowTooltip(MatrixRow row) {
        if (row instanceof MatrixRow.OfDelegation d) {
            Delegation x = d.delegation();
            if (x.kind() != DelegationKind.GROUP) {
                return x.name() + " (" + x.code() + ")";
            }
            List<String> members = x.memberIds().stream()
                    .map(id -> data.delegation(id).map(Delegation::name).orElse("?")).toList();
            return x.name() + " — group; members at the table: "
                    + (members.isEmpty() ? "none recorded" : String.join(", ", members));
        }
        return "Our own line on each item, and the fallback we may go to. Select a cell and press Enter to edit.";
    }

    /** The selected item: what it is, our line, and who stands where, with their notes. */
    public String details(Item item) {
        if (item == null || !data.contains(item)) {
            return "Select a cell to see everyone's position on its item.";
        }
        StringBuilder sb = new StringBuilder(headerTooltip(item)).append('\n');
        ourLine(item).ifPresentOrElse(l -> sb.append("\nOur line: ").append(l.line()).append("\nFallback: ")
                .append(l.fallback()).append('\n'), () -> sb.append("\nNo line of ours yet.\n"));
        Map<Stance, List<String>> byStance = new EnumMap<>(Stance.class);
        for (Delegation d : data.delegations()) {
            position(d.id(), item).ifPresent(p -> byStance.computeIfAbsent(p.stance(), s -> new ArrayList<>())
                    .add(d.code() + (p.note().isEmpty() ? "" : " — “" + p.note() + "”")));
        }
        if (byStance.isEmpty()) {
            sb.append("\nNo positions recorded.");
        }
        byStance.forEach((stance, who) -> {
            sb.append('\n').append(stance.mark()).append(' ').append(stance.label()).append(':');
            who.forEach(w -> sb.append("\n  ").append(w));
        });
        return sb.toString();
    }

    /** Who tabled an amendment item: "RU". */
    public String tabler(Item item) {
        return data.proposalOfAmendment(item.id()).flatMap(p -> data.delegation(p.delegationId()))
                .map(Delegation::code).orElse("?");
    }

    private String tablerName(Proposal p) {
        return data.delegation(p.delegationId()).map(Delegation::name).orElse("?");
    }

    private String describe(Item item) {
        return item.kind() == Item.Kind.AMENDMENT ? tabler(item) + " " + data.describe(item) : data.describe(item);
    }
}
