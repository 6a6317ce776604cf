package org.parley.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ContainerNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.io.ImportException;
import org.parley.io.UserMessages;
import org.parley.io.NegotiationJson;
import org.parley.io.NegotiationJsonWriter;
import org.parley.model.Negotiation;
import org.parley.store.Workspace;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Thousands of broken files made from real exports (a fixed seed, so a failure repeats): each is
 * imported, as new or replacing, into a workspace holding the sample. Either it is refused with
 * an {@link ImportException} that names a place and leaves every table as it was, or it was still
 * a valid document and imports whole. Anything else (another exception, a blank message, a
 * changed table after a refusal) fails the test and names the mutation.
 */
class ImportFuzzTest {

    private static final long SEED = 20_181_126L;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int NESTING = 5_000;
    private static final int HUGE_STRING = 1_200_000;

    @TempDir
    Path dir;

    private final Random random = new Random(SEED);
    private int refused;
    private int accepted;

    @Test
    void brokenFilesAreRefusedWithAMessageAndChangeNothing() throws Exception {
        byte[] v1 = NegotiationJson.class.getResourceAsStream(NegotiationJson.SAMPLE_RESOURCE).readAllBytes();
        byte[] v2 = NegotiationJsonWriter.write(RichSample.data());
        List<Mutant> mutants = new ArrayList<>();
        truncations(v1, 251, mutants);
        truncations(v2, 307, mutants);
        badBytes(v2, 120, mutants);
        treeMutations(v2, 1000, mutants);
        treeMutations(v1, 250, mutants);
        textMutations(new String(v2, StandardCharsets.UTF_8), mutants);
        try (Workspace w = Workspace.open(dir.resolve("fuzz.parley"))) {
            long target = w.insertNegotiation(RichSample.data());
            Map<String, List<String>> before = DatabaseDump.of(w.file());
            Path file = dir.resolve("mutant.json");
            for (int i = 0; i < mutants.size(); i++) {
                Mutant m = mutants.get(i);
                Files.write(file, m.bytes());
                boolean replace = i % 10 == 0;
                try {
                    if (isValid(file)) {
                        // Still a valid document (an optional field left out, say). Importing is
                        // slow next to refusing, so one in six is imported for real, alternately
                        // as new and as a replacement.
                        if (accepted++ % 6 == 0) {
                            importValid(w, file, accepted % 12 == 1, target, before, m);
                            target = w.negotiations().list().get(0).id();
                            before = DatabaseDump.of(w.file());
                        }
                        continue;
                    }
                    if (replace) {
                        Exchange.importReplacing(w, target, file);
                    } else {
                        Exchange.importAsNew(w, file);
                    }
                    fail("imported although it does not read: " + m.what());
                } catch (ImportException e) {
                    refused++;
                    assertFalse(e.problem().isBlank(), "no message for " + m.what());
                    UserMessages.assertPlainWithPlace(e, m.what());
                    if (i % 5 == 0) { // a dump per refusal would make the suite slow: every replace and 1 in 5
                        assertEquals(before, DatabaseDump.of(w.file()), "a refused import wrote: " + m.what());
                    }
                } catch (Exception | StackOverflowError e) {
                    fail(m.what() + " ended in " + e, e);
                }
            }
            assertEquals(before, DatabaseDump.of(w.file()));
            List<Negotiation> left = w.negotiations().list();
            assertEquals(1, left.size(), "exactly the replaced negotiation is left");
        }
        assertTrue(mutants.size() >= 2000, "thousands of mutants, not " + mutants.size());
        assertTrue(refused > mutants.size() / 2, "most mutants are refused: " + refused + " of " + mutants.size());
        assertTrue(accepted > 0, "some mutations leave a valid document (optional fields); they import whole");
    }

    /**
     * Every text of a real export in turn carries a character that would steer a terminal (ESC,
     * NUL, C1 U+0085 and U+009B, a lone half of a pair written as the JSON escape \\ud800, U+202E),
     * and every one-line text a line break; every amount in turn is above the ceiling, the
     * largest long, or negative. Each is refused at exactly its path, and the workspace is as it was.
     */
    @Test
    void controlCharactersAndHugeAmounts_areRefusedAtTheirPlace_andChangeNothing() throws Exception {
        String doc = new String(NegotiationJsonWriter.write(RichSample.data()), StandardCharsets.UTF_8);
        JsonNode original = JSON.readTree(doc);
        List<Slot> slots = new ArrayList<>();
        collect(original, "$", slots);
        List<String> escapes = List.of("\\u001b[2J", "\\u0000", "\\u0085", "\\u009b", "\\ud800", "\\u202e");
        List<String> amounts = List.of("10000000000001", "9223372036854775807", "-1");
        List<Mutant> mutants = new ArrayList<>();
        int n = 0;
        for (Slot s : slots) {
            if (s.value().isTextual()) {
                String escape = escapes.get(n++ % escapes.size());
                mutants.add(textMutant(original, s, escape));
                if (!isMultiLine(s.path())) {
                    mutants.add(textMutant(original, s, "\\n"));
                }
            } else if (s.value().isIntegralNumber() && AMOUNT.matcher(s.path()).find()) {
                for (String amount : amounts) {
                    JsonNode copy = original.deepCopy();
                    slotAt(copy, s.path()).set(JSON.getNodeFactory().numberNode(new java.math.BigInteger(amount)));
                    mutants.add(new Mutant(s.path() + "=" + amount, JSON.writeValueAsBytes(copy)));
                }
            }
        }
        assertTrue(mutants.size() > 300, "a mutant for every text and amount, not " + mutants.size());
        try (Workspace w = Workspace.open(dir.resolve("hygiene.parley"))) {
            long target = w.insertNegotiation(RichSample.data());
            Map<String, List<String>> before = DatabaseDump.of(w.file());
            Path file = dir.resolve("mutant.json");
            for (int i = 0; i < mutants.size(); i++) {
                Mutant m = mutants.get(i);
                Files.write(file, m.bytes());
                String place = m.what().substring(0, m.what().indexOf('='));
                try {
                    if (i % 2 == 0) {
                        Exchange.importAsNew(w, file);
                    } else {
                        Exchange.importReplacing(w, target, file);
                    }
                    fail("imported: " + m.what());
                } catch (ImportException e) {
                    assertEquals(place, e.location(), m.what() + " refused as \"" + e.getMessage() + "\"");
                    assertFalse(e.problem().isBlank(), m.what());
                    assertFalse(e.problem().contains("Exception"), e.problem());
                }
                if (i % 25 == 0) { // a refusal comes before the store is touched; a dump per mutant would make the suite slow
                    assertEquals(before, DatabaseDump.of(w.file()), "a refused import wrote: " + m.what());
                }
            }
            assertEquals(before, DatabaseDump.of(w.file()), "a refused import wrote");
        }
    }

    /** The amounts of a document: dollars, a compromise's value, counts of posts. */
    private static final java.util.regex.Pattern AMOUNT =
            java.util.regex.Pattern.compile("\\.(usd|targetUsd|value|count|posts)$");

    private static boolean isMultiLine(String path) {
        return path.matches(".*(delegations\\[\\d+]\\.notes|missions\\[\\d+]\\.notes|amendments\\[\\d+]\\.rationale"
                + "|events\\[\\d+]\\.description|positions\\[\\d+]\\.note|ourLines\\[\\d+]\\.(line|fallback))$");
    }

    /** The text at the slot with {@code escape} (as written in JSON) put in its middle. */
    private static Mutant textMutant(JsonNode original, Slot s, String escape) throws Exception {
        JsonNode copy = original.deepCopy();
        String text = s.value().textValue();
        int middle = text.length() / 2;
        slotAt(copy, s.path()).set(JSON.getNodeFactory().textNode(text.substring(0, middle) + "\u2603MARK\u2603"
                + text.substring(middle)));
        String json = JSON.writeValueAsString(copy).replace("\u2603MARK\u2603", escape);
        return new Mutant(s.path() + "=" + escape, json.getBytes(StandardCharsets.UTF_8));
    }

    private static Slot slotAt(JsonNode root, String path) {
        List<Slot> slots = new ArrayList<>();
        collect(root, "$", slots);
        return slots.stream().filter(s -> s.path().equals(path)).findFirst().orElseThrow();
    }

    private static boolean isValid(Path file) {
        try {
            Exchange.read(file);
            return true;
        } catch (ImportException e) {
            return false;
        }
    }

    private static void importValid(Workspace w, Path file, boolean replace, long target,
                                    Map<String, List<String>> before, Mutant m) throws Exception {
        if (replace) {
            Exchange.importReplacing(w, target, file);
            assertEquals(1, w.negotiations().list().size(), "a replacement adds nothing: " + m.what());
        } else {
            for (long id : Exchange.importAsNew(w, file)) {
                w.negotiations().delete(id);
            }
            assertEquals(before, DatabaseDump.of(w.file()), "undoing a valid import: " + m.what());
        }
    }

    private record Mutant(String what, byte[] bytes) {
    }

    /** What a hand or another program writes and a tree mutation cannot: each names its place in plain words. */
    private static void textMutations(String doc, List<Mutant> out) {
        String deep = "[".repeat(NESTING) + "]".repeat(NESTING);
        Map<String, String> cases = new LinkedHashMap<>();
        cases.put("nesting " + NESTING + " deep", doc.replaceFirst("\\{", "{\"deep\": " + deep + ", "));
        cases.put("a string of " + HUGE_STRING + " characters",
                doc.replaceFirst("\"title\": \"", "\"title\": \"" + "x".repeat(HUGE_STRING)));
        cases.put("NaN for a number", doc.replaceFirst("\"usd\": \\d+", "\"usd\": NaN"));
        cases.put("Infinity for a number", doc.replaceFirst("\"usd\": \\d+", "\"usd\": -Infinity"));
        cases.put("a leading zero", doc.replaceFirst("\"usd\": (\\d+)", "\"usd\": 0$1"));
        cases.put("text after the document", doc + "{}");
        cases.put("a second document", doc + doc);
        cases.put("a raw tab in a string", doc.replaceFirst("\"title\": \"", "\"title\": \"\t"));
        cases.put("a single-quoted string", doc.replaceFirst("\"title\": \"([^\"]*)\"", "\"title\": '$1'"));
        cases.put("a comment", doc.replaceFirst("\\{", "{ // exported by hand\n"));
        cases.put("a trailing comma", doc.replaceFirst("\\]", ",]"));
        cases.put("an unquoted word", doc.replaceFirst("\"usd\": \\d+", "\"usd\": lots"));
        cases.put("a huge whole number", doc.replaceFirst("\"usd\": \\d+", "\"usd\": " + "9".repeat(30)));
        cases.put("a number too long to read", doc.replaceFirst("\"usd\": \\d+", "\"usd\": " + "9".repeat(1200)));
        cases.forEach((what, text) -> out.add(new Mutant(what, text.getBytes(StandardCharsets.UTF_8))));
    }

    private static void truncations(byte[] doc, int every, List<Mutant> out) {
        for (int n = 0; n < doc.length; n += every) {
            out.add(new Mutant("truncated at byte " + n, java.util.Arrays.copyOf(doc, n)));
        }
    }

    /** Invalid UTF-8: a lone continuation byte, an overlong form, a truncated sequence, 0xFF. */
    private void badBytes(byte[] doc, int count, List<Mutant> out) {
        byte[][] bad = {{(byte) 0x80}, {(byte) 0xC0, (byte) 0xAF}, {(byte) 0xE2, (byte) 0x82}, {(byte) 0xFF},
                {(byte) 0xED, (byte) 0xA0, (byte) 0x80}};
        for (int i = 0; i < count; i++) {
            int at = random.nextInt(doc.length);
            byte[] b = bad[i % bad.length];
            byte[] m = new byte[doc.length + b.length];
            System.arraycopy(doc, 0, m, 0, at);
            System.arraycopy(b, 0, m, at, b.length);
            System.arraycopy(doc, at, m, at + b.length, doc.length - at);
            out.add(new Mutant("invalid UTF-8 at byte " + at, m));
        }
    }

    private void treeMutations(byte[] doc, int count, List<Mutant> out) throws Exception {
        JsonNode original = JSON.readTree(doc);
        List<String> kinds = List.of("wrong type", "huge number", "null", "deleted field", "duplicated element",
                "negative number", "unknown field", "newer version");
        for (int i = 0; i < count; i++) {
            String kind = kinds.get(i % kinds.size());
            JsonNode copy = original.deepCopy();
            List<Slot> slots = new ArrayList<>();
            collect(copy, "$", slots);
            Slot s = slots.get(random.nextInt(slots.size()));
            String what = kind + " at " + s.path();
            switch (kind) {
                case "wrong type" -> s.set(wrongType(s.value()));
                case "huge number" -> s.set(JSON.getNodeFactory().numberNode(
                        new java.math.BigInteger("123456789012345678901234567890")));
                case "null" -> s.set(JSON.getNodeFactory().nullNode());
                case "deleted field" -> s.remove();
                case "duplicated element" -> duplicate(copy, random);
                case "negative number" -> s.set(JSON.getNodeFactory().numberNode(-1 - random.nextInt(1000)));
                case "unknown field" -> unknownField(s);
                default -> ((ObjectNode) copy).put("version", 3 + random.nextInt(5));
            }
            out.add(new Mutant(what, JSON.writeValueAsBytes(copy)));
        }
    }

    /** A field no version knows, put into the object holding the slot (or the object in it). */
    private static void unknownField(Slot s) {
        if (s.value() instanceof ObjectNode o) {
            o.put("colour", "red");
        } else if (s.container() instanceof ObjectNode o) {
            o.put("colour", "red");
        } else {
            ((ArrayNode) s.container()).addObject().put("colour", "red");
        }
    }

    private static JsonNode wrongType(JsonNode value) {
        if (value.isTextual()) {
            return JSON.getNodeFactory().numberNode(42);
        }
        if (value.isNumber()) {
            return JSON.getNodeFactory().textNode(value.asText());
        }
        if (value.isBoolean()) {
            return JSON.getNodeFactory().textNode("yes");
        }
        if (value.isArray()) {
            return JSON.getNodeFactory().objectNode();
        }
        return JSON.getNodeFactory().arrayNode();
    }

    /** Copies an element of a keyed list (a delegation, mission, line, proposal...) right after itself. */
    private static void duplicate(JsonNode root, Random random) {
        List<ArrayNode> lists = new ArrayList<>();
        collectArrays(root, lists);
        ArrayNode list = lists.get(random.nextInt(lists.size()));
        if (!list.isEmpty()) {
            int i = random.nextInt(list.size());
            list.insert(i + 1, list.get(i).deepCopy());
        }
    }

    private static void collectArrays(JsonNode node, List<ArrayNode> out) {
        if (node instanceof ArrayNode a) {
            out.add(a);
        }
        node.forEach(child -> collectArrays(child, out));
    }

    /** A value in the tree and how to replace or remove it. */
    private record Slot(String path, ContainerNode<?> container, String field, int index, JsonNode value) {

        void set(JsonNode replacement) {
            if (container instanceof ObjectNode o) {
                o.set(field, replacement);
            } else {
                ((ArrayNode) container).set(index, replacement);
            }
        }

        void remove() {
            if (container instanceof ObjectNode o) {
                o.remove(field);
            } else {
                ((ArrayNode) container).remove(index);
            }
        }
    }

    private static void collect(JsonNode node, String path, List<Slot> out) {
        if (node instanceof ObjectNode o) {
            for (Iterator<Map.Entry<String, JsonNode>> it = o.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                String p = path + "." + e.getKey();
                out.add(new Slot(p, o, e.getKey(), -1, e.getValue()));
                collect(e.getValue(), p, out);
            }
        } else if (node instanceof ArrayNode a) {
            for (int i = 0; i < a.size(); i++) {
                String p = path + "[" + i + "]";
                out.add(new Slot(p, a, null, i, a.get(i)));
                collect(a.get(i), p, out);
            }
        }
    }
}
