package org.parley.model;

/**
 * What an amendment aims at: the whole budget (nothing), a mission, one of its lines, or a post
 * row on a line. Ids that are absent are null.
 *
 * @param missionId the mission, or null for the whole budget
 * @param lineId the line within the mission, or null
 * @param postId the post row within the line, or null
 */
public record Target(Long missionId, Long lineId, Long postId) {

    public static final Target WHOLE_BUDGET = new Target(null, null, null);

    public Target {
        if (lineId != null && missionId == null) {
            throw new Refused("a line target needs its mission");
        }
        if (postId != null && lineId == null) {
            throw new Refused("a post target needs its line");
        }
    }

    public static Target mission(long missionId) {
        return new Target(missionId, null, null);
    }

    public static Target line(long missionId, long lineId) {
        return new Target(missionId, lineId, null);
    }

    public static Target post(long missionId, long lineId, long postId) {
        return new Target(missionId, lineId, postId);
    }

    public boolean isWholeBudget() {
        return missionId == null;
    }

    public boolean touchesMission(long id) {
        return missionId != null && missionId == id;
    }
}
