package org.parley.model;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;

/**
 * What a delegation or group must be before it is stored, and when one may not be deleted.
 * Pure functions; each {@link Problem} names the form field and the rule.
 */
public final class DelegationRules {

    public static final String CODE = "Code";
    public static final String NAME = "Name";
    public static final String KIND = "Kind";
    public static final String MEMBERS = "Members";
    /** The "field" of a refused deletion. */
    public static final String DELETE = "Delete";

    private DelegationRules() {
    }

    /**
     * A delegation as typed: {@code id} 0 for a new one. Codes are unique whatever their case
     * ("eu" is "EU"); a state has no members; a group does not list itself, nor a member twice.
     */
    public static List<Problem> delegation(long id, String code, String name, DelegationKind kind,
                                           List<Long> memberIds, NegotiationData data) {
        List<Problem> problems = new ArrayList<>(SourceRules.required(CODE, code, "a delegation code"));
        if (code != null && !code.isBlank()) {
            String wanted = code.strip().toUpperCase(Locale.ROOT);
            for (Delegation d : data.delegations()) {
                if (d.id() != id && d.code().toUpperCase(Locale.ROOT).equals(wanted)) {
                    problems.add(new Problem(CODE, "another delegation already has the code " + d.code()
                            + " (" + d.name() + ")"));
                }
            }
        }
        problems.addAll(SourceRules.required(NAME, name, "a delegation name"));
        if (kind == null) {
            problems.add(new Problem(KIND, "choose state or group"));
        } else if (kind == DelegationKind.STATE && !memberIds.isEmpty()) {
            problems.add(new Problem(MEMBERS, "a state has no members; only a group has"));
        }
        if (id != 0 && memberIds.contains(id)) {
            problems.add(new Problem(MEMBERS, "a group cannot be its own member"));
        }
        if (new HashSet<>(memberIds).size() != memberIds.size()) {
            problems.add(new Problem(MEMBERS, "lists a member twice"));
        }
        return problems;
    }

    /**
     * Why a delegation may not be deleted: it tabled proposals, which need a delegation. Its
     * positions and group memberships are no reason: they go with it.
     */
    public static List<Problem> deletion(long id, NegotiationData data) {
        List<String> titles = data.proposals().stream().filter(p -> p.delegationId() == id)
                .map(p -> "\"" + p.title() + "\"").toList();
        if (titles.isEmpty()) {
            return List.of();
        }
        String code = data.delegation(id).map(Delegation::code).orElse("it");
        return List.of(new Problem(DELETE, code + " tabled " + titles.size()
                + (titles.size() == 1 ? " proposal (" : " proposals (") + String.join(", ", titles)
                + "); delete or reassign those first"));
    }
}
