package io.github.demarche.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.demarche.CasualtyReport;
import io.github.demarche.Dossier;
import io.github.demarche.Event;
import io.github.demarche.Statement;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * NDJSON streams of random records, broken in one to three random places (a bit flipped, the
 * stream cut short, a line duplicated, removed, moved, split or joined to the next, a byte order
 * mark, a NUL, a line break or malformed UTF-8 inserted, a header of another version, two values
 * swapped, a value nested thousands deep, a huge number), read in fail-fast and in collect mode
 * (with and without a cap on problems kept and a stop after n bad lines) by readers of every type,
 * from bytes and from text. For every stream:
 * <ul>
 * <li>nothing but an {@link NdjsonException} comes out of the reader (no runtime exception, no
 *     stack overflow, no other {@code IOException}), and no line is rejected by a safety net that
 *     caught a runtime exception;</li>
 * <li>every record read is valid (its builder rebuilds it), of the reader's type, and survives
 *     write then read, as JSON and as NDJSON;</li>
 * <li>both modes agree: collect mode returns the records that a fail-fast reader returns between
 *     its exceptions, and records one problem for each of those exceptions; with limits, it gives
 *     the same up to the last bad line allowed;</li>
 * <li>nothing is dropped silently: the lines of records, the lines of problems and the blank and
 *     header lines are every line of the stream, each once, and the counts add up.</li>
 * </ul>
 * The seeds are fixed; {@code -Ddemarche.seed=<seed>} runs another, {@code -Ddemarche.streams=<n>}
 * another number of streams than 300 a seed. A failure prints the seed, the stream's number, the
 * mutations, the reader and the stream, bytes outside printable ASCII as {@code \xNN}.
 */
class MutatedNdjsonTest {

    private static final int STREAMS = Integer.getInteger("demarche.streams", 300);
    private static final DemarcheNdjson FAIL_FAST = DemarcheNdjson.create();
    private static final DemarcheNdjson COLLECT = FAIL_FAST.withErrorMode(DemarcheNdjson.ErrorMode.COLLECT);
    private static final Class<?>[] TYPES = {Object.class, Object.class, Statement.class, Event.class,
        CasualtyReport.class};
    /** A value after a name or in an array: a string, a number, true, false or null. */
    private static final Pattern VALUE = Pattern.compile("(?<=[:\\[,])(\"(?:[^\"\\\\]++|\\\\.)*+\"|-?[0-9][0-9.eE+-]*+"
            + "|true|false|null)");
    private static final byte[][] MALFORMED = {{(byte) 0xFF}, {(byte) 0xC0, (byte) 0x80}, {(byte) 0x80},
        {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80},
        {(byte) 0xE2, (byte) 0x82}, {(byte) 0xF0, (byte) 0x9F}, {(byte) 0xC3}};
    private static final String[] NUMBERS = {"9223372036854775807", "9223372036854775808", "-9223372036854775809",
        "1e999999", "-1E-400", "123456789012345678901234567890.5", "0.0000000000000000000001", "-0",
        "9".repeat(100), "9".repeat(101), "1".repeat(5000), "1" + "0".repeat(99) + ".5"};
    private static final String[] HEADERS = {"{\"demarcheFormat\":2}", "{\"demarcheFormat\":1}",
        "{\"demarcheFormat\":3}", "{\"demarcheFormat\":-2}", "{\"demarcheFormat\":\"2\"}",
        "{\"demarcheFormat\":2.0}", "{\"demarcheFormat\":99999999999999999999}", "{\"demarcheFormat\":2,\"demarcheFormat\":2}",
        "{\"demarcheFormat\":null}", "{\"demarcheformat\":2}"};
    private static final int[] DEPTHS = {2, 63, 64, 65, 1000, 100_000};
    /** A plain mapper, to tell independently whether a line is a header. */
    private static final ObjectMapper PLAIN = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    static LongStream seeds() {
        String fixed = System.getProperty("demarche.seed");
        return fixed != null ? LongStream.of(Long.parseLong(fixed)) : LongStream.of(11L, 20210201L, 0x5EED_F00DL);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void broken_streams_give_valid_records_or_reported_lines_and_nothing_else(long seed) throws IOException {
        Random random = new Random(seed);
        RandomGraphs graphs = new RandomGraphs(seed);
        int broken = 0;
        for (int i = 0; i < STREAMS; i++) {
            List<String> mutations = new ArrayList<>();
            byte[] bytes = stream(graphs, random);
            for (int m = 1 + random.nextInt(3); m > 0; m--) {
                bytes = mutate(bytes, random, mutations);
            }
            Class<?> type = TYPES[random.nextInt(TYPES.length)];
            boolean text = random.nextInt(4) == 0;
            int maxProblems = random.nextInt(3);
            long maxBadLines = random.nextBoolean() ? Long.MAX_VALUE : 1 + random.nextInt(3);
            try {
                broken += check(bytes, type, text, maxProblems, maxBadLines) ? 1 : 0;
            } catch (Throwable e) {
                throw new AssertionError("seed " + seed + " (run with -Ddemarche.seed=" + seed + "), stream " + i
                        + ", " + mutations + ", read as " + (text ? "text" : "bytes") + " by a reader of "
                        + type.getSimpleName() + ", at most " + maxProblems + " problems kept, stopping at bad line "
                        + maxBadLines + ": " + e + "\nthe stream: " + show(bytes), e);
            }
        }
        assertThat(broken).as("streams with a bad line, of %s", STREAMS).isBetween(STREAMS / 2, STREAMS - STREAMS / 50);
    }

    /** The records of a random dossier, shuffled, written by a writer, with or without the header. */
    private static byte[] stream(RandomGraphs graphs, Random random) throws IOException {
        Dossier dossier = graphs.dossier();
        List<Object> records = new ArrayList<>();
        records.addAll(dossier.statements());
        records.addAll(dossier.events());
        records.addAll(dossier.casualtyReports());
        Collections.shuffle(records, random);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (NdjsonWriter<Object> writer = FAIL_FAST.withHeader(random.nextInt(4) != 0).writer(out, Object.class)) {
            writer.writeAll(records.subList(0, Math.min(records.size(), 4)));
        }
        return out.toByteArray();
    }

    /** Reads the stream in both modes and checks what they give; true if it has a bad line. */
    private static boolean check(byte[] bytes, Class<?> type, boolean text, int maxProblems, long maxBadLines)
            throws IOException {
        Outcome failFast = read(FAIL_FAST, bytes, type, text);
        Outcome collect = read(COLLECT, bytes, type, text);
        checkCapped(read(COLLECT.withMaxProblems(maxProblems).withMaxBadLines(maxBadLines), bytes, type, text),
                collect, maxProblems, maxBadLines);

        assertThat(collect.records).as("the records of collect mode").isEqualTo(failFast.records);
        assertThat(collect.recordLines).as("the lines of the records").isEqualTo(failFast.recordLines);
        assertThat(collect.problems).as("the problems of collect mode, the exceptions of fail-fast mode")
                .isEqualTo(failFast.exceptions.stream().map(NdjsonProblem::of).collect(Collectors.toList()));
        assertThat(collect.fatalLine).as("the line that ends reading").isEqualTo(failFast.fatalLine);
        assertThat(collect.problemCount).isEqualTo(collect.problems.size());
        assertThat(collect.recordCount).isEqualTo(collect.records.size());
        assertThat(failFast.recordCount).isEqualTo(failFast.records.size());

        List<byte[]> lines = lines(bytes);
        List<Long> seen = new ArrayList<>(collect.recordLines);
        collect.problems.forEach(problem -> seen.add(problem.lineNumber()));
        if (collect.fatalLine > 0) {
            seen.add(collect.fatalLine);
        }
        Collections.sort(seen);
        assertThat(seen).as("each line is a record or a problem once").doesNotHaveDuplicates();
        long end = collect.fatalLine > 0 ? collect.fatalLine : lines.size();
        assertThat(seen).allSatisfy(line -> assertThat(line).isBetween(1L, end));
        for (long line = 1; line <= end; line++) {
            if (!seen.contains(line)) {
                byte[] content = lines.get((int) line - 1);
                assertThat(isBlank(content) || isHeader(content))
                        .as("line %s is neither a record nor a problem, so it must be blank or a header: %s", line,
                                show(content))
                        .isTrue();
            }
        }
        for (NdjsonProblem problem : collect.problems) {
            assertThat(problem.message()).isNotBlank().doesNotContain("could not be read: java.");
            assertThat(problem.jsonPointer()).matches("(/.*)?");
        }
        for (Object record : collect.records) {
            assertThat(type).as("the reader's type").matches(t -> t == Object.class || t.isInstance(record));
            assertThat(rebuilt(record)).as("rebuilt through its builder").isEqualTo(record);
            assertThat(JsonSupport.roundTrip(record)).as("written then read").isEqualTo(record);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (NdjsonWriter<Object> writer = FAIL_FAST.writer(out, Object.class)) {
            writer.writeAll(collect.records);
        }
        assertThat(read(FAIL_FAST, out.toByteArray(), Object.class, false).records)
                .as("the records written as NDJSON then read").isEqualTo(collect.records);
        return !collect.problems.isEmpty() || collect.fatal != null;
    }

    /**
     * Checks that a collecting reader that keeps at most {@code maxProblems} problems and stops at
     * the {@code maxBadLines}-th bad line gives what one without limits gives, up to that line.
     */
    private static void checkCapped(Outcome capped, Outcome collect, int maxProblems, long maxBadLines) {
        int bad = (int) Math.min(collect.problems.size(), maxBadLines);
        List<NdjsonProblem> problems = collect.problems.subList(0, bad);
        if (bad == maxBadLines) {
            long stop = problems.get(bad - 1).lineNumber();
            assertThat(capped.fatalLine).as("the line of the last bad line allowed").isEqualTo(stop);
            assertThat(NdjsonProblem.of(capped.fatal)).isEqualTo(problems.get(bad - 1));
            int records = (int) collect.recordLines.stream().filter(line -> line < stop).count();
            assertThat(capped.records).isEqualTo(collect.records.subList(0, records));
        } else {
            assertThat(capped.fatalLine).as("the line that ends reading").isEqualTo(collect.fatalLine);
            assertThat(capped.records).isEqualTo(collect.records);
        }
        assertThat(capped.problemCount).as("the bad lines counted").isEqualTo(bad);
        assertThat(capped.problems).as("the problems kept")
                .isEqualTo(problems.subList(0, Math.min(bad, maxProblems)));
        assertThat(capped.recordCount).isEqualTo(capped.records.size());
    }

    /** What a reader gave: records, exceptions or problems, and counts. */
    private static final class Outcome {
        final List<Object> records = new ArrayList<>();
        final List<Long> recordLines = new ArrayList<>();
        final List<NdjsonException> exceptions = new ArrayList<>();
        List<NdjsonProblem> problems;
        NdjsonException fatal;
        long fatalLine;
        long recordCount;
        long problemCount;
    }

    /**
     * Reads every record, going on after each exception of a fail-fast reader; an exception thrown
     * twice is one that ends reading.
     */
    private static Outcome read(DemarcheNdjson ndjson, byte[] bytes, Class<?> type, boolean text) throws IOException {
        Outcome outcome = new Outcome();
        try (NdjsonReader<?> reader = text
                ? ndjson.reader(new StringReader(new String(bytes, StandardCharsets.UTF_8)), type)
                : ndjson.reader(new InputSupport.Recording(bytes), type)) {
            NdjsonException last = null;
            for (;;) {
                Object record;
                try {
                    record = reader.read();
                } catch (NdjsonException e) {
                    boolean fatal = ndjson.errorMode() == DemarcheNdjson.ErrorMode.COLLECT || e == last;
                    if (!fatal) {
                        last = e;
                        outcome.exceptions.add(e);
                        continue;
                    }
                    if (e == last) {  // a fail-fast reader throws the line that ends reading again
                        outcome.exceptions.remove(outcome.exceptions.size() - 1);
                    } else {
                        NdjsonException again = catchThrowableOfType(NdjsonException.class, reader::read);
                        assertThat(again).as("the exception that ends reading, thrown again").isSameAs(e);
                    }
                    outcome.fatal = e;
                    outcome.fatalLine = e.lineNumber();
                    break;
                } catch (IOException e) {
                    throw new AssertionError("an IOException other than NdjsonException: " + e, e);
                }
                if (record == null) {
                    break;
                }
                outcome.records.add(record);
                outcome.recordLines.add(reader.lineNumber());
            }
            outcome.problems = reader.problems();
            outcome.recordCount = reader.recordCount();
            outcome.problemCount = reader.problemCount();
        }
        return outcome;
    }

    /** Rebuilds a record through its builder, which checks every rule again. */
    private static Object rebuilt(Object record) {
        if (record instanceof Statement) {
            return Statement.builder().from((Statement) record).build();
        }
        if (record instanceof Event) {
            return Event.builder().from((Event) record).build();
        }
        return CasualtyReport.builder().from((CasualtyReport) record).build();
    }

    /** Breaks the stream in one random place, and says how. */
    private static byte[] mutate(byte[] bytes, Random random, List<String> mutations) {
        List<byte[]> lines = lines(bytes);
        int at = bytes.length == 0 ? 0 : random.nextInt(bytes.length + 1);
        switch (random.nextInt(14)) {
            case 0: {
                if (bytes.length == 0) {
                    return bytes;
                }
                int index = Math.min(at, bytes.length - 1);
                int bit = 1 << random.nextInt(8);
                mutations.add("bit " + bit + " of byte " + index + " flipped");
                byte[] copy = bytes.clone();
                copy[index] ^= (byte) bit;
                return copy;
            }
            case 1:
                mutations.add("cut at byte " + at);
                return Arrays.copyOf(bytes, at);
            case 2: {
                if (lines.isEmpty()) {
                    return bytes;
                }
                int line = random.nextInt(lines.size());
                mutations.add("line " + (line + 1) + " duplicated");
                lines.add(line, lines.get(line));
                return join(lines);
            }
            case 3: {
                if (lines.isEmpty()) {
                    return bytes;
                }
                int line = random.nextInt(lines.size());
                mutations.add("line " + (line + 1) + " removed");
                lines.remove(line);
                return join(lines);
            }
            case 4: {
                if (lines.size() < 2) {
                    return bytes;
                }
                int from = random.nextInt(lines.size());
                int to = random.nextInt(lines.size());
                mutations.add("line " + (from + 1) + " moved to " + (to + 1));
                lines.add(to, lines.remove(from));
                return join(lines);
            }
            case 5: {
                int where = random.nextBoolean() ? 0 : at;
                mutations.add("byte order mark inserted at byte " + where);
                return insert(bytes, where, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            }
            case 6:
                mutations.add("NUL inserted at byte " + at);
                return insert(bytes, at, new byte[] {0});
            case 7: {
                byte[] malformed = MALFORMED[random.nextInt(MALFORMED.length)];
                mutations.add(show(malformed) + " inserted at byte " + at);
                return insert(bytes, at, malformed);
            }
            case 8: {
                String[] breaks = {"\n", "\r", "\r\n", "\n\n", " \t\n"};
                String inserted = breaks[random.nextInt(breaks.length)];
                mutations.add(show(inserted.getBytes(StandardCharsets.UTF_8)) + " inserted at byte " + at);
                return insert(bytes, at, inserted.getBytes(StandardCharsets.UTF_8));
            }
            case 9: {
                if (lines.size() < 2) {
                    return bytes;
                }
                int line = random.nextInt(lines.size() - 1);
                mutations.add("lines " + (line + 1) + " and " + (line + 2) + " joined");
                byte[] first = lines.get(line);
                byte[] second = lines.remove(line + 1);
                byte[] joined = Arrays.copyOf(first, first.length + second.length);
                System.arraycopy(second, 0, joined, first.length, second.length);
                lines.set(line, joined);
                return join(lines);
            }
            case 10: {
                String header = HEADERS[random.nextInt(HEADERS.length)];
                int line = random.nextInt(lines.size() + 1);
                mutations.add("header " + header + " inserted before line " + (line + 1));
                lines.add(line, header.getBytes(StandardCharsets.UTF_8));
                return join(lines);
            }
            default:
                return mutateValue(bytes, lines, random, mutations);
        }
    }

    /** Swaps two values of a line, or replaces one with a deep nesting or a huge number. */
    private static byte[] mutateValue(byte[] bytes, List<byte[]> lines, Random random, List<String> mutations) {
        if (lines.isEmpty()) {
            return bytes;
        }
        int line = random.nextInt(lines.size());
        String content = new String(lines.get(line), StandardCharsets.UTF_8);
        List<int[]> values = new ArrayList<>();
        Matcher matcher = VALUE.matcher(content);
        while (matcher.find()) {
            values.add(new int[] {matcher.start(), matcher.end()});
        }
        if (values.isEmpty()) {
            return bytes;
        }
        int[] value = values.get(random.nextInt(values.size()));
        String replaced;
        switch (random.nextInt(3)) {
            case 0: {
                int[] other = values.get(random.nextInt(values.size()));
                int[] first = value[0] <= other[0] ? value : other;
                int[] second = first == value ? other : value;
                if (first == second || first[1] > second[0]) {
                    return bytes;
                }
                mutations.add("line " + (line + 1) + ": " + content.substring(first[0], first[1]) + " swapped with "
                        + content.substring(second[0], second[1]));
                replaced = content.substring(0, first[0]) + content.substring(second[0], second[1])
                        + content.substring(first[1], second[0]) + content.substring(first[0], first[1])
                        + content.substring(second[1]);
                break;
            }
            case 1: {
                int depth = DEPTHS[random.nextInt(DEPTHS.length)];
                boolean arrays = random.nextBoolean();
                String nested = arrays ? "[".repeat(depth) + "]".repeat(depth)
                        : "{\"a\":".repeat(depth) + "1" + "}".repeat(depth);
                mutations.add("line " + (line + 1) + ": " + content.substring(value[0], value[1]) + " nested in "
                        + depth + (arrays ? " arrays" : " objects"));
                replaced = content.substring(0, value[0]) + nested + content.substring(value[1]);
                break;
            }
            default: {
                String number = NUMBERS[random.nextInt(NUMBERS.length)];
                mutations.add("line " + (line + 1) + ": " + content.substring(value[0], value[1]) + " replaced by "
                        + (number.length() > 40 ? number.length() + " digits" : number));
                replaced = content.substring(0, value[0]) + number + content.substring(value[1]);
                break;
            }
        }
        lines.set(line, replaced.getBytes(StandardCharsets.UTF_8));
        return join(lines);
    }

    /**
     * Splits a stream into lines as the format does, independently of the reader: at each
     * {@code \n} byte, a last line without {@code \n} included, after a byte order mark at the start.
     */
    private static List<byte[]> lines(byte[] bytes) {
        int start = bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF
                ? 3 : 0;
        List<byte[]> lines = new ArrayList<>();
        for (int i = start; i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                lines.add(Arrays.copyOfRange(bytes, start, i));
                start = i + 1;
            }
        }
        if (start < bytes.length) {
            lines.add(Arrays.copyOfRange(bytes, start, bytes.length));
        }
        return lines;
    }

    private static byte[] join(List<byte[]> lines) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] line : lines) {
            out.writeBytes(line);
            out.write('\n');
        }
        return out.toByteArray();
    }

    private static byte[] insert(byte[] bytes, int at, byte[] inserted) {
        byte[] copy = new byte[bytes.length + inserted.length];
        System.arraycopy(bytes, 0, copy, 0, at);
        System.arraycopy(inserted, 0, copy, at, inserted.length);
        System.arraycopy(bytes, at, copy, at + inserted.length, bytes.length - at);
        return copy;
    }

    /** Checks if a line is JSON white space only, as the format's blank lines are. */
    private static boolean isBlank(byte[] line) {
        for (byte b : line) {
            if (b != ' ' && b != '\t' && b != '\r') {
                return false;
            }
        }
        return true;
    }

    /** Checks if a line is a header of the format this version reads, read by a plain mapper from strict UTF-8. */
    private static boolean isHeader(byte[] line) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(line)).toString();
            JsonNode node = PLAIN.readTree(text);
            return node != null && node.isObject() && node.size() == 1 && node.path("demarcheFormat").isInt()
                    && node.path("demarcheFormat").intValue() == DemarcheJson.FORMAT_VERSION;
        } catch (IOException e) {  // CharacterCodingException for bytes that are not UTF-8
            return false;
        }
    }

    /** Shows bytes as text, those outside printable ASCII as {@code \xNN}, at most 20,000 characters. */
    private static String show(byte[] bytes) {
        StringBuilder shown = new StringBuilder();
        for (byte b : bytes) {
            if (shown.length() > 20_000) {
                return shown.append("... (").append(bytes.length).append(" bytes)").toString();
            }
            if (b == '\n') {
                shown.append("\\n\n");
            } else if (b >= 0x20 && b < 0x7F && b != '\\') {
                shown.append((char) b);
            } else {
                shown.append(String.format("\\x%02X", b & 0xFF));
            }
        }
        return shown.toString();
    }
}
