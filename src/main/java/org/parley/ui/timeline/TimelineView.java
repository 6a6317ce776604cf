package org.parley.ui.timeline;

import java.util.Objects;
import javafx.scene.control.Control;
import javafx.scene.control.Skin;

/**
 * The Timeline pane: the negotiation's events on a zoomable, scrollable time scale, with the
 * deadline and the desk's "now" as lines. A plain {@link Control}: put it in any pane and it
 * fills the space it is given.
 *
 * <p>Keys when focused: Left/Right select the previous/next event, +/- zoom, 0 fits the whole
 * range, Escape clears the selection. Ctrl+wheel zooms around the pointer. Once the app has
 * given {@link EventMoves#setActions actions}: dragging an event reschedules it (snapped to the
 * hour or day by zoom, Escape cancels), Alt+Left/Right move the selected event by one snap unit,
 * Enter or a double-click opens its form. All state lives in
 * the {@link TimelineViewModel}; look is in {@code timeline.css} (style names in
 * {@link TimelineStyles}).
 */
public class TimelineView extends Control {

    private static final String STYLESHEET =
            Objects.requireNonNull(TimelineView.class.getResource("timeline.css"), "timeline.css").toExternalForm();

    private final TimelineViewModel viewModel;

    public TimelineView(TimelineViewModel viewModel) {
        this.viewModel = Objects.requireNonNull(viewModel, "viewModel");
        getStyleClass().add(TimelineStyles.TIMELINE);
        setFocusTraversable(true);
    }

    public TimelineViewModel getViewModel() {
        return viewModel;
    }

    /**
     * Fit: the whole session through the deadline and the desk's now in the visible width, scrolled
     * to its start (the Fit button, Ctrl+0 and View > Fit timeline).
     */
    public void zoomToFit() {
        if (getSkin() instanceof TimelineSkin skin) {
            skin.zoomToFit();
        } else {
            viewModel.zoomToFit(getWidth());
        }
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new TimelineSkin(this);
    }

    @Override
    public String getUserAgentStylesheet() {
        return STYLESHEET;
    }
}
