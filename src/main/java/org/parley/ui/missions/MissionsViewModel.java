package org.parley.ui.missions;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import org.parley.model.BudgetLine;
import org.parley.model.Cut;
import org.parley.model.Delegation;
import org.parley.model.Figure;
import org.parley.model.Mission;
import org.parley.model.NegotiationData;
import org.parley.model.Post;
import org.parley.model.PostsAtRisk;
import org.parley.model.ProposedCuts;
import org.parley.model.Target;
import org.parley.ui.common.AtRiskText;
import org.parley.ui.common.FigureText;
import org.parley.ui.common.MoneyText;

/**
 * The missions pane's state: the budgets, a filter, the selection, and the missions to
 * highlight because they relate to what is selected elsewhere. The tree below a mission is
 * asked for lazily, so that a negotiation with thousands of lines opens at once.
 */
public final class MissionsViewModel {

    private final StringProperty filter = new SimpleStringProperty(this, "filter", "");
    private final ObservableList<MissionRow> missions = FXCollections.observableArrayList();
    private final ObjectProperty<MissionRow> selectedRow = new SimpleObjectProperty<>(this, "selectedRow");
    private final ReadOnlyObjectWrapper<Mission> selectedMission = new ReadOnlyObjectWrapper<>(this, "selectedMission");
    private final ObservableSet<Long> relatedMissionIds = FXCollections.observableSet();

    private NegotiationData data;
    private ProposedCuts cuts;
    /** Each mission's text for the filter, by identity; see {@link #subtreeText}. */
    private Map<Mission, String> subtreeTexts = new IdentityHashMap<>();
    /**
     * The cuts text of each row a cell has shown, by row key, kept up to date in place: after a
     * gesture only the cells whose text changed are redrawn, where rebuilding the tree made the
     * table throw every row away and make it again (issue 12: ~200 ms a gesture at 10x).
     */
    private final Map<Object, ShownCuts> cutsShown = new HashMap<>();

    private record ShownCuts(MissionRow row, ReadOnlyStringWrapper text) {
    }
    private Consumer<Target> proposeAmendment;
    private java.util.function.BiConsumer<Target, Long> proposeInto;

    /** The desk's "now": a figure known only after it shows "not yet known" (decision 0024). */
    private final ObjectProperty<Instant> deskNow = new SimpleObjectProperty<>(this, "deskNow");
    /** Counts the times the desk's "now" passed a figure's "known from": the figures shown changed. */
    private final IntegerProperty knownChanges = new SimpleIntegerProperty(this, "knownChanges");

    public ObjectProperty<Instant> deskNowProperty() {
        return deskNow;
    }

    public ReadOnlyIntegerProperty knownChangesProperty() {
        return knownChanges;
    }

    /** What a money column shows on {@code row} at the desk's "now"; null when the row has no such figure. */
    public FigureText figureText(MissionRow row, FigureColumn column) {
        return row.figureText(column, deskNow.get(), data == null ? ZoneOffset.UTC : data.negotiation().zone());
    }

    /** Whether a figure of the negotiation becomes known between {@code was} (excluded) and {@code is}. */
    private boolean anyBecomesKnown(Instant was, Instant is) {
        if (data == null || was == null || is == null) {
            return was != is;
        }
        Instant from = was.isBefore(is) ? was : is;
        Instant to = was.isBefore(is) ? is : was;
        return data.missions().stream().flatMap(m -> Stream.concat(Stream.of(m.baselines()),
                        m.lines().stream().map(BudgetLine::baselines)))
                .flatMap(b -> b.asMap().values().stream())
                .map(Figure::knownFrom)
                .anyMatch(k -> k != null && k.isAfter(from) && !k.isAfter(to));
    }

    public MissionsViewModel() {
        filter.addListener((obs, old, now) -> refresh());
        deskNow.addListener((obs, was, is) -> {
            if (anyBecomesKnown(was, is)) {
                knownChanges.set(knownChanges.get() + 1);
            }
        });
        selectedRow.addListener((obs, old, row) -> selectedMission.set(row == null ? null : row.mission()));
    }

    /** Shows a negotiation. */
    public void setData(NegotiationData data, ProposedCuts cuts) {
        this.data = data;
        this.cuts = cuts;
        // the texts of missions a gesture did not touch are kept (the same objects), the others go
        Map<Mission, String> kept = new IdentityHashMap<>();
        for (Mission m : data.missions()) {
            String text = subtreeTexts.get(m);
            if (text != null) {
                kept.put(m, text);
            }
        }
        subtreeTexts = kept;
        cutsShown.values().forEach(shown -> shown.text().set(cutsText(shown.row())));
        refresh();
    }

    /**
     * What "Propose amendment…" does with a line or post row (the proposals side decides which
     * proposal it goes into); until set, the desk offers no such gesture.
     */
    public void setOnProposeAmendment(Consumer<Target> action) {
        this.proposeAmendment = action;
    }

    /**
     * What a proposal dropped on a row does: a new amendment of that proposal aimed at the row
     * (the form asks for the rest); until set, rows take no proposal.
     */
    public void setOnProposeAmendmentInto(java.util.function.BiConsumer<Target, Long> action) {
        this.proposeInto = action;
    }

    /** Whether a proposal dropped on this row can become an amendment aimed at it. */
    public boolean canTakeProposal(MissionRow row, long proposalId) {
        return proposeInto != null && amendmentTarget(row).isPresent() && data != null
                && data.proposal(proposalId).isPresent();
    }

    /** A proposal dropped on a row: a new amendment of it aimed at the row. */
    public void proposeAmendmentInto(MissionRow row, long proposalId) {
        if (canTakeProposal(row, proposalId)) {
            proposeInto.accept(amendmentTarget(row).orElseThrow(), proposalId);
        }
    }

    /** Whether a row can be the target of a new amendment: a mission, a budget line or a post row, on an editable desk. */
    public boolean canProposeAmendment(MissionRow row) {
        return proposeAmendment != null && amendmentTarget(row).isPresent();
    }

    /** Proposes an amendment on the whole mission of a row (a line or post row: its mission). */
    public void proposeAmendmentOnMission(MissionRow row) {
        if (proposeAmendment != null && row != null) {
            proposeAmendment.accept(Target.mission(row.mission().id()));
        }
    }

    /** Proposes an amendment on a mission, line or post row. */
    public void proposeAmendment(MissionRow row) {
        if (canProposeAmendment(row)) {
            proposeAmendment.accept(amendmentTarget(row).orElseThrow());
        }
    }

    /**
     * What an amendment dragged or proposed from this row aims at: a post row, a budget line, or
     * a mission as a whole (issue 13: half the budgets have no lines).
     */
    public Optional<Target> amendmentTarget(MissionRow row) {
        if (row instanceof MissionRow.OfMission m) {
            return Optional.of(Target.mission(m.mission().id()));
        }
        if (row instanceof MissionRow.OfPost p) {
            return Optional.of(Target.post(p.mission().id(), p.line().id(), p.post().id()));
        }
        if (row instanceof MissionRow.OfLine l) {
            return Optional.of(Target.line(l.mission().id(), l.line().id()));
        }
        return Optional.empty();
    }

    /** A row's identity across refreshes: the same mission, line or post row has the same key. */
    public static Object keyOf(MissionRow row) {
        if (row instanceof MissionRow.OfPost p) {
            return "post:" + p.post().id();
        }
        if (row instanceof MissionRow.OfLine l) {
            return "line:" + l.line().id();
        }
        return "mission:" + row.mission().id();
    }

    public StringProperty filterProperty() {
        return filter;
    }

    /** The top-level rows: the missions that pass the filter. */
    public ObservableList<MissionRow> getMissions() {
        return missions;
    }

    public ObjectProperty<MissionRow> selectedRowProperty() {
        return selectedRow;
    }

    public ReadOnlyObjectProperty<Mission> selectedMissionProperty() {
        return selectedMission.getReadOnlyProperty();
    }

    /** Missions touched by the selection in another pane; the view marks them. */
    public ObservableSet<Long> getRelatedMissionIds() {
        return relatedMissionIds;
    }

    /** The rows under a row that pass the filter: lines under a mission, posts under a line. */
    public List<MissionRow> children(MissionRow row) {
        String f = normalisedFilter();
        boolean parentMatches = f.isEmpty() || matchesUpward(row, f);
        List<MissionRow> result = new ArrayList<>();
        if (row instanceof MissionRow.OfMission m) {
            for (BudgetLine line : m.mission().lines()) {
                MissionRow.OfLine lineRow = new MissionRow.OfLine(m.mission(), line);
                if (parentMatches || matchesDownward(lineRow, f)) {
                    result.add(lineRow);
                }
            }
        } else if (row instanceof MissionRow.OfLine l) {
            for (Post post : l.line().posts()) {
                MissionRow.OfPost postRow = new MissionRow.OfPost(l.mission(), l.line(), post);
                if (parentMatches || contains(postRow.searchText(), f)) {
                    result.add(postRow);
                }
            }
        }
        return result;
    }

    public boolean isLeaf(MissionRow row) {
        return row instanceof MissionRow.OfPost
                || (row instanceof MissionRow.OfLine l && l.line().posts().isEmpty())
                || (row instanceof MissionRow.OfMission m && m.mission().lines().isEmpty());
    }

    /**
     * The cuts each delegation proposes to this row, e.g. "RU −$2.0M, 6 at risk (est.) · CN −5
     * posts": dollars, posts abolished outright, and the estimate of posts the dollars put at
     * risk. Empty when nobody proposes a cut.
     */
    /**
     * The cuts text of {@code row} as an observable that follows the cuts: cells bind to it, so a
     * gesture updates them in place. Rows are matched by key; the row given first is kept (the text
     * is computed from its ids, which outlive the row object).
     */
    public ReadOnlyStringProperty cutsTextProperty(MissionRow row) {
        return cutsShown.computeIfAbsent(keyOf(row), k -> new ShownCuts(row, new ReadOnlyStringWrapper(cutsText(row))))
                .text().getReadOnlyProperty();
    }

    /** Forgets the cuts texts kept for cells (when the tree is built anew, its cells ask again). */
    void forgetShownCuts() {
        cutsShown.clear();
    }

    public String cutsText(MissionRow row) {
        if (data == null) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        for (Delegation d : data.delegations()) {
            String part = cutText(row, d.id());
            if (!part.isEmpty()) {
                parts.add(d.code() + " " + part);
            }
        }
        return String.join(" · ", parts);
    }

    /**
     * Which figure the row's cuts are measured from, for the cuts' tooltip: "Cuts measured from the
     * ACABQ recommended figure ($1,110,000,000)"; posts go at their annual cost.
     */
    public String measuredFromText(MissionRow row) {
        if (row instanceof MissionRow.OfPost) {
            return "Posts abolished cost their annual cost.";
        }
        org.parley.model.Baselines b = row instanceof MissionRow.OfLine l ? l.line().baselines() : row.mission().baselines();
        return b.measuredFrom() + b.reference().map(f -> " (" + MoneyText.exact(f.usd()) + ")").orElse("") + ".";
    }

    /**
     * Whether the row's proposed cuts are computed from illustrative figures (a line's amount,
     * a post's cost), so the view marks them as illustrative too.
     */
    public boolean cutsIllustrative(MissionRow row) {
        if (row instanceof MissionRow.OfPost p) {
            return p.post().illustrative();
        }
        if (row instanceof MissionRow.OfLine l) {
            return l.line().hasIllustrativeFigures();
        }
        return row.mission().hasIllustrativeFigures();
    }

    private String cutText(MissionRow row, long delegationId) {
        if (row instanceof MissionRow.OfMission m) {
            String text = describe(cuts.forMission(delegationId, m.mission().id()),
                    cuts.atRiskForMission(delegationId, m.mission().id()));
            long allocated = cuts.allocatedTo(delegationId, m.mission().id());
            // the part of a top-line cut this mission carries, said as such (decision 0025)
            return allocated == 0 ? text : text + " (" + MoneyText.cut(allocated) + " of it allocated from a top-line cut)";
        }
        if (row instanceof MissionRow.OfLine l) {
            return describe(cuts.forLine(delegationId, l.line().id()), cuts.atRiskForLine(delegationId, l.line().id()));
        }
        MissionRow.OfPost p = (MissionRow.OfPost) row;
        return postsText(cuts.postsAbolished(delegationId, p.post().id()));
    }

    private void refresh() {
        List<MissionRow> rows = new ArrayList<>();
        if (data != null) {
            String f = normalisedFilter();
            for (Mission m : data.missions()) {
                MissionRow.OfMission row = new MissionRow.OfMission(m);
                if (f.isEmpty() || matchesDownward(row, f)) {
                    rows.add(row);
                }
            }
        }
        missions.setAll(rows);
    }

    private String normalisedFilter() {
        String f = filter.get();
        return f == null ? "" : f.strip().toLowerCase(Locale.ROOT);
    }

    private boolean matchesDownward(MissionRow row, String f) {
        if (row instanceof MissionRow.OfMission m) {
            // one search in the mission's whole text, kept while the mission is unchanged: a
            // keystroke in the filter of a 100x negotiation then scans no post row (issue 12)
            return subtreeText(m.mission()).contains(f);
        }
        if (contains(row.searchText(), f)) {
            return true;
        }
        if (row instanceof MissionRow.OfLine l) {
            return l.line().posts().stream()
                    .anyMatch(p -> contains(new MissionRow.OfPost(l.mission(), l.line(), p).searchText(), f));
        }
        return false;
    }

    private boolean matchesUpward(MissionRow row, String f) {
        if (contains(row.searchText(), f)) {
            return true;
        }
        if (row instanceof MissionRow.OfLine l) {
            return contains(new MissionRow.OfMission(l.mission()).searchText(), f);
        }
        return false;
    }

    /**
     * The mission's own search text and those of all its lines and post rows, in lower case,
     * each on its own line (a filter never holds a line break, so it never matches across two).
     */
    private String subtreeText(Mission mission) {
        return subtreeTexts.computeIfAbsent(mission, m -> {
            StringBuilder text = new StringBuilder(new MissionRow.OfMission(m).searchText()).append('\n');
            for (BudgetLine line : m.lines()) {
                text.append(new MissionRow.OfLine(m, line).searchText()).append('\n');
                for (Post post : line.posts()) {
                    text.append(new MissionRow.OfPost(m, line, post).searchText()).append('\n');
                }
            }
            return text.toString().toLowerCase(Locale.ROOT);
        });
    }

    private static boolean contains(String text, String f) {
        return text.toLowerCase(Locale.ROOT).contains(f);
    }

    private static String describe(Cut cut, PostsAtRisk atRisk) {
        if (cut.isNone() && atRisk.isNone()) {
            return "";
        }
        String money = cut.usd() == 0 ? "" : MoneyText.cut(cut.usd());
        String posts = postsText(cut.posts());
        String text = money.isEmpty() ? posts : posts.isEmpty() ? money : money + ", " + posts.substring(1);
        // always beside, never added to, the posts abolished: it is an estimate, not a proposal
        return atRisk.isNone() ? text : text + ", " + atRisk.total() + " at risk " + AtRiskText.MARK;
    }

    private static String postsText(int posts) {
        return posts == 0 ? "" : "−" + posts + (posts == 1 ? " post" : " posts");
    }
}
