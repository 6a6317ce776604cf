package org.parley.io;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import org.parley.model.AmendmentKind;
import org.parley.model.Delegation;
import org.parley.model.Amendment;
import org.parley.model.Mission;
import org.parley.model.Negotiation;
import org.parley.model.NegotiationData;
import org.parley.model.PositionChecks;
import org.parley.model.Proposal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * One negotiation document of a file, bound part by part and handed to a {@link NegotiationSink}
 * (decision 0019). Only the negotiation, its delegations and one part at a time (one mission with
 * its lines and posts, one proposal with its amendments, one event...) are ever bound; what
 * stays for the whole document is {@link DocumentKeys} (every key and its id, to resolve and
 * check references) and the kind and value of each amendment (for compromises).
 *
 * <p>The parts are read in reference order, whatever order the file has them in, so every key is
 * declared before anything names it. The checks are those of a whole read: each part by its own
 * rules as it is bound, every reference against the keys, and the negotiation-wide rules of
 * {@code NegotiationData} where they go beyond the keys: the delegations together, positions, our
 * lines, compromises and scenarios one by one ({@link PositionChecks}).
 */
final class StreamedDocument {

    /** The fields a negotiation document may have; any other is refused, as a whole read refuses it. */
    private static final Set<String> FIELDS = new TreeSet<>(List.of("format", "version", "negotiation",
            "delegations", "missions", "proposals", "events", "positions", "ourLines", "compromises", "scenarios",
            "talkingPoints"));

    private final DocumentCursor cursor;
    private final int index;
    private final DocumentHeader header;
    private final String sourceName;
    /** "$", or "$.negotiations[1]" in a workspace export; paths below are counted from the document. */
    private final String root;
    private final NegotiationSink sink;
    private final Readers readers;
    private final DocumentKeys keys = new DocumentKeys();
    /** Kind and value of each amendment by its document id (ids count from 1). */
    private AmendmentKind[] amendmentKinds = new AmendmentKind[64];
    private long[] amendmentValues = new long[64];

    /** The readers of each part, made once per file. */
    record Readers(ObjectReader negotiation, ObjectReader delegations, ObjectReader mission, ObjectReader proposal,
                   ObjectReader event, ObjectReader position, ObjectReader ourLine, ObjectReader compromise,
                   ObjectReader scenario, ObjectReader talkingPoints, ObjectReader anyList) {

        static Readers of(ObjectMapper mapper) {
            return new Readers(mapper.readerFor(JsonAdaptedNegotiation.class),
                    mapper.readerFor(mapper.getTypeFactory().constructCollectionType(List.class,
                            JsonAdaptedDelegation.class)),
                    mapper.readerFor(JsonAdaptedMission.class), mapper.readerFor(JsonAdaptedProposal.class),
                    mapper.readerFor(JsonAdaptedEvent.class), mapper.readerFor(JsonAdaptedPosition.class),
                    mapper.readerFor(JsonAdaptedOurLine.class), mapper.readerFor(JsonAdaptedCompromise.class),
                    mapper.readerFor(JsonAdaptedScenario.class), mapper.readerFor(JsonAdaptedTalkingPoints.class),
                    mapper.readerFor(List.class));
        }
    }

    /** Binds and converts one element of a list, at its path. */
    @FunctionalInterface
    private interface Part<J> {
        void take(J json, JsonPath at) throws InvalidJsonException;
    }

    StreamedDocument(DocumentCursor cursor, int index, DocumentHeader header, String sourceName, String root,
                     NegotiationSink sink, Readers readers) {
        this.cursor = cursor;
        this.index = index;
        this.header = header;
        this.sourceName = sourceName;
        this.root = root;
        this.sink = sink;
        this.readers = readers;
    }

    void read() throws ImportException {
        NegotiationJson.checkHeader(header, sourceName, root);
        checkFields();
        int version = header.version();
        JsonPath top = JsonPath.ROOT;
        try {
            Negotiation n = Fields.required(bind("negotiation", readers.negotiation(), JsonAdaptedNegotiation.class),
                    top.field("negotiation")).toModel(top.field("negotiation"));
            sink.negotiation(n);
            List<Delegation> ds = delegations(n, top.field("delegations"));
            sink.delegations(ds);
            each("missions", readers.mission(), (JsonAdaptedMission m, JsonPath at) ->
                    sink.mission(knownFromOnlyInVersion3(m.toModel(at, keys), at, version)));
            each("proposals", readers.proposal(), (JsonAdaptedProposal p, JsonPath at) ->
                    sink.proposal(remember(p.toModel(at, keys, version))));
            each("events", readers.event(), (JsonAdaptedEvent e, JsonPath at) ->
                    sink.event(e.toModel(at, keys, version)));
            if (version < 2) {
                for (String later : List.of("positions", "ourLines", "compromises", "scenarios")) {
                    newInVersion2(later);
                }
            } else {
                PositionChecks checks = new PositionChecks(known());
                each("positions", readers.position(), (JsonAdaptedPosition p, JsonPath at) -> {
                    var position = p.toModel(at, keys);
                    sink.position(Fields.build(at, () -> {
                        checks.position(position);
                        return position;
                    }));
                });
                each("ourLines", readers.ourLine(), (JsonAdaptedOurLine o, JsonPath at) -> {
                    var line = o.toModel(at, keys);
                    sink.ourLine(Fields.build(at, () -> {
                        checks.ourLine(line);
                        return line;
                    }));
                });
                each("compromises", readers.compromise(), (JsonAdaptedCompromise c, JsonPath at) -> {
                    var compromise = c.toModel(at, keys);
                    sink.compromise(Fields.build(at, () -> {
                        checks.compromise(compromise);
                        return compromise;
                    }));
                });
                each("scenarios", readers.scenario(), (JsonAdaptedScenario s, JsonPath at) -> {
                    var scenario = s.toModel(at, keys);
                    sink.scenario(Fields.build(at, () -> {
                        checks.scenario(scenario);
                        return scenario;
                    }));
                });
            }
            talkingPoints(version);
            Fields.build(top, () -> {
                sink.end();
                return null;
            });
        } catch (InvalidJsonException e) {
            throw new ImportException(sourceName, within(e.path()), e.rule(), e);
        }
    }

    /**
     * Our talking points (version 3, optional: absent or null is none, decision 0026), at most one
     * entry per mission.
     */
    private void talkingPoints(int version) throws ImportException, InvalidJsonException {
        JsonToken t = seek("talkingPoints");
        if (t == null || t == JsonToken.VALUE_NULL) {
            return;
        }
        if (version < 3) {
            throw new InvalidJsonException(JsonPath.ROOT.field("talkingPoints"), "is new in version 3; this document says "
                    + "\"version\": " + version);
        }
        java.util.Set<Long> seen = new java.util.HashSet<>();
        each("talkingPoints", readers.talkingPoints(), (JsonAdaptedTalkingPoints j, JsonPath at) -> {
            var points = j.toModel(at, keys);
            if (!seen.add(points.missionId())) {
                throw new InvalidJsonException(at.field("mission"), "a second entry for mission \"" + j.mission()
                        + "\"; there is one per mission, with all its versions");
            }
            sink.talkingPoints(points);
        });
    }

    /** The fields are known before anything is read, so an unknown one is refused before anything is stored. */
    private void checkFields() throws ImportException {
        for (String name : header.fields()) {
            if (!FIELDS.contains(name)) {
                throw new ImportException(sourceName, root + "." + name, "unknown field \"" + name
                        + "\" (expected one of: " + String.join(", ", FIELDS) + ")");
            }
        }
    }

    /** Version 1 has none of the deliberation lists; an explicit null is the same as leaving one out. */
    private void newInVersion2(String name) throws ImportException, InvalidJsonException {
        JsonToken t = seek(name);
        if (t != null && t != JsonToken.VALUE_NULL) {
            throw new InvalidJsonException(JsonPath.ROOT.field(name), "is new in version 2; this document says "
                    + "\"version\": 1");
        }
    }

    /** A figure's {@code knownFrom} is new in version 3 (decision 0024): refused, at its place, in an older file. */
    private static Mission knownFromOnlyInVersion3(Mission m, JsonPath at, int version) throws InvalidJsonException {
        if (version >= 3) {
            return m;
        }
        for (var e : m.baselines().asMap().entrySet()) {
            if (e.getValue().knownFrom() != null) {
                JsonAdaptedEvent.newInVersion3(e.getValue(), "knownFrom",
                        at.field("baselines").field(JsonAdaptedBaselines.field(e.getKey())));
            }
        }
        for (int i = 0; i < m.lines().size(); i++) {
            for (var e : m.lines().get(i).baselines().asMap().entrySet()) {
                if (e.getValue().knownFrom() != null) {
                    JsonAdaptedEvent.newInVersion3(e.getValue(), "knownFrom", at.field("lines").index(i)
                            .field("baselines").field(JsonAdaptedBaselines.field(e.getKey())));
                }
            }
        }
        return m;
    }

    /** Two passes over the (short) list: all codes first, so that a group may name members declared after it. */
    private List<Delegation> delegations(Negotiation n, JsonPath path) throws ImportException, InvalidJsonException {
        @SuppressWarnings("unchecked")
        List<JsonAdaptedDelegation> rows = Fields.required(
                (List<JsonAdaptedDelegation>) bind("delegations", readers.delegations(), List.class), path);
        List<Long> ids = Fields.convertAll(rows, path, (delegation, at) -> delegation.declare(at, keys));
        List<Delegation> converted = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            converted.add(rows.get(i).toModel(path.index(i), ids.get(i), keys));
        }
        // the model's own rules for delegations together (codes, groups' members)
        Fields.build(JsonPath.ROOT, () -> new NegotiationData(n, converted, List.of(), List.of(), List.of()));
        return converted;
    }

    private Proposal remember(Proposal p) {
        for (Amendment a : p.amendments()) {
            int id = Math.toIntExact(a.id());
            if (id >= amendmentKinds.length) {
                int size = Math.max(id + 1, amendmentKinds.length * 2);
                amendmentKinds = Arrays.copyOf(amendmentKinds, size);
                amendmentValues = Arrays.copyOf(amendmentValues, size);
            }
            amendmentKinds[id] = a.kind();
            amendmentValues[id] = a.value();
        }
        return p;
    }

    private PositionChecks.Known known() {
        return new PositionChecks.Known() {
            @Override
            public boolean delegation(long id) {
                return keys.hasDelegation(id);
            }

            @Override
            public boolean mission(long id) {
                return keys.hasMission(id);
            }

            @Override
            public boolean proposal(long id) {
                return keys.hasProposal(id);
            }

            @Override
            public AmendmentKind amendmentKind(long id) {
                return id >= 1 && id < amendmentKinds.length ? amendmentKinds[(int) id] : null;
            }

            @Override
            public long amendmentValue(long id) {
                return amendmentValues[(int) id];
            }
        };
    }

    /** A required top-level list, element by element: each is bound, converted and handed over before the next. */
    private <J> void each(String name, ObjectReader reader, Part<J> part) throws ImportException, InvalidJsonException {
        JsonPath path = JsonPath.ROOT.field(name);
        JsonToken t = seek(name);
        if (t == null || t == JsonToken.VALUE_NULL) {
            throw new InvalidJsonException(path, "is required");
        }
        JsonParser p = cursor.parser();
        if (t != JsonToken.START_ARRAY) {
            bind(name, readers.anyList(), List.class); // refuses it in the words a whole read uses
            throw new InvalidJsonException(path, "must be a list");
        }
        try {
            for (int i = 0; p.nextToken() != JsonToken.END_ARRAY; i++) {
                JsonPath at = path.index(i);
                @SuppressWarnings("unchecked")
                J element = (J) bindHere(reader, at);
                if (element == null) {
                    throw new InvalidJsonException(at, "must not be null");
                }
                part.take(element, at);
            }
        } catch (JacksonException e) {
            throw new ImportException(sourceName, JsonPath.of(p.getParsingContext()).toString(),
                    JsonProblems.describe(e), e);
        } catch (IOException e) {
            throw cannotRead(e);
        }
    }

    private JsonToken seek(String name) throws ImportException {
        try {
            return cursor.seek(index, header, name);
        } catch (JacksonException e) {
            throw new ImportException(sourceName, JsonPath.of(cursor.parser().getParsingContext()).toString(),
                    JsonProblems.describe(e), e);
        } catch (IOException e) {
            throw cannotRead(e);
        }
    }

    /** The value of a top-level field bound whole, or null when the field is absent or null. */
    private <T> T bind(String name, ObjectReader reader, Class<T> type) throws ImportException {
        JsonToken t = seek(name);
        if (t == null) {
            return null;
        }
        return type.cast(bindHere(reader, JsonPath.ROOT.field(name)));
    }

    /** Binds the value the parser stands on; its errors are named from the value's own path. */
    private Object bindHere(ObjectReader reader, JsonPath at) throws ImportException {
        JsonParser p = cursor.parser();
        try {
            return reader.readValue(p);
        } catch (JsonMappingException e) {
            JsonPath inside = JsonPath.of(e.getPath());
            throw new ImportException(sourceName, within(at) + inside.toString().substring(1),
                    NegotiationJson.describe(e), e);
        } catch (JacksonException e) {
            // raised by the parser itself, at a place counted from the file's root
            throw new ImportException(sourceName, JsonPath.of(p.getParsingContext()).toString(),
                    JsonProblems.describe(e), e);
        } catch (IOException e) {
            throw cannotRead(e);
        }
    }

    private ImportException cannotRead(IOException e) {
        return new ImportException(sourceName, root, "cannot be read: " + JsonProblems.describe(e), e);
    }

    /** A path counted from the document, counted instead from the file's root. */
    private String within(JsonPath path) {
        return root + path.toString().substring(1);
    }
}
