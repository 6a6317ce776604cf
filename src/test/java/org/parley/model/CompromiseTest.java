package org.parley.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class CompromiseTest {

    private static final Amendment ABOLISH_TWO = new Amendment(7, Target.post(1, 2, 3), AmendmentKind.ABOLISH_POSTS, 2,
            "", Provenance.illustrative("test"));

    @Test
    void applyTo_aPostKeptCompromise_givesTheAmendmentWithNoPosts() {
        Compromise keep = new Compromise(1, 7, "keep the Field Victims' Rights Advocate", 0, "the coordinator",
                Instant.EPOCH, CompromiseStatus.FLOATED);

        Amendment result = keep.applyTo(ABOLISH_TWO);

        assertThat(result.value()).isZero();
        assertThat(result.id()).isEqualTo(7);
        assertThat(result.target()).isEqualTo(ABOLISH_TWO.target());
    }

    @Test
    void applyTo_anotherAmendment_isRefused() {
        Compromise c = new Compromise(1, 8, "half", 1, "", Instant.EPOCH, CompromiseStatus.FLOATED);

        assertThatThrownBy(() -> c.applyTo(ABOLISH_TWO)).hasMessageContaining("not about amendment 7");
    }

    @Test
    void aNegativeValue_isRefused() {
        assertThatThrownBy(() -> new Compromise(1, 7, "less", -1, "", Instant.EPOCH, CompromiseStatus.FLOATED))
                .hasMessageContaining("must not be negative");
    }
}
