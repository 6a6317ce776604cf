package org.parley.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DelegationRulesTest {

    private static NegotiationData data;
    private static Delegation ru;
    private static Delegation eg;
    private static Delegation g77;

    @BeforeAll
    static void table() {
        NegotiationBuilder b = new NegotiationBuilder();
        ru = b.delegation("RU", "Russian Federation");
        eg = b.delegation("EG", "Egypt");
        g77 = b.group("G77", "G77 and China", eg);
        b.proposal(ru);
        data = b.build();
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of(0L, "JP", "Japan", DelegationKind.STATE, List.of(), List.of()),
                Arguments.of(g77.id(), "G77", "G77 and China", DelegationKind.GROUP, List.of(eg.id(), ru.id()), List.of()),
                Arguments.of(0L, "", "Japan", DelegationKind.STATE, List.of(), List.of("Code: a delegation code is required")),
                Arguments.of(0L, "eg", "Egypt again", DelegationKind.STATE, List.of(),
                        List.of("Code: another delegation already has the code EG (Egypt)")),
                Arguments.of(0L, "JP", "", DelegationKind.STATE, List.of(), List.of("Name: a delegation name is required")),
                Arguments.of(0L, "X", "X", DelegationKind.STATE, List.of(eg.id()),
                        List.of("Members: a state has no members; only a group has")),
                Arguments.of(g77.id(), "G77", "G77", DelegationKind.GROUP, List.of(g77.id()),
                        List.of("Members: a group cannot be its own member")),
                Arguments.of(0L, "X", "X", DelegationKind.GROUP, List.of(eg.id(), eg.id()),
                        List.of("Members: lists a member twice")),
                Arguments.of(0L, "X", "X", null, List.of(), List.of("Kind: choose state or group")));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void delegation(long id, String code, String name, DelegationKind kind, List<Long> members, List<String> expected) {
        assertThat(DelegationRules.delegation(id, code, name, kind, members, data)).map(Problem::toString)
                .isEqualTo(expected);
    }

    @Test
    void deletion_isRefused_forADelegationThatTabledAProposal() {
        assertThat(DelegationRules.deletion(ru.id(), data)).map(Problem::toString)
                .containsExactly("Delete: RU tabled 1 proposal (\"RU proposal\"); delete or reassign those first");
    }

    @Test
    void deletion_isAllowed_forAGroupMember() {
        assertThat(DelegationRules.deletion(eg.id(), data)).isEmpty();
    }
}
