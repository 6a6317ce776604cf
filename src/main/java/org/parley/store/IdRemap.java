package org.parley.store;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.parley.model.Target;

/**
 * Document-local ids of one {@code NegotiationData} mapped to the ids the store generated for
 * them while inserting it. Line ids are only unique within their mission and post ids within
 * their line (that is how {@code Target} and {@code NegotiationData} look them up), so those
 * are keyed by their whole path.
 */
final class IdRemap {

    private final Map<Long, Long> delegations = new HashMap<>();
    private final Map<Long, Long> missions = new HashMap<>();
    private final Map<List<Long>, Long> lines = new HashMap<>();
    private final Map<List<Long>, Long> posts = new HashMap<>();
    private final Map<Long, Long> proposals = new HashMap<>();
    private final Map<Long, Long> amendments = new HashMap<>();
    private final Map<Long, Long> compromises = new HashMap<>();

    void delegation(long local, long stored) {
        delegations.put(local, stored);
    }

    void mission(long local, long stored) {
        missions.put(local, stored);
    }

    void line(long localMission, long localLine, long stored) {
        lines.put(List.of(localMission, localLine), stored);
    }

    void post(long localMission, long localLine, long localPost, long stored) {
        posts.put(List.of(localMission, localLine, localPost), stored);
    }

    void proposal(long local, long stored) {
        proposals.put(local, stored);
    }

    void amendment(long local, long stored) {
        amendments.put(local, stored);
    }

    void compromise(long local, long stored) {
        compromises.put(local, stored);
    }

    long amendment(long local) {
        return get(amendments, local, "amendment");
    }

    long compromise(long local) {
        return get(compromises, local, "compromise");
    }

    long delegation(long local) {
        return get(delegations, local, "delegation");
    }

    long mission(long local) {
        return get(missions, local, "mission");
    }

    long proposal(long local) {
        return get(proposals, local, "proposal");
    }

    /** The same target in stored ids. */
    Target target(Target local) {
        if (local.isWholeBudget()) {
            return Target.WHOLE_BUDGET;
        }
        long m = local.missionId();
        Long line = local.lineId() == null ? null : get(lines, List.of(m, local.lineId()), "line");
        Long post = local.postId() == null ? null
                : get(posts, List.of(m, local.lineId(), local.postId()), "post");
        return new Target(mission(m), line, post);
    }

    private static <K> long get(Map<K, Long> map, K local, String what) {
        Long stored = map.get(local);
        if (stored == null) {
            // NegotiationData checks its references, so this is a bug in the store, not bad input.
            throw new IllegalStateException("no stored id for " + what + " " + local);
        }
        return stored;
    }
}
