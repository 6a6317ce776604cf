package org.parley.io;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The document's string keys and the document-local ids given to them. Ids count from 1 per
 * entity type across the whole document (not per mission), because the model's calculations
 * key lines and posts by id alone; the store remaps them when it saves.
 */
final class DocumentKeys {

    /** A key's id and where it was first declared, for duplicate messages. */
    private record Entry(long id, JsonPath declaredAt) {
    }

    private final Map<String, Entry> delegations = new HashMap<>();
    private final Map<String, Entry> missions = new HashMap<>();
    private final Map<String, Entry> lines = new HashMap<>();   // "MISSION/line"
    private final Map<String, Entry> posts = new HashMap<>();   // "MISSION/line/post"
    private final Map<String, Entry> proposals = new HashMap<>();
    private final Map<String, Entry> events = new HashMap<>();
    private final Map<String, Entry> amendments = new HashMap<>();
    private final Map<String, Entry> compromises = new HashMap<>();
    private final Map<String, Entry> scenarios = new HashMap<>();
    private long nextAmendmentId = 1;
    // For revisions: who tabled each proposal so far, and which proposals a revision already names.
    private final Map<Long, Long> delegationOfProposal = new HashMap<>();
    private final Map<Long, String> revisedBy = new HashMap<>();

    long declareDelegation(String code, JsonPath path) throws InvalidJsonException {
        return declare(delegations, code, path, "delegation code \"" + code + "\"");
    }

    long declareMission(String code, JsonPath path) throws InvalidJsonException {
        return declare(missions, missionKey(code), path, "mission code \"" + code + "\"");
    }

    long declareLine(String mission, String line, JsonPath path) throws InvalidJsonException {
        return declare(lines, missionKey(mission) + "/" + line, path, "line key \"" + line + "\" in " + mission);
    }

    long declarePost(String mission, String line, String post, JsonPath path) throws InvalidJsonException {
        return declare(posts, missionKey(mission) + "/" + line + "/" + post, path,
                "post key \"" + post + "\" in " + mission + " / " + line);
    }

    long declareProposal(String key, JsonPath path) throws InvalidJsonException {
        return declare(proposals, key, path, "proposal key \"" + key + "\"");
    }

    /**
     * The id of the proposal that proposal {@code id} (key just declared, by {@code delegationId})
     * revises: one listed before it, by the same delegation, that no other revises.
     */
    long revised(String key, long id, long delegationId, JsonPath path) throws InvalidJsonException {
        String k = Fields.requiredText(key, path);
        Entry e = proposals.get(k);
        if (e == null || e.id() == id) {
            throw new InvalidJsonException(path, "revises \"" + k + "\", which is not a proposal listed before it"
                    + " (a revision comes after the proposal it revises)");
        }
        Long by = delegationOfProposal.get(e.id());
        if (by == null || by != delegationId) {
            throw new InvalidJsonException(path, "revises \"" + k + "\", which another delegation tabled"
                    + " (a revision is tabled by the same delegation)");
        }
        String other = revisedBy.putIfAbsent(e.id(), path.toString());
        if (other != null) {
            throw new InvalidJsonException(path, "revises \"" + k + "\", which is already revised (at " + other + ")");
        }
        return e.id();
    }

    /** Remembers who tabled a proposal, for the revisions after it. */
    void proposalTabledBy(long id, long delegationId) {
        delegationOfProposal.put(id, delegationId);
    }

    long declareEvent(String key, JsonPath path) throws InvalidJsonException {
        return declare(events, key, path, "event key \"" + key + "\"");
    }

    /** Ids count from 1 per kind, so an id is known when it is at most the number declared. */
    boolean hasDelegation(long id) {
        return id >= 1 && id <= delegations.size();
    }

    boolean hasMission(long id) {
        return id >= 1 && id <= missions.size();
    }

    boolean hasProposal(long id) {
        return id >= 1 && id <= proposals.size();
    }

    /** Mission codes compare without case, as in the model, so "monusco" cannot sneak in twice. */
    private static String missionKey(String code) {
        return code.toUpperCase(Locale.ROOT);
    }

    long nextAmendmentId() {
        return nextAmendmentId++;
    }

    void declareAmendment(String key, long id, JsonPath path) throws InvalidJsonException {
        Entry first = amendments.get(key);
        if (first != null) {
            throw new InvalidJsonException(path, "duplicate amendment key \"" + key + "\" (first at "
                    + first.declaredAt() + ")");
        }
        amendments.put(key, new Entry(id, path));
    }

    long declareCompromise(String key, JsonPath path) throws InvalidJsonException {
        return declare(compromises, key, path, "compromise key \"" + key + "\"");
    }

    long declareScenario(String key, JsonPath path) throws InvalidJsonException {
        return declare(scenarios, key, path, "scenario key \"" + key + "\"");
    }

    long amendment(String key, JsonPath path) throws InvalidJsonException {
        return find(amendments, key, path, "unknown amendment \"" + key + "\"");
    }

    long compromise(String key, JsonPath path) throws InvalidJsonException {
        return find(compromises, key, path, "unknown compromise \"" + key + "\"");
    }

    long delegation(String code, JsonPath path) throws InvalidJsonException {
        return find(delegations, code, path, "unknown delegation \"" + code + "\"");
    }

    long mission(String code, JsonPath path) throws InvalidJsonException {
        return find(missions, missionKey(code), path, "unknown mission \"" + code + "\"");
    }

    long line(String mission, String line, JsonPath path) throws InvalidJsonException {
        return find(lines, missionKey(mission) + "/" + line, path,
                "mission " + mission + " has no line \"" + line + "\"");
    }

    long post(String mission, String line, String post, JsonPath path) throws InvalidJsonException {
        return find(posts, missionKey(mission) + "/" + line + "/" + post, path,
                "line " + mission + " / " + line + " has no post \"" + post + "\"");
    }

    long proposal(String key, JsonPath path) throws InvalidJsonException {
        return find(proposals, key, path, "unknown proposal \"" + key + "\"");
    }

    private static long declare(Map<String, Entry> map, String key, JsonPath path, String what)
            throws InvalidJsonException {
        Entry first = map.get(key);
        if (first != null) {
            throw new InvalidJsonException(path, "duplicate " + what + " (first at " + first.declaredAt() + ")");
        }
        long id = map.size() + 1L;
        map.put(key, new Entry(id, path));
        return id;
    }

    private static long find(Map<String, Entry> map, String key, JsonPath path, String problem)
            throws InvalidJsonException {
        Entry e = map.get(key);
        if (e == null) {
            throw new InvalidJsonException(path, problem);
        }
        return e.id();
    }
}
