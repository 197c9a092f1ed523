package io.github.demarche.formats;

import io.github.demarche.formats.internal.ColumnHome;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.github.demarche.Actor;
import io.github.demarche.CasualtyReport;
import io.github.demarche.Event;
import io.github.demarche.Participant;
import io.github.demarche.Stance;
import io.github.demarche.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** Assertions the sample tests share: a row written back equals the row read, field by field. */
public final class RowAssertions {

    private RowAssertions() {
    }

    /** Asserts that a written row equals the original, naming the row and the first column that differs. */
    public static void assertSameFields(String file, int line, List<String> columns, List<String> expected,
            List<String> actual) {
        assertThat(actual).as("%s line %d: number of fields", file, line).hasSameSizeAs(expected);
        for (int i = 0; i < expected.size(); i++) {
            if (!expected.get(i).equals(actual.get(i))) {
                fail("%s line %d, column %d %s: expected '%s', written '%s'", file, line, i, columns.get(i),
                        expected.get(i), actual.get(i));
            }
        }
    }

    /** Every attribute key of a row's values: on the records, their actors and their victims. */
    public static Set<String> attributeKeys(RowRecords values) {
        Set<String> keys = new TreeSet<>();
        for (Actor actor : actors(values)) {
            keys.addAll(actor.attributes().keySet());
        }
        values.event().ifPresent(event -> keys.addAll(event.attributes().keySet()));
        values.statement().ifPresent(statement -> keys.addAll(statement.attributes().keySet()));
        for (CasualtyReport report : values.casualtyReports()) {
            keys.addAll(report.attributes().keySet());
        }
        return keys;
    }

    /** The actors of a row's values. */
    public static List<Actor> actors(RowRecords values) {
        List<Actor> actors = new ArrayList<>();
        values.event().ifPresent(event -> event.participants().stream().map(Participant::actor).forEach(actors::add));
        values.statement().ifPresent(statement -> {
            actors.addAll(statement.speakers());
            for (Stance stance : statement.stances()) {
                stance.target().actor().ifPresent(actors::add);
            }
        });
        return actors;
    }

    /** Asserts that every attribute key the values carry is one a column of the table declares. */
    public static void assertKeysDeclared(String file, int line, List<ColumnHome> table, RowRecords values) {
        Set<String> declared = new HashSet<>();
        table.forEach(home -> declared.add(home.attributeKey()));
        assertThat(declared).as("%s line %d: attribute keys", file, line).containsAll(attributeKeys(values));
    }

    /** Gets the one event or statement id of the values. */
    public static String recordId(RowRecords values) {
        return values.event().map(Event::id).orElseGet(() -> values.statement().map(Statement::id).orElseThrow());
    }
}
