package org.parley.io;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.parley.model.Delegation;
import org.parley.model.Item;
import org.parley.model.NegotiationData;
import org.parley.model.OurLine;
import org.parley.model.Position;

/**
 * The positions matrix as a CSV table: a row per delegation (after two rows for our own line
 * and fallback), and for each item two columns, the stance and the note. Items and delegations
 * are the ones the matrix shows, in its order, so the file is what the user was looking at.
 * An amendment's column is headed with the tabling delegation and what it does, e.g.
 * "RU: MONUSCO / Human rights −50%"; a mission's with its code.
 */
public final class PositionsCsv {

    /** The first cells of the two rows of our own positions. */
    public static final String OUR_LINE = "Our line";
    public static final String OUR_FALLBACK = "Our fallback";

    private PositionsCsv() {
    }

    /** The table for these delegations (rows) and items (columns) of the negotiation. */
    public static CsvOutput of(NegotiationData data, List<Delegation> delegations, List<Item> items) {
        Map<Position.Key, Position> positions = new HashMap<>();
        data.positions().forEach(p -> positions.put(p.key(), p));
        Map<Item, OurLine> ours = new HashMap<>();
        data.ourLines().forEach(l -> ours.put(l.item(), l));

        CsvOutput t = new CsvOutput();
        t.row().text("Code").text("Delegation");
        for (Item item : items) {
            String what = heading(data, item);
            t.text(what).text(what + " (note)");
        }
        t.row().empty().text(OUR_LINE);
        items.forEach(i -> t.text(ours.containsKey(i) ? ours.get(i).line() : "").empty());
        t.row().empty().text(OUR_FALLBACK);
        items.forEach(i -> t.text(ours.containsKey(i) ? ours.get(i).fallback() : "").empty());
        for (Delegation d : delegations) {
            t.row().text(d.code()).text(d.name());
            for (Item item : items) {
                Position p = positions.get(new Position.Key(d.id(), item));
                t.text(p == null ? "" : p.stance().label()).text(p == null ? "" : p.note());
            }
        }
        return t;
    }

    static String heading(NegotiationData data, Item item) {
        if (item.kind() == Item.Kind.MISSION) {
            return data.describe(item);
        }
        String tabler = data.proposalOfAmendment(item.id())
                .flatMap(p -> data.delegation(p.delegationId()))
                .map(Delegation::code).orElse("?");
        return tabler + ": " + data.describe(item);
    }
}
