package org.parley.ui.timeline;

import java.time.Instant;
import javafx.application.Platform;
import javafx.beans.value.ObservableBooleanValue;
import javafx.event.EventHandler;
import javafx.geometry.Bounds;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SkinBase;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.parley.model.EventKind;
import org.parley.model.TimelineEvent;

/**
 * Builds the timeline's node tree (toolbar above a horizontally scrolling {@link TimelineContent})
 * and turns keys, wheel and buttons into view-model commands. Scrolling stays here: the content
 * is only told what is in view (it keeps nodes near there alone), and zooming keeps the instant
 * under the pointer (or the centre) put.
 */
final class TimelineSkin extends SkinBase<TimelineView> {

    /** Keep a revealed event this far from the viewport's edges. */
    private static final double REVEAL_MARGIN = 40;
    /** About the width of "DEADLINE 1 Jul 00:00", kept on screen right of the deadline line. */
    private static final double DEADLINE_LABEL_ROOM = 170;

    private final TimelineViewModel vm;
    private final TimelineContent content;
    private final ScrollPane scroller;
    private final Subscriptions subscriptions = new Subscriptions();
    private final EventHandler<KeyEvent> keyHandler = this::onKeyPressed;
    private final EventHandler<MouseEvent> focusOnPress = e -> getSkinnable().requestFocus();
    private final Label visibleSpan = new Label();
    private boolean revealedDeskOnce;

    TimelineSkin(TimelineView control) {
        super(control);
        vm = control.getViewModel();
        content = new TimelineContent(vm);
        scroller = new ScrollPane(content);
        scroller.getStyleClass().add(TimelineStyles.SCROLLER);
        // The control keeps the focus, so arrow keys select events instead of scrolling.
        scroller.setFocusTraversable(false);
        scroller.setFitToHeight(true);
        // Without these the control would ask for the whole (very wide) content as its size.
        scroller.setPrefViewportWidth(480);
        scroller.setPrefViewportHeight(200);
        scroller.addEventFilter(ScrollEvent.SCROLL, this::onScroll);
        getChildren().add(new BorderPane(scroller, toolbar(), null, null, null));

        control.addEventHandler(KeyEvent.KEY_PRESSED, keyHandler);
        control.addEventFilter(MouseEvent.MOUSE_PRESSED, focusOnPress);
        // ScrollPane's behaviour takes the focus on a click even when not focus-traversable.
        subscriptions.onChange(scroller.focusedProperty(), (o, was, is) -> {
            if (is) {
                control.requestFocus();
            }
        });
        subscriptions.onChange(vm.selectedEventProperty(), (o, was, is) -> reveal(is));
        subscriptions.onChange(scroller.viewportBoundsProperty(), (o, was, is) -> revealDeskOnFirstShow(is));
        subscriptions.onChange(scroller.viewportBoundsProperty(), (o, was, is) -> updateVisibleSpan());
        subscriptions.onChange(scroller.hvalueProperty(), (o, was, is) -> updateVisibleSpan());
        subscriptions.onChange(content.widthProperty(), (o, was, is) -> updateVisibleSpan());
        subscriptions.onChange(vm.zoneProperty(), (o, was, is) -> updateVisibleSpan());
        // The content shows nodes only near what the scroll pane shows: tell it every move.
        subscriptions.onChange(scroller.viewportBoundsProperty(), (o, was, is) -> updateContentViewport());
        subscriptions.onChange(scroller.hvalueProperty(), (o, was, is) -> updateContentViewport());
        subscriptions.onChange(scroller.vvalueProperty(), (o, was, is) -> updateContentViewport());
        subscriptions.onChange(content.widthProperty(), (o, was, is) -> updateContentViewport());
        subscriptions.onChange(content.heightProperty(), (o, was, is) -> updateContentViewport());
    }

    @Override
    public void dispose() {
        getSkinnable().removeEventHandler(KeyEvent.KEY_PRESSED, keyHandler);
        getSkinnable().removeEventFilter(MouseEvent.MOUSE_PRESSED, focusOnPress);
        subscriptions.dispose();
        content.dispose();
        super.dispose();
    }

    // --- node tree ----------------------------------------------------------------------------

    private VBox toolbar() {
        Button out = button("\u2212", "timeline-zoom-out", "Zoom out (\u2212 or Ctrl+wheel)", vm.atMinZoomProperty());
        out.setOnAction(e -> zoomAroundCentre(vm::zoomOut));
        Button in = button("+", "timeline-zoom-in", "Zoom in (+ or Ctrl+wheel)", vm.atMaxZoomProperty());
        in.setOnAction(e -> zoomAroundCentre(vm::zoomIn));
        Button fit = button("Fit", "timeline-zoom-fit", "Show the whole range (0)", null);
        fit.setOnAction(e -> zoomToFit());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        visibleSpan.setId("timeline-visible-span");
        visibleSpan.getStyleClass().add(TimelineStyles.VISIBLE_SPAN);
        HBox bar = new HBox(out, in, fit, visibleSpan, spacer);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("timeline-buttons");
        // The legend gets its own row: in a narrow pane it would otherwise squeeze the buttons.
        VBox box = new VBox(bar, legend());
        box.getStyleClass().add(TimelineStyles.TOOLBAR);
        return box;
    }

    private Button button(String text, String id, String tip, ObservableBooleanValue disabledWhen) {
        Button b = new Button(text);
        b.setId(id);
        b.setTooltip(new Tooltip(tip));
        // Clicking a button must not take the keys away from the timeline.
        b.setFocusTraversable(false);
        b.setMinWidth(Region.USE_PREF_SIZE);
        if (disabledWhen != null) {
            b.disableProperty().bind(disabledWhen);
        }
        return b;
    }

    /**
     * What each shape means: the shapes carry the meaning, the colours only help. Nine kinds do
     * not fit one line of a narrow pane, so the legend wraps rather than widen the timeline.
     */
    private static FlowPane legend() {
        FlowPane legend = new FlowPane();
        legend.getStyleClass().add(TimelineStyles.LEGEND);
        legend.setAlignment(Pos.CENTER_LEFT);
        for (EventKind kind : EventKind.values()) {
            Label entry = new Label(kind.label(), EventShapes.forKind(kind));
            entry.getStyleClass().add(TimelineStyles.kindClass(kind));
            entry.setMinWidth(Region.USE_PREF_SIZE);
            legend.getChildren().add(entry);
        }
        // hollow and dashed: an illustrative event; an asterisk: a time chosen for the replay
        Label illustrative = new Label("illustrative (hollow, dashed) · * time chosen",
                EventShapes.forKind(EventKind.values()[0]));
        illustrative.getStyleClass().addAll("legend-illustrative", TimelineStyles.kindClass(EventKind.values()[0]));
        illustrative.setId("timeline-legend-illustrative");
        illustrative.setMinWidth(Region.USE_PREF_SIZE);
        legend.getChildren().add(illustrative);
        return legend;
    }

    // --- gestures -----------------------------------------------------------------------------

    private void onKeyPressed(KeyEvent e) {
        // Alt+arrows reschedule the selected event by one snap unit: the keyboard's drag.
        boolean move = e.isAltDown() && vm.moves().isEnabled();
        switch (e.getCode()) {
            case LEFT -> {
                if (move) {
                    vm.moves().nudgeSelected(-1);
                } else {
                    vm.selectPrevious();
                }
            }
            case RIGHT -> {
                if (move) {
                    vm.moves().nudgeSelected(1);
                } else {
                    vm.selectNext();
                }
            }
            case ENTER -> vm.moves().editSelected();
            case PLUS, ADD, EQUALS -> zoomAroundCentre(vm::zoomIn);
            case MINUS, SUBTRACT -> zoomAroundCentre(vm::zoomOut);
            case DIGIT0, NUMPAD0 -> zoomToFit();
            case ESCAPE -> {
                if (!content.cancelDrag()) {
                    vm.select(null);
                }
            }
            default -> {
                return;
            }
        }
        e.consume();
    }

    private void onScroll(ScrollEvent e) {
        if (e.isControlDown() && e.getDeltaY() != 0) {
            double contentX = content.sceneToLocal(e.getSceneX(), e.getSceneY()).getX();
            zoomAround(contentX - scrollLeft(), e.getDeltaY() > 0 ? vm::zoomIn : vm::zoomOut);
            e.consume();
        } else if (!e.isShiftDown() && Math.abs(e.getDeltaY()) > Math.abs(e.getDeltaX())
                && content.getHeight() <= viewportHeight()) {
            // Nothing to scroll vertically: a plain wheel moves along the time axis.
            scrollLeftTo(scrollLeft() - e.getDeltaY());
            e.consume();
        }
    }

    private void zoomAroundCentre(Runnable zoomCommand) {
        zoomAround(viewportWidth() / 2, zoomCommand);
        getSkinnable().requestFocus();
    }

    /** Zooms while keeping the instant at {@code viewportX} where it is on screen. */
    private void zoomAround(double viewportX, Runnable zoomCommand) {
        Instant anchor = content.instantAt(scrollLeft() + viewportX);
        zoomCommand.run();
        // Let the content take its new width before scrolling within it.
        scroller.layout();
        scrollLeftTo(content.xOf(anchor) - viewportX);
    }

    void zoomToFit() {
        vm.zoomToFit(viewportWidth() - TimelineContent.LEFT_PAD - TimelineContent.RIGHT_PAD);
        scroller.layout();
        scrollLeftTo(0);
        getSkinnable().requestFocus();
    }

    // --- scrolling ----------------------------------------------------------------------------

    /** Scrolls {@code e} into view; its node exists when this returns. */
    private void reveal(TimelineEvent e) {
        Bounds b = content.boxOf(e);
        if (b == null) {
            return;
        }
        scroller.layout();
        double x = content.xOf(e.at());
        double left = scrollLeft();
        if (x < left + REVEAL_MARGIN || x > left + viewportWidth() - REVEAL_MARGIN) {
            scrollLeftTo(x - viewportWidth() / 3);
        }
        double extraY = content.getHeight() - viewportHeight();
        double top = scrollTop();
        if (extraY > 0 && (b.getMinY() < top || b.getMaxY() > top + viewportHeight())) {
            scroller.setVvalue(clamp01((b.getMinY() - viewportHeight() / 2) / extraY));
            scroller.layout();
        }
    }

    /**
     * On first show, bring the desk's "now" into view rather than day one of the session, with the
     * deadline and its label too when both fit.
     */
    private void revealDeskOnFirstShow(Bounds viewport) {
        if (revealedDeskOnce || viewport.getWidth() <= 0 || (vm.getDeskNow() == null && vm.getDeadline() == null)) {
            return;
        }
        revealedDeskOnce = true;
        // The viewport is sized in the middle of a layout pass, before the content has its
        // width; scroll once that pass is over.
        Platform.runLater(() -> {
            double width = viewportWidth();
            double desk = vm.getDeskNow() == null ? Double.NaN : content.xOf(vm.getDeskNow());
            double deadlineEnd = vm.getDeadline() == null ? Double.NaN
                    : content.xOf(vm.getDeadline()) + DEADLINE_LABEL_ROOM;
            double left = Double.isNaN(deadlineEnd) ? desk - width * 2 / 3 : deadlineEnd - width;
            if (!Double.isNaN(desk) && (left > desk - REVEAL_MARGIN || desk > deadlineEnd)) {
                left = desk - width / 3;
            }
            scrollLeftTo(left);
        });
    }

    private void updateVisibleSpan() {
        double left = scrollLeft();
        visibleSpan.setText(TimeLabels.span(content.instantAt(left), content.instantAt(left + viewportWidth()),
                vm.getZone()));
    }

    private void updateContentViewport() {
        content.setViewport(scrollLeft(), scrollTop(), viewportWidth(), viewportHeight());
    }

    private double scrollTop() {
        return scroller.getVvalue() * Math.max(0, content.getHeight() - viewportHeight());
    }

    private double scrollLeft() {
        return scroller.getHvalue() * Math.max(0, content.getWidth() - viewportWidth());
    }

    /**
     * Scrolls and lays out at once, not at the next pulse: the events now in view have their
     * nodes when a zoom, Fit, reveal or the first show's scroll returns.
     */
    private void scrollLeftTo(double left) {
        double extra = content.getWidth() - viewportWidth();
        scroller.setHvalue(extra > 0 ? clamp01(left / extra) : 0);
        scroller.layout();
    }

    private double viewportWidth() {
        return scroller.getViewportBounds().getWidth();
    }

    private double viewportHeight() {
        return scroller.getViewportBounds().getHeight();
    }

    private static double clamp01(double v) {
        return Math.max(0, Math.min(1, v));
    }
}
