package org.parley.service;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.parley.io.NegotiationJson;
import org.parley.model.Amendment;
import org.parley.model.Delegation;
import org.parley.model.Item;
import org.parley.model.Stance;
import org.parley.store.Workspace;
import org.parley.store.WorkspaceCheck;

/**
 * The child of {@link OneDoorTest}: holds a desk open on a workspace, as the app does, and runs
 * one command per line of its standard input, answering each with one line once it is done:
 * <ul>
 *   <li>{@code import FILE}: imports a JSON file as a new negotiation (backup "before-import");</li>
 *   <li>{@code csv FILE}: imports a budget table through the editor (backup "before-import");</li>
 *   <li>{@code restore BACKUP}: restores a backup and opens the desk again on the result;</li>
 *   <li>{@code check}: inspects the workspace read-only in this same process, as {@code parley check} does;</li>
 *   <li>{@code edit NOTE}: records a stance with {@code NOTE}, one gesture.</li>
 * </ul>
 * Argument: the workspace file. The desk is opened through {@link DeskService}, so its first
 * open of the day takes the daily backup.
 */
public final class HeldDesk {

    private HeldDesk() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        DeskService service = new DeskService(NegotiationJson::readSample);
        Desk desk = service.open(file);
        System.out.println("READY " + desk.notice().orElse("no notice"));
        System.out.flush();
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            String[] words = line.split(" ", 2);
            String answer;
            try {
                switch (words[0]) {
                    case "import" -> answer = "imported " + desk.importFile(Path.of(words[1]), false);
                    case "csv" -> {
                        CsvSheet sheet = CsvSheet.read(Path.of(words[1]));
                        CsvMapping mapping = CsvMapping.guess(sheet.header());
                        answer = new CsvBudgetImport(desk.editor()).apply(sheet, CsvShape.guess(mapping), mapping);
                    }
                    case "restore" -> {
                        desk = service.restore(desk, Path.of(words[1]));
                        answer = "restored";
                    }
                    case "check" -> {
                        try (Workspace w = Workspace.inspect(file)) {
                            answer = "problems " + WorkspaceCheck.of(w).problems();
                        }
                    }
                    case "edit" -> {
                        Editor editor = desk.editor();
                        List<Delegation> delegations = editor.data().delegations();
                        Amendment amendment = editor.data().proposals().get(0).amendments().get(0);
                        new PositionEdits(editor).setStance(delegations.get(0).id(), Item.amendment(amendment.id()),
                                Stance.SUPPORTS, words[1]);
                        answer = "ACK " + words[1];
                    }
                    default -> answer = "unknown command " + words[0];
                }
            } catch (Exception e) {
                answer = "FAILED " + e.getMessage().replace('\n', ' ');
            }
            System.out.println(answer.replace('\n', ' '));
            System.out.flush();
        }
        desk.close();
    }
}
