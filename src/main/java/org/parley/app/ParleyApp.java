package org.parley.app;

import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.time.Clock;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import org.parley.io.NegotiationJson;
import org.parley.model.TextRules;
import org.parley.service.DeskService;

/** The JavaFX application: wires the desk together by constructor, with no globals. */
public final class ParleyApp extends Application {

    private final ExecutorService background = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "parley-background");
        t.setDaemon(true);
        return t;
    });
    private DeskStarter starter;

    @Override
    public void start(Stage stage) throws Exception {
        LaunchOptions options = LaunchOptions.parse(getParameters().getRaw());
        Path file = options.workspace().orElseGet(WorkspaceLocations::defaultWorkspace);
        stage.setTitle("Parley");
        stage.getIcons().addAll(icons());
        stage.setMinWidth(900);
        stage.setMinHeight(560);
        Diagnostics.watch(stage, options); // --diagnose only; nothing without it
        starter = new DeskStarter(stage, new DeskService(NegotiationJson::readSample),
                new DeskStarter.Environment(background, Clock.systemUTC(), line -> System.err.println(TextRules.visible(line)), Platform::exit,
                        RecentWorkspaces.inDataFolder(), RememberedTheme.inDataFolder()));
        starter.open(file);
    }

    /** Parley's icon (assets/icons, drawn for the project) at the sizes window managers pick from. */
    private static List<Image> icons() {
        List<Image> icons = new ArrayList<>();
        for (int size : new int[] {16, 32, 48, 64, 128, 256}) {
            URL url = ParleyApp.class.getResource("/org/parley/assets/icons/parley-" + size + ".png");
            if (url != null) {
                icons.add(new Image(url.toExternalForm()));
            }
        }
        return icons;
    }

    @Override
    public void stop() {
        if (starter != null) {
            starter.close();
        }
        background.shutdownNow();
    }
}
