package io.github.demarche.examples;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.demarche.Actor;
import io.github.demarche.CasualtyReport;
import io.github.demarche.Dossier;
import io.github.demarche.Document;
import io.github.demarche.Event;
import io.github.demarche.Position;
import io.github.demarche.Stance;
import io.github.demarche.Statement;
import io.github.demarche.Violation;
import io.github.demarche.analysis.ActorPairAlignment;
import io.github.demarche.analysis.AlignmentVerdict;
import io.github.demarche.analysis.CasualtyReconciliation;
import io.github.demarche.analysis.CasualtySeries;
import io.github.demarche.analysis.ReconciledReport;
import io.github.demarche.analysis.SeriesGap;
import io.github.demarche.analysis.SpeakerResolver;
import io.github.demarche.analysis.StanceAlignment;
import io.github.demarche.analysis.StanceTimeline;
import io.github.demarche.analysis.StanceShift;
import io.github.demarche.analysis.AttributedStance;
import io.github.demarche.jackson.DemarcheJson;
import io.github.demarche.jackson.DemarcheNdjson;
import io.github.demarche.jackson.NdjsonProblem;
import io.github.demarche.jackson.NdjsonReader;
import io.github.demarche.jackson.NdjsonWriter;
import io.github.demarche.jackson.InvalidValueException;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The main example: a document of diplomatic statements as a briefing a person wants to read.
 *
 * <p>With no argument it briefs the reference article (China and Russia on Myanmar, March 2021):
 * the actors and who speaks for whom; the statements in time order with speaker, stance and target;
 * the casualty figures with their wording, range and as-of date; how the actors align on each
 * question; how their stances shifted over time. It then writes the whole document as JSON and
 * prints where.
 *
 * <p>Usage: {@code Briefing [--out FILE] [DOSSIER.json | RECORDS.ndjson]}. Given a JSON document
 * of your own, it briefs that instead; an invalid document is refused with each problem's JSON path
 * and message, and the exit code is 1 (2 if the file cannot be read). Given an NDJSON file
 * ({@code .ndjson} or {@code .jsonl}) of statements, events and casualty reports, it briefs every
 * valid record and lists every bad line with its number and JSON pointer (exit code 1 if any).
 *
 * <p>Run: {@code mvn -B -q -pl examples -am compile exec:java} (add
 * {@code -Dexec.args="path/to/dossier.json"} for your own data).
 */
public final class Briefing {

    /** The exit code for invalid input. */
    static final int INVALID_INPUT = 1;
    /** The exit code for input that cannot be read, or a wrong command line. */
    static final int UNREADABLE = 2;

    private static final String REFERENCE_ARTICLE = "reference-article.json";

    private Briefing() {
    }

    /**
     * Prints the briefing of the reference article, or of the document named on the command line.
     *
     * @param args  {@code [--out FILE] [DOSSIER.json | RECORDS.ndjson]}
     */
    public static void main(String[] args) {
        int status = run(args, System.out, System.err);
        if (status != 0) {
            System.exit(status);
        }
    }

    /**
     * Runs the briefing.
     *
     * @param args  the command line
     * @param out  where the briefing goes
     * @param err  where problems go
     * @return the exit code: 0, {@link #INVALID_INPUT} or {@link #UNREADABLE}
     */
    static int run(String[] args, PrintStream out, PrintStream err) {
        Path output = null;
        Path input = null;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--out") && i + 1 < args.length) {
                output = Path.of(args[++i]);
            } else if (args[i].startsWith("-") || input != null) {
                err.println("Usage: Briefing [--out FILE] [DOSSIER.json | RECORDS.ndjson]");
                return UNREADABLE;
            } else {
                input = Path.of(args[i]);
            }
        }
        if (input != null && isNdjson(input)) {
            return runNdjson(input, output != null ? output : besideTemp(input.getFileName().toString()), out, err);
        }
        if (output == null) {
            output = besideTemp(input == null ? REFERENCE_ARTICLE : input.getFileName().toString());
        }
        JsonMapper mapper = DemarcheJson.newObjectMapper();
        Dossier dossier;
        try {
            dossier = input == null ? referenceArticle(mapper) : read(mapper, input);
        } catch (JsonMappingException e) {
            err.println("Invalid input: " + input);
            for (String problem : problems(e)) {
                err.println("  " + problem);
            }
            return INVALID_INPUT;
        } catch (JsonProcessingException e) {
            err.println("Invalid input: " + input + ": not well-formed JSON at line "
                    + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ": "
                    + e.getOriginalMessage());
            return INVALID_INPUT;
        } catch (IOException e) {
            return cannotRead(input, e, err);
        }
        print(dossier, out);
        try {
            Files.createDirectories(output.toAbsolutePath().getParent());
            mapper.writer(DemarcheJson.prettyPrinter()).writeValue(output.toFile(), dossier);
        } catch (IOException e) {
            err.println("Cannot write " + output + ": " + e.getMessage());
            return UNREADABLE;
        }
        out.println();
        out.println("The whole document, as JSON: " + output.toAbsolutePath());
        return 0;
    }

    private static int cannotRead(Path input, IOException e, PrintStream err) {
        err.println("Cannot read " + input + ": " + (e instanceof NoSuchFileException ? "no such file" : e.getMessage()));
        return UNREADABLE;
    }

    private static boolean isNdjson(Path input) {
        String name = input.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".ndjson") || name.endsWith(".jsonl");
    }

    /** Where output goes unless {@code --out} says: the folder {@code demarche} of the temporary folder. */
    private static Path besideTemp(String fileName) {
        return Path.of(System.getProperty("java.io.tmpdir"), "demarche", fileName);
    }

    /**
     * Briefs an NDJSON file of statements, events and casualty reports: every valid record is
     * reported, every bad line listed with its number and JSON pointer, and the exit code is 1 if
     * any line was bad. The valid records are written back as NDJSON.
     */
    private static int runNdjson(Path input, Path output, PrintStream out, PrintStream err) {
        DemarcheNdjson ndjson = DemarcheNdjson.create().withErrorMode(DemarcheNdjson.ErrorMode.COLLECT);
        List<Statement> statements = new ArrayList<>();
        List<Event> events = new ArrayList<>();
        List<CasualtyReport> reports = new ArrayList<>();
        List<Document> documents = new ArrayList<>();
        List<NdjsonProblem> problems;
        try (NdjsonReader<Object> reader = ndjson.reader(input, Object.class)) {
            for (Object record = reader.read(); record != null; record = reader.read()) {
                if (record instanceof Statement) {
                    statements.add((Statement) record);
                } else if (record instanceof Event) {
                    events.add((Event) record);
                } else if (record instanceof CasualtyReport) {
                    reports.add((CasualtyReport) record);
                } else {
                    documents.add((Document) record);  // the briefing has no section for them: counted, kept
                }
            }
            problems = reader.problems();
        } catch (IOException e) {
            return cannotRead(input, e, err);
        }
        if (!problems.isEmpty()) {
            err.println("Invalid lines in " + input + " (the other records are briefed):");
            for (NdjsonProblem problem : problems) {
                err.println("  line " + problem.lineNumber() + ", at "
                        + (problem.jsonPointer().isEmpty() ? "/" : problem.jsonPointer()) + ": " + problem.message());
            }
        }
        List<String> facts = List.of(recordsRead(statements, events, reports)
                + (documents.isEmpty() ? "" : "; " + count(documents.size(), "document") + ", not briefed") + "; "
                + count(problems.size(), "bad line"));
        print(input.getFileName().toString(), facts, actorsOf(statements, events, reports), statements, reports, out);
        try {
            Files.createDirectories(output.toAbsolutePath().getParent());
            try (NdjsonWriter<Object> writer = ndjson.writer(output, Object.class)) {
                writer.writeAll(statements);
                writer.writeAll(events);
                writer.writeAll(reports);
                writer.writeAll(documents);
            }
        } catch (IOException e) {
            err.println("Cannot write " + output + ": " + e.getMessage());
            return UNREADABLE;
        }
        out.println();
        out.println("The valid records, as NDJSON: " + output.toAbsolutePath());
        return problems.isEmpty() ? 0 : INVALID_INPUT;
    }

    /**
     * Prints the briefing of records that came from anywhere, such as a file of one of the event
     * datasets read by the {@code demarche brief} command: its title line, the number of records of
     * each kind, then the sections of every briefing.
     *
     * @param title  what the records are, such as the name of their file
     * @param statements  the statements
     * @param events  the events
     * @param reports  the casualty reports
     * @param out  where to print
     */
    public static void printRecords(String title, List<Statement> statements, List<Event> events,
            List<CasualtyReport> reports, PrintStream out) {
        print(title, List.of(recordsRead(statements, events, reports)), actorsOf(statements, events, reports),
                statements, reports, out);
    }

    private static String recordsRead(List<Statement> statements, List<Event> events, List<CasualtyReport> reports) {
        return "Read " + count(statements.size() + events.size() + reports.size(), "valid record") + ": "
                + count(statements.size(), "statement") + ", " + count(events.size(), "event") + ", "
                + count(reports.size(), "casualty report");
    }

    /** The actors that records name, each once, in order of first mention, affiliations included. */
    private static List<Actor> actorsOf(List<Statement> statements, List<Event> events, List<CasualtyReport> reports) {
        Map<String, Actor> actors = new LinkedHashMap<>();
        java.util.function.Consumer<Actor> add = actor -> actor.affiliationChain()
                .forEach(member -> actors.putIfAbsent(member.id(), member));
        for (Statement statement : statements) {
            statement.speakers().forEach(add);
            statement.onBehalfOf().ifPresent(add);
        }
        for (Event event : events) {
            event.participants().forEach(participant -> add.accept(participant.actor()));
        }
        for (CasualtyReport report : reports) {
            report.victims().actor().ifPresent(add);
            report.perpetrator().ifPresent(add);
        }
        return List.copyOf(actors.values());
    }

    private static Dossier read(JsonMapper mapper, Path input) throws IOException {
        try (InputStream in = Files.newInputStream(input)) {
            return mapper.readValue(in, Dossier.class);
        }
    }

    /** Loads the reference article, shipped with the examples as the JSON module's golden file. */
    static Dossier referenceArticle(JsonMapper mapper) throws IOException {
        try (InputStream in = Briefing.class.getResourceAsStream(REFERENCE_ARTICLE)) {
            if (in == null) {
                throw new IllegalStateException("the examples jar lacks " + REFERENCE_ARTICLE);
            }
            return mapper.readValue(in, Dossier.class);
        }
    }

    /** Each problem of a refused document as {@code at PATH: message}, one per core violation. */
    static List<String> problems(JsonMappingException e) {
        String pointer = DemarcheJson.jsonPointer(e);
        List<String> problems = new ArrayList<>();
        if (e instanceof InvalidValueException) {
            for (Violation violation : ((InvalidValueException) e).violations()) {
                problems.add("at " + (pointer.isEmpty() ? "/" : pointer) + ": " + violation.message());
            }
        }
        if (problems.isEmpty()) {
            problems.add("at " + (pointer.isEmpty() ? "/" : pointer) + ": " + e.getOriginalMessage());
        }
        return problems;
    }

    /**
     * Prints the briefing of a document.
     *
     * @param dossier  the document
     * @param out  where to print
     */
    public static void print(Dossier dossier, PrintStream out) {
        List<String> facts = List.of(
                "Source " + dossier.source().url().map(Object::toString).orElse(dossier.source().toString())
                        + dossier.source().language().map(l -> " (" + l + ")").orElse(""),
                "Valid: " + count(dossier.actors().size(), "actor") + ", " + count(dossier.events().size(), "event")
                        + ", " + count(dossier.statements().size(), "statement") + ", "
                        + count(dossier.casualtyReports().size(), "casualty report"));
        print(dossier.source().publication().orElse("Unnamed source")
                + dossier.source().publicationDate().map(date -> ", " + date).orElse(""), facts, dossier.actors(),
                dossier.statements(), dossier.casualtyReports(), out);
    }

    /** The publications that report a figure, or what else names its sources. */
    private static String reportedBy(CasualtyReport report) {
        return report.sources().stream()
                .map(source -> source.publication().orElse(source.toString()))
                .distinct()
                .collect(java.util.stream.Collectors.joining(", "));
    }

    private static void print(String title, List<String> facts, List<Actor> actors, List<Statement> statements,
            List<CasualtyReport> reports, PrintStream out) {
        out.println("DEMARCHE BRIEFING: " + title);
        facts.forEach(out::println);
        actors(actors, out);
        statements(statements, out);
        casualties(reports, statements, out);
        alignment(statements, out);
        shifts(statements, out);
    }

    private static void actors(List<Actor> actors, PrintStream out) {
        section(out, "ACTORS AND WHO SPEAKS FOR WHOM");
        TextTable table = new TextTable("ID", "NAME", "KIND", "SPEAKS FOR");
        for (Actor actor : actors) {
            List<Actor> chain = actor.affiliationChain();
            String speaksFor = chain.size() == 1 ? "-"
                    : chain.subList(1, chain.size()).stream().map(Actor::label).collect(Collectors.joining(" > "));
            table.row(actor.id(), actor.label() + actor.title().map(title -> ", " + title).orElse(""),
                    words(actor.kind()), speaksFor);
        }
        table.print(out, "  ");
    }

    private static void statements(List<Statement> statements, PrintStream out) {
        section(out, "STATEMENTS IN TIME ORDER");
        out.println("  (dates are as precise as the source: overlapping dates are not ordered among themselves)");
        List<Statement> sorted = new ArrayList<>(statements);
        sorted.sort(Statement.CHRONOLOGICAL);
        TextTable table = new TextTable("DATE", "SPEAKER", "STANCE", "POSITION", "SCORE", "TARGET");
        for (Statement statement : sorted) {
            String speakers = statement.speakers().stream().map(Actor::label).collect(Collectors.joining(" + "))
                    + statement.reportedBy().map(reporter -> " (reported by " + reporter.label() + ")").orElse("");
            boolean first = true;
            for (Stance stance : statement.stances()) {
                table.row(first ? statement.date() : "", first ? speakers : "",
                        words(stance.type()) + (stance.isContemplated() ? " (weighed)" : ""),
                        words(stance.position()), score(stance.cooperationScore()), target(stance));
                first = false;
            }
        }
        table.print(out, "  ");
    }

    /**
     * Prints the casualty figures of each scope, series by series: who each figure comes from, how
     * sure its source is, its status within its series; then the source's hedges, the disputes of
     * each figure and the large gaps between series.
     */
    private static void casualties(List<CasualtyReport> reports, List<Statement> statements, PrintStream out) {
        section(out, "CASUALTY FIGURES (a series per originator; figures of different originators are not compared)");
        if (reports.isEmpty()) {
            out.println("  none reported");
            return;
        }
        TextTable table = new TextTable("WHAT", "WHO", "AS WRITTEN", "RANGE", "AS OF", "SINCE", "WHERE", "FROM",
                "CERTAINTY", "STATUS");
        List<String> notes = new ArrayList<>();
        for (CasualtyReconciliation reconciliation : CasualtyReconciliation.byScope(reports, statements)) {
            for (CasualtySeries series : reconciliation.series()) {
                for (ReconciledReport reconciled : series.reports()) {
                    CasualtyReport report = reconciled.report();
                    table.row(words(report.type()), report.victims(), report.count().wording()
                            .map(w -> "\"" + w + "\"").orElse(report.count().toString()),
                            report.count().low() + "–" + report.count().high().stream().mapToObj(Long::toString)
                                    .findFirst().orElse("∞"),
                            report.asOf(), report.periodStart().map(Object::toString).orElse("-"),
                            report.location().map(Object::toString).orElse("-"),
                            report.originator().map(Actor::label).orElse("-")
                                    + report.reportedBy().map(relay -> " (via " + relay.label() + ")").orElse(""),
                            report.certainty().map(Briefing::words).orElse("-"),
                            words(reconciled.status()));
                    report.perpetrator().ifPresent(by -> notes.add(report.id() + ": by " + by.label()
                            + ", reported by " + reportedBy(report)));
                    report.hedges().forEach(hedge -> notes.add(report.id() + ": hedged, " + words(hedge.kind())
                            + hedge.wording().map(wording -> " (\"" + wording + "\")").orElse("")));
                    for (AttributedStance dispute : reconciled.disputes()) {
                        notes.add(report.id() + ": disputed by " + dispute.actor().label() + " ("
                                + words(dispute.stance().type()) + ", " + dispute.date() + ")");
                    }
                }
            }
            reconciliation.inconsistencies().forEach(inconsistency -> notes.add("inconsistent: " + inconsistency));
            for (SeriesGap gap : reconciliation.gaps()) {
                notes.add("gap between series: " + gap.higher().id() + " is " + String.format(Locale.ROOT, "%.1f",
                        gap.ratio()) + " times " + gap.lower().id() + (gap.isDisjoint() ? ", ranges disjoint" : ""));
            }
        }
        table.print(out, "  ");
        notes.forEach(note -> out.println("  " + note));
    }

    private static void alignment(List<Statement> statements, PrintStream out) {
        section(out, "ALIGNMENT ON EACH QUESTION (officials count for their state or organization)");
        TextTable table = new TextTable("QUESTION", "ACTORS", "VERDICT");
        for (StanceAlignment alignment : StanceAlignment.byTarget(statements, SpeakerResolver.topmost()).values()) {
            for (ActorPairAlignment pair : alignment.pairs()) {
                if (pair.verdict() != AlignmentVerdict.NO_COMMON_DATA) {
                    table.row(label(alignment), pair.first().label() + " / " + pair.second().label(),
                            words(pair.verdict()));
                }
            }
        }
        if (table.isEmpty()) {
            out.println("  no two actors took a stance on the same question");
        } else {
            table.print(out, "  ");
        }
    }

    private static void shifts(List<Statement> statements, PrintStream out) {
        section(out, "SHIFTS OVER TIME (one actor on one question, between stances one certainly after the other)");
        TextTable table = new TextTable("ACTOR", "QUESTION", "FROM", "TO", "SHIFT");
        for (StanceAlignment alignment : StanceAlignment.byTarget(statements, SpeakerResolver.topmost()).values()) {
            for (Actor actor : alignment.actors()) {
                StanceTimeline timeline = StanceTimeline.of(statements, actor, alignment.target(),
                        SpeakerResolver.topmost());
                int shown = 0;
                for (StanceShift change : timeline.shifts()) {
                    if (!change.isOrdered() || shown == MAX_SHIFTS_PER_ACTOR) {
                        continue;
                    }
                    table.row(shown == 0 ? actor.label() : "", shown == 0 ? label(alignment) : "", point(change.from()),
                            point(change.to()), positionChange(change) + ", " + shift(change.change().orElse(0)));
                    shown++;
                }
            }
        }
        if (table.isEmpty()) {
            out.println("  no actor took two stances on one question one certainly after the other");
        } else {
            table.print(out, "  ");
        }
    }

    private static final int MAX_SHIFTS_PER_ACTOR = 12;

    private static String point(AttributedStance stance) {
        return words(stance.stance().type()) + " " + words(stance.stance().position()) + " ("
                + stance.date() + ")";
    }

    private static String positionChange(StanceShift change) {
        Position from = change.from().stance().position();
        Position to = change.to().stance().position();
        return from == to ? "same position" : words(from) + " to " + words(to);
    }

    private static String shift(double change) {
        double rounded = Math.round(change * 10.0) / 10.0;
        if (rounded == 0) {
            return "unchanged";
        }
        return (rounded > 0 ? "toward cooperation " : "toward conflict ") + score(rounded);
    }

    /** One statement of one actor: its stance types and their mean cooperation score. */
    private static String label(StanceAlignment alignment) {
        return target(alignment.target());
    }

    private static String target(Stance stance) {
        return target(stance.target());
    }

    private static String target(io.github.demarche.StanceTarget target) {
        switch (target.kind()) {
            case ACTOR:
                return target.actor().orElseThrow().label();
            case EVENT:
                return "event " + target.eventId().orElseThrow();
            case CASUALTY_REPORT:
                return "figure " + target.casualtyReportId().orElseThrow();
            default:  // a topic has a label; a statement, document or passage at least its identity
                return target.label().orElse(target.identityKey());
        }
    }

    private static void section(PrintStream out, String title) {
        out.println();
        out.println(title);
    }

    private static String count(int count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }

    private static String score(double score) {
        return String.format(Locale.ROOT, "%+.1f", score);
    }

    /** An enumeration constant as words: {@code THREATEN_SANCTIONS} reads "threaten sanctions". */
    static String words(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
