package io.github.demarche;

import io.github.demarche.samples.SampleFiles;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Readers of the original reference files in {@code /reference-data/}, written apart from the
 * loaders of the main code so that the tests compare the main tables with an independent reading.
 */
final class ReferenceData {

    /** A code of a code book with its name and score as written. */
    record Entry(String code, String name, String score) {
    }

    /** One mapping line of the crosswalk, its fields trimmed; contexts split at ';'. */
    record CrosswalkLine(String code, String type, String mode, List<String> contexts) {
    }

    /**
     * A code, its score and its name glued onto the end of another code's name, as some published
     * copies of GDELT's {@code CAMEO.eventcodes.txt} write {@code 106} on the {@code 1056} line:
     * {@code Demand de-escalation of military engagement106:[-5.0] Demand withdrawal}.
     */
    private static final Pattern GLUED = Pattern.compile("^(.*?)(\\d{2,4}):\\[(-?\\d+(?:\\.\\d+)?)\\] (.+)$");

    private ReferenceData() {
    }

    /** Reads a reference file as UTF-8 lines (malformed bytes become U+FFFD). */
    static List<String> lines(String file) {
        try (InputStream in = ReferenceData.class.getResourceAsStream("/reference-data/" + file)) {
            if (in == null) {
                throw new IllegalStateException("test resource /reference-data/" + file + " is missing");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String> lines = new ArrayList<>();
            String line;
            while ((line = reader.readLine()) != null) {
                lines.add(line);
            }
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads GDELT's two lookup files into entries by code: the names of {@code CAMEO.eventcodes.txt}
     * (an entry glued onto another line is split off, with the score written beside it) and the
     * scores of {@code CAMEO.goldsteinscale.txt}.
     */
    static Map<String, Entry> gdelt() {
        return gdelt(lines("CAMEO.eventcodes.txt"), lines("CAMEO.goldsteinscale.txt"));
    }

    static Map<String, Entry> gdelt(List<String> nameLines, List<String> scoreLines) {
        Map<String, String> names = new LinkedHashMap<>();
        Map<String, String> gluedScores = new LinkedHashMap<>();
        for (String line : nameLines.subList(1, nameLines.size())) {
            String[] fields = line.split("\t", 2);
            Matcher glued = GLUED.matcher(fields[1]);
            if (glued.matches()) {
                names.put(fields[0], glued.group(1));
                names.put(glued.group(2), glued.group(4));
                gluedScores.put(glued.group(2), glued.group(3));
            } else {
                names.put(fields[0], fields[1]);
            }
        }
        Map<String, String> scores = new LinkedHashMap<>(gluedScores);
        for (String line : scoreLines.subList(1, scoreLines.size())) {
            String[] fields = line.split("\t", 2);
            scores.put(fields[0], fields[1]);
        }
        if (!names.keySet().equals(scores.keySet())) {
            throw new IllegalStateException("GDELT's names and scores must have the same codes");
        }
        Map<String, Entry> entries = new LinkedHashMap<>();
        names.forEach((code, name) -> entries.put(code, new Entry(code, name, scores.get(code))));
        return entries;
    }

    /** Reads the ICEWS code book {@code cameo-codes.csv}: its code, name and goldstein columns. */
    static Map<String, Entry> icews() {
        List<List<String>> rows = SampleFiles.readCsv("/reference-data/cameo-codes.csv");
        List<String> header = rows.get(0);
        int code = header.indexOf("code");
        int name = header.indexOf("name");
        int score = header.indexOf("goldstein");
        Map<String, Entry> entries = new LinkedHashMap<>();
        for (List<String> fields : rows.subList(1, rows.size())) {
            entries.put(fields.get(code), new Entry(fields.get(code), fields.get(name), fields.get(score)));
        }
        return entries;
    }

    /** Reads the mapping lines of {@code CAMEO2PLOVER-2021.txt}, in order: {@code code: TYPE, mode, contexts # text}. */
    static List<CrosswalkLine> crosswalk() {
        List<CrosswalkLine> result = new ArrayList<>();
        for (String line : lines("CAMEO2PLOVER-2021.txt")) {
            int colon = line.indexOf(':');
            if (line.startsWith("#") || colon < 0 || !line.substring(0, colon).matches("\\d+")) {
                continue;
            }
            String mapping = line.substring(colon + 1);
            int hash = mapping.indexOf('#');
            String[] fields = (hash < 0 ? mapping : mapping.substring(0, hash)).split(",", -1);
            String mode = fields.length > 1 ? fields[1].strip() : "";
            List<String> contexts = new ArrayList<>();
            if (fields.length > 2) {
                for (String context : fields[2].split(";")) {
                    if (!context.isBlank()) {
                        contexts.add(context.strip());
                    }
                }
            }
            result.add(new CrosswalkLine(line.substring(0, colon), fields[0].strip(), mode, contexts));
        }
        return result;
    }

    /** The values of one field of every record of the PLOVER 0.5b1 sample, as written (one field a line). */
    static List<String> ploverSampleValues(String field) {
        Pattern pattern = Pattern.compile("^\\s*\"" + Pattern.quote(field) + "\": \"(.*)\",?$");
        List<String> values = new ArrayList<>();
        for (String line : lines("plover-gsr-0.5b1.sample.json")) {
            Matcher matcher = pattern.matcher(line);
            if (matcher.matches()) {
                values.add(matcher.group(1));
            }
        }
        return values;
    }
}
