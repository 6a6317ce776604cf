package org.parley.io;

import org.parley.model.Amendment;
import org.parley.model.BudgetLine;
import org.parley.model.Compromise;
import org.parley.model.Delegation;
import org.parley.model.Mission;
import org.parley.model.NegotiationData;
import org.parley.model.Post;
import org.parley.model.Proposal;
import org.parley.model.Scenario;
import org.parley.model.TimelineEvent;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The document keys an export gives to a negotiation's parts. The model keeps no keys of its own,
 * so they are made from what the data says (names, codes, order), never from database ids: the
 * same data always gets the same keys, which is what makes export, import, export give the same
 * bytes.
 */
final class ExportKeys {

    private static final int MAX_SLUG = 40;

    final Map<Long, String> delegations = new HashMap<>();
    final Map<Long, String> missions = new HashMap<>();
    final Map<Long, String> lines = new HashMap<>();
    final Map<Long, String> posts = new HashMap<>();
    final Map<Long, String> proposals = new HashMap<>();
    final Map<Long, String> amendments = new HashMap<>();
    final Map<Long, String> events = new HashMap<>();
    final Map<Long, String> compromises = new HashMap<>();
    final Map<Long, String> scenarios = new HashMap<>();
    /** The position of each delegation in the document, to sort positions by. */
    final Map<Long, Integer> delegationOrder = new HashMap<>();

    ExportKeys(NegotiationData data) {
        int d = 0;
        for (Delegation delegation : data.delegations()) {
            delegations.put(delegation.id(), delegation.code());
            delegationOrder.put(delegation.id(), d++);
        }
        for (Mission m : data.missions()) {
            missions.put(m.id(), m.code());
            Set<String> lineKeys = new HashSet<>();
            for (BudgetLine line : m.lines()) {
                lines.put(line.id(), unique(slug(line.name(), "line"), lineKeys));
                Set<String> postKeys = new HashSet<>();
                for (Post p : line.posts()) {
                    posts.put(p.id(), unique(slug(p.grade().label() + " " + p.title(), "post"), postKeys));
                }
            }
        }
        Map<Long, Integer> perDelegation = new HashMap<>();
        for (Proposal p : data.proposals()) {
            int n = perDelegation.merge(p.delegationId(), 1, Integer::sum);
            String key = delegations.get(p.delegationId()) + "-" + n;
            proposals.put(p.id(), key);
            int a = 0;
            for (Amendment amendment : p.amendments()) {
                amendments.put(amendment.id(), key + "." + (++a));
            }
        }
        int e = 0;
        for (TimelineEvent event : data.events()) {
            events.put(event.id(), "E" + (++e));
        }
        int c = 0;
        for (Compromise compromise : data.compromises()) {
            compromises.put(compromise.id(), "C" + (++c));
        }
        int s = 0;
        for (Scenario scenario : data.scenarios()) {
            scenarios.put(scenario.id(), "S" + (++s));
        }
    }

    /** "Human rights (OHCHR)" becomes "human-rights-ohchr": readable, and valid as a key. */
    static String slug(String text, String fallback) {
        String s = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (s.length() > MAX_SLUG) {
            s = s.substring(0, MAX_SLUG).replaceAll("-+$", "");
        }
        return s.isEmpty() ? fallback : s;
    }

    private static String unique(String base, Set<String> taken) {
        String key = base;
        for (int n = 2; !taken.add(key); n++) {
            key = base + "-" + n;
        }
        return key;
    }
}
