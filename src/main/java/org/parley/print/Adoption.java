package org.parley.print;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.parley.model.Cut;
import org.parley.model.MissionAdoption;
import org.parley.model.MissionTotals;
import org.parley.model.Proposal;
import org.parley.model.Share;

/**
 * "What if all, half or a quarter of it went through" for one mission: the scenario rules
 * (overlaps count once, no line loses more than it has) applied to a set of proposals at one
 * share, for that mission only, so that a brief stays quick on a large negotiation and a brief
 * per mission stays linear in the missions ({@link MissionAdoption}). Safe from several threads.
 */
final class Adoption {

    private final MissionAdoption adoption;

    Adoption(BriefContext context) {
        this.adoption = new MissionAdoption(context.data());
    }

    /** The mission's totals if {@code proposals} were adopted at {@code share}. */
    MissionTotals of(List<Proposal> proposals, Share share, long missionId) {
        return adoption.of(proposals.stream().map(Proposal::id).toList(), share, missionId)
                .orElseGet(() -> new MissionTotals(missionId, Cut.NONE, Map.of(), Optional.empty(), Optional.empty(),
                        false));
    }
}
