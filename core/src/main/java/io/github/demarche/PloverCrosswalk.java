package io.github.demarche;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The CAMEO to PLOVER crosswalk of PLOVER draft 0.8, loaded once from
 * {@code cameo-plover-crosswalk.tsv}, a table derived from {@code CAMEO2PLOVER-2021.txt} of
 * openeventdata/PLOVER (CC BY-SA 4.0) and proven against it by {@code PloverCrosswalkTest}.
 *
 * <p>The crosswalk is keyed by the digits of a CAMEO code, numbered as in the CAMEO 1.1b3 manual.
 * It writes root {@code 08} twice, once as {@code CONCEDE} and once as {@code RETREAT} (PLOVER splits
 * CAMEO's YIELD): a code with two different mappings has none here. It writes {@code 175} twice
 * with the same mapping, which counts once. {@link CameoCode} is the public face of this table.
 */
final class PloverCrosswalk {

    /** One mapping line: a CAMEO code's PLOVER type, optional mode and contexts in the order written. */
    record Mapping(String code, PloverEventType type, Optional<PloverMode> mode, List<PloverContext> contexts) {
        Mapping {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(mode, "mode");
            contexts = List.copyOf(contexts);
        }
    }

    private static final String TABLE = "cameo-plover-crosswalk.tsv";
    private static final String HEADER = "code\ttype\tmode\tcontexts";

    /** Every mapping line, in the order of the original file. */
    private static final List<Mapping> LINES = load();
    /** The mapping of each code that has exactly one distinct mapping. */
    private static final Map<String, Mapping> BY_CODE = byCode(LINES);

    private PloverCrosswalk() {
    }

    /** Gets the mapping of the digits of a CAMEO code, empty if the crosswalk has none or two different ones. */
    static Optional<Mapping> of(String code) {
        return Optional.ofNullable(BY_CODE.get(code));
    }

    /** Gets every mapping line, in the order of the original file. */
    static List<Mapping> lines() {
        return LINES;
    }

    private static Map<String, Mapping> byCode(List<Mapping> lines) {
        Map<String, Mapping> map = new HashMap<>();
        Set<String> ambiguous = new HashSet<>();
        for (Mapping line : lines) {
            Mapping earlier = map.putIfAbsent(line.code(), line);
            if (earlier != null && !earlier.equals(line)) {
                ambiguous.add(line.code());
            }
        }
        map.keySet().removeAll(ambiguous);
        return CodeBook.lookup(map);
    }

    private static List<Mapping> load() {
        List<Mapping> lines = new ArrayList<>();
        for (String[] fields : CodeBook.rows(TABLE, HEADER, 4)) {
            lines.add(new Mapping(fields[0], PloverEventType.parse(fields[1]),
                    fields[2].isEmpty() ? Optional.empty() : Optional.of(PloverMode.parse(fields[2])),
                    PloverContext.parseList(fields[3])));
        }
        return List.copyOf(lines);
    }
}
