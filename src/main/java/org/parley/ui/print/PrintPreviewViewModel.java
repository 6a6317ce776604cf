package org.parley.ui.print;

import org.parley.model.Faults;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.parley.model.DeskTimes;
import org.parley.print.Orientation;
import org.parley.print.Page;
import org.parley.print.PageSetup;
import org.parley.print.Paper;
import org.parley.print.Sheet;
import org.parley.print.SheetLayout;
import org.parley.service.BriefException;
import org.parley.service.BriefPdf;
import org.parley.service.Briefings;

/**
 * The print preview's state: which sheet, on which paper, which page, at what zoom; and its
 * commands. Building and laying out a sheet, and writing its PDF, run on the background
 * executor; results come back through {@code ui} (the JavaFX thread), the stale ones dropped.
 */
public final class PrintPreviewViewModel {

    /** The zoom steps Ctrl+plus and Ctrl+minus walk through. */
    static final double[] ZOOMS = {0.5, 0.67, 0.75, 0.9, 1.0, 1.25, 1.5, 1.75, 2.0};

    /** One thing a sheet can be about, as the chooser lists it. */
    public record Subject(long id, String label) {
        @Override
        public String toString() {
            return label;
        }
    }

    /** A window the daily brief can look back over. */
    public record Lookback(Duration duration, String label) {
        @Override
        public String toString() {
            return label;
        }
    }

    public static final List<Lookback> LOOKBACKS = List.of(
            new Lookback(SheetChoice.DAY, "Changes in the last 24 hours"),
            new Lookback(Duration.ofHours(48), "Changes in the last 48 hours"),
            new Lookback(Duration.ofDays(7), "Changes in the last 7 days"));

    private Briefings briefings;
    private final IntegerProperty revision = new SimpleIntegerProperty();
    private final Executor background;
    private final Consumer<Runnable> ui;

    private final ObjectProperty<SheetChoice> choice = new SimpleObjectProperty<>();
    private final ObjectProperty<Paper> paper = new SimpleObjectProperty<>(Paper.A4);
    private final ObjectProperty<Orientation> orientation = new SimpleObjectProperty<>(Orientation.PORTRAIT);
    private final ObjectProperty<Sheet> sheet = new SimpleObjectProperty<>();
    private final ObjectProperty<List<Page>> pages = new SimpleObjectProperty<>(List.of());
    private final IntegerProperty pageIndex = new SimpleIntegerProperty();
    private final DoubleProperty zoom = new SimpleDoubleProperty(1.0);
    private final BooleanProperty fitWidth = new SimpleBooleanProperty(true);
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final StringProperty status = new SimpleStringProperty("");
    private final ObjectProperty<Page> page = new SimpleObjectProperty<>();
    private final StringBinding pageText;
    private long generation;
    /** The margin of the pages: the default, or the printer's when a print dialog chose a wider one. */
    private float margin = PageSetup.DEFAULT_MARGIN;
    private boolean following;

    /**
     * @param briefings the sheets at the desk's "now": the daily brief's "what changed" window ends
     *                  there, also in a replay (decision 0029)
     * @param ui runs a result on the JavaFX thread ({@code Platform::runLater})
     */
    public PrintPreviewViewModel(Briefings briefings, Executor background,
                                 Consumer<Runnable> ui, SheetChoice first) {
        this.briefings = Objects.requireNonNull(briefings);
        this.background = Objects.requireNonNull(background);
        this.ui = Objects.requireNonNull(ui);
        page.bind(Bindings.createObjectBinding(() -> {
            List<Page> all = pages.get();
            int i = pageIndex.get();
            return i >= 0 && i < all.size() ? all.get(i) : null;
        }, pages, pageIndex));
        pageText = Bindings.createStringBinding(() -> pages.get().isEmpty() ? "No page"
                : "Page " + (pageIndex.get() + 1) + " of " + pages.get().size(), pages, pageIndex);
        choice.set(Objects.requireNonNull(first));
        choice.addListener((obs, old, now) -> refresh());
        paper.addListener((obs, old, now) -> refreshUnlessFollowing());
        orientation.addListener((obs, old, now) -> refreshUnlessFollowing());
        refresh();
    }

    private void refreshUnlessFollowing() {
        if (!following) {
            refresh();
        }
    }

    // ---- what is shown

    public ObjectProperty<SheetChoice> choiceProperty() {
        return choice;
    }

    public ObjectProperty<Paper> paperProperty() {
        return paper;
    }

    public ObjectProperty<Orientation> orientationProperty() {
        return orientation;
    }

    /** The page setup the preview lays out for. */
    public PageSetup setup() {
        return new PageSetup(paper.get(), orientation.get(), margin);
    }

    /**
     * The paper, orientation and margins a print dialog chose: the preview shows what is printed,
     * so it lays the sheet out again on them (and Save as PDF uses them too). The margin stays
     * until another printer says otherwise.
     */
    public void followPrinter(PageSetup printed) {
        boolean same = printed.equals(setup());
        margin = printed.margin();
        // One refresh for the three: the listeners see paper and orientation set while following.
        following = true;
        try {
            paper.set(printed.paper());
            orientation.set(printed.orientation());
        } finally {
            following = false;
        }
        if (!same) {
            refresh();
        }
    }

    public ReadOnlyObjectProperty<Sheet> sheetProperty() {
        return sheet;
    }

    public ReadOnlyObjectProperty<List<Page>> pagesProperty() {
        return pages;
    }

    /** The page on screen, or null while there is none. */
    public ReadOnlyObjectProperty<Page> pageProperty() {
        return page;
    }

    /** "Page 2 of 5". */
    public StringBinding pageTextProperty() {
        return pageText;
    }

    public IntegerProperty pageIndexProperty() {
        return pageIndex;
    }

    /** The zoom when not fitting the width: 1.0 shows a point as a pixel. */
    public DoubleProperty zoomProperty() {
        return zoom;
    }

    public BooleanProperty fitWidthProperty() {
        return fitWidth;
    }

    /** True while a sheet is laid out, a PDF written or a page printed. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    /** What the preview is doing, or what went wrong. */
    public ReadOnlyStringProperty statusProperty() {
        return status;
    }

    public BooleanBinding atFirstPage() {
        return pageIndex.lessThanOrEqualTo(0);
    }

    public BooleanBinding atLastPage() {
        return Bindings.createBooleanBinding(() -> pageIndex.get() >= pages.get().size() - 1, pageIndex, pages);
    }

    /** The missions, delegations or scenarios a sheet of {@code kind} can be about. */
    public List<Subject> subjects(SheetKind kind) {
        switch (kind) {
            case MISSION:
                return briefings.data().missions().stream().map(m -> new Subject(m.id(), m.code() + " — " + m.name())).toList();
            case DELEGATION:
                return briefings.data().delegations().stream().map(d -> new Subject(d.id(), d.code() + " — " + d.name())).toList();
            case SCENARIO:
                return briefings.data().scenarios().stream().map(s -> new Subject(s.id(), s.name())).toList();
            default:
                return List.of();
        }
    }

    /** Shows a sheet of another kind: about its first subject, or the daily brief over the last day. */
    public void chooseKind(SheetKind kind) {
        if (kind == choice.get().kind()) {
            return;
        }
        if (!kind.hasSubject()) {
            choice.set(SheetChoice.daily(choice.get().lookback()));
            return;
        }
        List<Subject> subjects = subjects(kind);
        if (subjects.isEmpty()) {
            status.set("There is no " + kind.toString().toLowerCase(Locale.ROOT).replace(" brief", "").replace(" sheet", "")
                    + " in this negotiation to print a " + kind.toString().toLowerCase(Locale.ROOT) + " for.");
            return;
        }
        choice.set(new SheetChoice(kind, subjects.get(0).id(), choice.get().lookback()));
    }

    public void chooseSubject(Subject subject) {
        if (subject != null && choice.get().kind().hasSubject() && subject.id() != choice.get().subjectId()) {
            choice.set(new SheetChoice(choice.get().kind(), subject.id(), choice.get().lookback()));
        }
    }

    /**
     * The daily brief since a time typed as "25 Jun 2018 18:00" (or "2018-06-25 18:00") in the
     * negotiation's zone. A time that is not one, or is still to come, is named in the status
     * line and the choice stays; returns that problem, or empty when the time is taken.
     */
    public String chooseSince(String text) {
        String problem = sinceProblem(text);
        if (!problem.isEmpty()) {
            status.set(problem);
        }
        return problem;
    }

    private String sinceProblem(String text) {
        String t = text == null ? "" : text.strip();
        Optional<LocalDateTime> local = DeskTimes.readDateTime(t);
        if (local.isEmpty()) {
            return "Type a time such as 25 Jun 2018 18:00 (" + DeskTimes.zoneName(zone()) + " time)";
        }
        Instant since = local.get().atZone(zone()).toInstant();
        if (since.isAfter(briefings.now())) {
            return "That time is still to come: nothing can have changed since";
        }
        choice.set(SheetChoice.dailySince(since, choice.get().lookback()));
        return "";
    }

    /** A typed "since" as the field shows it again: "25 Jun 2018 18:00" in the negotiation's zone. */
    public String sinceText(Instant since) {
        return DeskTimes.dateTime(since, zone());
    }

    /** The zone times are typed and shown in: the negotiation's. */
    public ZoneId zone() {
        return briefings.zone();
    }

    public void chooseLookback(Lookback lookback) {
        if (lookback != null && (!lookback.duration().equals(choice.get().lookback()) || choice.get().since() != null)) {
            choice.set(new SheetChoice(choice.get().kind(), choice.get().subjectId(), lookback.duration()));
        }
    }

    // ---- paging and zoom

    public void next() {
        if (pageIndex.get() < pages.get().size() - 1) {
            pageIndex.set(pageIndex.get() + 1);
        }
    }

    public void previous() {
        if (pageIndex.get() > 0) {
            pageIndex.set(pageIndex.get() - 1);
        }
    }

    public void zoomIn() {
        fitWidth.set(false);
        for (double z : ZOOMS) {
            if (z > zoom.get() + 0.001) {
                zoom.set(z);
                return;
            }
        }
    }

    public void zoomOut() {
        fitWidth.set(false);
        for (int i = ZOOMS.length - 1; i >= 0; i--) {
            if (ZOOMS[i] < zoom.get() - 0.001) {
                zoom.set(ZOOMS[i]);
                return;
            }
        }
    }

    /** The zoom at which the page fills {@code available} pixels across, within the steps' range. */
    public static double fitting(double available, float pageWidth) {
        return Math.max(ZOOMS[0], Math.min(ZOOMS[ZOOMS.length - 1], available / pageWidth));
    }

    // ---- work

    /**
     * The negotiation changed on the desk (an edit, an undo): the sheet is built again from it, so
     * what is printed is what the desk shows. A subject that is gone (a deleted mission) gives way
     * to the daily brief.
     */
    public void negotiationChanged(Briefings fresh) {
        briefings = Objects.requireNonNull(fresh);
        revision.set(revision.get() + 1);
        SheetChoice c = choice.get();
        if (c.kind().hasSubject() && subjects(c.kind()).stream().noneMatch(x -> Objects.equals(x.id(), c.subjectId()))) {
            choice.set(SheetChoice.daily(c.lookback()));
            return;
        }
        refresh();
    }

    /** Counts the negotiation's changes seen, so the choosers can list the subjects again. */
    public ReadOnlyIntegerProperty revisionProperty() {
        return revision;
    }

    /** Builds the chosen sheet and lays it out again, off the JavaFX thread. */
    public void refresh() {
        long mine = ++generation;
        SheetChoice wanted = choice.get();
        Briefings from = briefings;
        PageSetup setup = setup();
        busy.set(true);
        status.set("Laying out the " + wanted.kind().toString().toLowerCase(Locale.ROOT) + " on " + setup.describe() + "…");
        background.execute(() -> {
            try {
                Sheet built = build(from, wanted);
                List<Page> laid = SheetLayout.layout(built, setup);
                ui.accept(() -> shown(mine, built, laid, ""));
            } catch (BriefException | RuntimeException e) {
                String message = e instanceof BriefException ? e.getMessage() : "The sheet could not be laid out: " + Faults.describe(e);
                ui.accept(() -> shown(mine, null, List.of(), message));
            }
        });
    }

    private Sheet build(Briefings briefings, SheetChoice c) throws BriefException {
        switch (c.kind()) {
            case MISSION:
                return briefings.mission(c.subjectId());
            case DELEGATION:
                return briefings.delegation(c.subjectId());
            case SCENARIO:
                return briefings.scenario(c.subjectId());
            default:
                return briefings.daily(c.since() != null ? c.since() : briefings.now().minus(c.lookback()));
        }
    }

    private void shown(long mine, Sheet built, List<Page> laid, String message) {
        if (mine != generation) {
            return; // a later choice is on its way
        }
        int keep = Math.min(pageIndex.get(), Math.max(0, laid.size() - 1));
        sheet.set(built);
        pages.set(laid);
        pageIndex.set(keep);
        busy.set(false);
        status.set(message);
    }

    /** A file name for the sheet's PDF: its title, without the characters file systems refuse. */
    public String pdfFileName() {
        Sheet s = sheet.get();
        String title = s == null ? "Briefing sheet" : s.title();
        String safe = title.replace(": ", " - ").replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "-").trim();
        return (safe.isEmpty() ? "Briefing sheet" : safe) + ".pdf";
    }

    /**
     * Writes the sheet on the preview's paper as a PDF, off the JavaFX thread; {@code done} hears
     * null when it is written, else the message for the user.
     */
    public void savePdf(Path out, Consumer<String> done) {
        Sheet s = sheet.get();
        if (s == null) {
            done.accept("There is no sheet to save yet.");
            return;
        }
        PageSetup setup = setup();
        busy.set(true);
        status.set("Saving " + out.getFileName() + "…");
        background.execute(() -> {
            String failure = null;
            try {
                BriefPdf.write(s, setup, out);
            } catch (BriefException e) {
                failure = e.getMessage();
            } catch (RuntimeException e) {
                failure = "The PDF could not be written to " + out + ": " + Faults.describe(e);
            }
            String result = failure;
            ui.accept(() -> {
                busy.set(false);
                status.set(result == null ? "Saved " + out : result);
                done.accept(result);
            });
        });
    }

    /** Puts the preview in the printing state, or back; the printer flow reports through here. */
    void printing(boolean on, String text) {
        busy.set(on);
        status.set(text);
    }
}
