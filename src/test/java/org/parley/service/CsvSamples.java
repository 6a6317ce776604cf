package org.parley.service;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.parley.model.Baseline;
import org.parley.model.BudgetLine;
import org.parley.model.Figure;
import org.parley.model.Mission;
import org.parley.model.NegotiationData;
import org.parley.model.Post;

/**
 * Valid budget tables written from the sample as a delegate's spreadsheet would have them: every
 * line of every mission with its ACABQ figure $1,000 lower, plus one new line; every post row with
 * one post more, plus one new row. Amounts are written "1,234,567" in quotes.
 */
public final class CsvSamples {

    public static final String NEW_LINE = "Imported line";
    public static final String NEW_POST = "Imported Officer";
    public static final String SOURCE = "A/72/789/Add.1";

    private CsvSamples() {
    }

    /** Mission, Line name, Category, SG proposed, ACABQ, Source. */
    public static String lines(NegotiationData data) {
        List<String> rows = new ArrayList<>();
        rows.add("Mission,Line name,Category,SG proposed,ACABQ,Source");
        for (Mission m : data.missions()) {
            for (BudgetLine l : m.lines()) {
                Optional<Figure> acabq = l.baselines().get(Baseline.ACABQ_RECOMMENDED);
                String lower = acabq.filter(f -> f.usd() >= 1000).map(f -> money(f.usd() - 1000)).orElse("");
                rows.add(String.join(",", quote(m.code()), quote(l.name()), quote(l.category().label()),
                        l.baselines().get(Baseline.SG_PROPOSED).map(f -> money(f.usd())).orElse(""), lower,
                        lower.isEmpty() ? "" : SOURCE));
            }
        }
        rows.add(String.join(",", quote(data.missions().get(0).code()), quote(NEW_LINE), "Gender", "", "\"1,000\"",
                SOURCE));
        return String.join("\r\n", rows) + "\r\n";
    }

    /** Mission; Line; Post title; Grade; Number of posts; Status; Annual cost (semicolons, as a European Excel writes). */
    public static String posts(NegotiationData data) {
        List<String> rows = new ArrayList<>();
        rows.add("Mission;Line;Post title;Grade;Number of posts;Status;Annual cost");
        BudgetLine first = null;
        Mission firstMission = null;
        for (Mission m : data.missions()) {
            for (BudgetLine l : m.lines()) {
                for (Post p : l.posts()) {
                    rows.add(String.join(";", quote(m.code()), quote(l.name()), quote(p.title()), p.grade().label(),
                            String.valueOf(p.count() + 1), p.status().label(), "$" + p.annualCost().usd()));
                    if (first == null) {
                        first = l;
                        firstMission = m;
                    }
                }
            }
        }
        if (first != null) {
            rows.add(String.join(";", quote(firstMission.code()), quote(first.name()), quote(NEW_POST), "P-3", "2",
                    "vacant", "150,000"));
        }
        return String.join("\n", rows) + "\n";
    }

    public static CsvSheet sheet(String text) throws Exception {
        return CsvSheet.parse(text.getBytes(StandardCharsets.UTF_8), "budget.csv");
    }

    static String money(long usd) {
        return quote(String.format("%,d", usd));
    }

    static String quote(String s) {
        return "\"" + s.replace("\"", "\"\"") + "\"";
    }
}
