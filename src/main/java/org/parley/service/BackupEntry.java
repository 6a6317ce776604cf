package org.parley.service;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.parley.store.Backups;
import org.parley.store.StoreException;
import org.parley.store.WorkspaceCounts;

/**
 * One backup as the Restore dialog lists it: when, why, and what it holds, read from the backup
 * without changing it.
 *
 * @param file the backup file
 * @param takenAt local time it was taken
 * @param reason why: "daily", "before-migration", "before-restore", "before-import", …
 * @param contents e.g. "Fifth Committee 2018: 16 missions, 9 proposals, 31 amendments"; or what
 *     is wrong with the file
 * @param readable false when the backup cannot be read (it is then listed but cannot be restored)
 */
public record BackupEntry(Path file, LocalDateTime takenAt, String reason, String contents, boolean readable) {

    static List<BackupEntry> of(List<Backups.Backup> backups) {
        List<BackupEntry> entries = new ArrayList<>();
        for (Backups.Backup b : backups) {
            try {
                entries.add(new BackupEntry(b.file(), b.takenAt(), b.reason(), describe(Backups.summary(b.file())), true));
            } catch (StoreException e) {
                entries.add(new BackupEntry(b.file(), b.takenAt(), b.reason(), "cannot be read: "
                        + e.getMessage().replace(b.file() + " ", ""), false));
            }
        }
        return entries;
    }

    private static String describe(List<Backups.NegotiationSummary> negotiations) {
        if (negotiations.isEmpty()) {
            return "no negotiation";
        }
        List<String> parts = new ArrayList<>();
        for (Backups.NegotiationSummary n : negotiations) {
            WorkspaceCounts c = n.counts();
            parts.add(n.title() + ": " + c.missions() + " missions, " + c.proposals() + " proposals, "
                    + c.amendments() + " amendments, " + c.events() + " events");
        }
        return String.join("; ", parts);
    }
}
