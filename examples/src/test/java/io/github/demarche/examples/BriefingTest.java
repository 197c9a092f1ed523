package io.github.demarche.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.demarche.ApproximateDate;
import io.github.demarche.CasualtyReport;
import io.github.demarche.Channel;
import io.github.demarche.Dossier;
import io.github.demarche.FigureCertainty;
import io.github.demarche.FigureHedge;
import io.github.demarche.QualifiedCount;
import io.github.demarche.ReferenceArticleFixture;
import io.github.demarche.Stance;
import io.github.demarche.StanceTarget;
import io.github.demarche.StanceType;
import io.github.demarche.Statement;
import io.github.demarche.StatementMode;
import io.github.demarche.jackson.DemarcheJson;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The main job: the reference article as a briefing, and what it does with a user's own files. */
class BriefingTest {

    @TempDir
    Path temp;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Briefing.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private List<String> outLines() {
        return out.toString(StandardCharsets.UTF_8).lines().toList();
    }

    private List<String> errLines() {
        return err.toString(StandardCharsets.UTF_8).lines().toList();
    }

    @Test
    void briefs_the_reference_article_and_writes_it_as_json() throws IOException {
        Path json = temp.resolve("briefing.json");
        assertThat(run("--out", json.toString())).isZero();
        List<String> lines = outLines();
        assertThat(lines).startsWith(
                "DEMARCHE BRIEFING: The Irrawaddy, 2021-03-24",
                "Source urn:demarche:article:000_5b4d5c46eeeb27f0 (en)",
                "Valid: 20 actors, 6 events, 10 statements, 1 casualty report");
        assertThat(lines).containsSubsequence("ACTORS AND WHO SPEAKS FOR WHOM", "STATEMENTS IN TIME ORDER",
                "CASUALTY FIGURES (a series per originator; figures of different originators are not compared)",
                "ALIGNMENT ON EACH QUESTION (officials count for their state or organization)",
                "SHIFTS OVER TIME (one actor on one question, between stances one certainly after the other)",
                "  no actor took two stances on one question one certainly after the other");
        assertThat(lines).anyMatch(line -> line.matches("  wang-yi\\s+Wang Yi, Foreign Minister\\s+person\\s+"
                + "Government of China > China"));
        assertThat(lines).anyMatch(line -> line.matches(
                "  2021-03-early\\s+Wang Yi\\s+intend to mediate\\s+for\\s+\\+5\\.0\\s+reconciliation by engaging.*"));
        assertThat(lines).anyMatch(line -> line.matches(
                "  killed\\s+civilians\\s+\"over 270\"\\s+271–∞\\s+2021-03-23\\s+2021-02-01\\s+MMR\\s+-\\s+-\\s+current"));
        assertThat(lines).anyMatch(line -> line.matches("  the situation in Myanmar\\s+China / Russia\\s+aligned"));
        assertThat(lines).anyMatch(line -> line.matches(
                "  United Nations action against the military re…\\s+China / Myanmar pro-democracy movement\\s+divergent"));
        // China's pledge to mediate and its support for a political solution are two questions: no shift
        assertThat(lines).noneMatch(line -> line.contains("toward conflict"));
        assertThat(lines).last().isEqualTo("The whole document, as JSON: " + json.toAbsolutePath());
        assertThat(errLines()).isEmpty();
        Dossier written = DemarcheJson.newObjectMapper().readValue(json.toFile(), Dossier.class);
        assertThat(written).isEqualTo(ReferenceArticleFixture.dossier());
    }

    @Test
    void shows_each_figure_with_its_originator_certainty_hedges_disputes_and_the_gap_between_series() {
        CasualtyReport killed = ReferenceArticleFixture.KILLED;
        CasualtyReport claim = CasualtyReport.builder().from(killed).id("killed-un-claim")
                .count(QualifiedCount.atLeast(1000).withWording("at least 1,000")).originator(ReferenceArticleFixture.UN)
                .certainty(FigureCertainty.UNVERIFIED)
                .addHedge(FigureHedge.of(FigureHedge.Kind.LIKELY_HIGHER, "the real toll is likely higher")).build();
        Statement rejects = Statement.builder().id("junta-rejects-toll").addSpeaker(ReferenceArticleFixture.JUNTA)
                .date(ApproximateDate.parse("2021-03-23")).mode(StatementMode.PARAPHRASE).channel(Channel.OTHER)
                .summary("rejected the toll").addStance(Stance.builder().type(StanceType.REJECT)
                        .target(StanceTarget.casualtyReport(killed.id())).build())
                .addSource(ReferenceArticleFixture.SOURCE).build();
        Dossier dossier = Dossier.builder().from(ReferenceArticleFixture.dossier()).addCasualtyReports(claim)
                .addStatements(rejects).build();

        Briefing.print(dossier, new PrintStream(out, true, StandardCharsets.UTF_8));

        List<String> lines = outLines();
        assertThat(lines).anyMatch(line -> line.matches(
                "  killed\\s+civilians\\s+\"over 270\"\\s+271–∞\\s+2021-03-23\\s+2021-02-01\\s+MMR\\s+-\\s+-\\s+current"));
        assertThat(lines).anyMatch(line -> line.matches("  killed\\s+civilians\\s+\"at least 1,000\"\\s+1000–∞"
                + "\\s+2021-03-23\\s+2021-02-01\\s+MMR\\s+United Nations\\s+unverified\\s+current"));
        assertThat(lines).contains(
                "  killed-un-claim: hedged, likely higher (\"the real toll is likely higher\")",
                "  killed-2021-03-23: disputed by Myanmar military regime (reject, 2021-03-23)",
                "  gap between series: killed-un-claim is 3.7 times killed-2021-03-23");
    }

    @Test
    void reports_a_shift_of_one_actor_on_one_question_with_its_change_of_position() throws IOException {
        com.fasterxml.jackson.databind.json.JsonMapper mapper = DemarcheJson.newObjectMapper();
        io.github.demarche.Statement later = io.github.demarche.Statement.builder()
                .from(ReferenceArticleFixture.DEEP_CONCERN).id("s99-later-support")
                .speakers(List.of(ReferenceArticleFixture.CHINA)).mode(io.github.demarche.StatementMode.REPORTED)
                .date(io.github.demarche.ApproximateDate.parse("2021-04-02"))
                .stances(List.of(io.github.demarche.Stance.builder().type(io.github.demarche.StanceType.SUPPORT)
                        .target(ReferenceArticleFixture.SITUATION).build()))
                .build();
        Path input = temp.resolve("shift.ndjson");
        Files.write(input, List.of("{\"demarcheFormat\":2}",
                "{\"statement\":" + mapper.writeValueAsString(ReferenceArticleFixture.DEEP_CONCERN) + "}",
                "{\"statement\":" + mapper.writeValueAsString(later) + "}"));

        assertThat(run("--out", temp.resolve("out.ndjson").toString(), input.toString())).isZero();
        assertThat(outLines()).anyMatch(line -> line.matches("  China\\s+the situation in Myanmar\\s+"
                + "concern against \\(2021-03\\)\\s+support for \\(2021-04-02\\)\\s+"
                + "against to for, toward cooperation \\+4\\.0"));
    }

    @Test
    void prints_the_first_lines_the_top_readme_shows() throws IOException {
        assertThat(run("--out", temp.resolve("briefing.json").toString())).isZero();
        List<String> readme = Files.readAllLines(Path.of("..", "README.md"), StandardCharsets.UTF_8);
        int start = readme.indexOf("DEMARCHE BRIEFING: The Irrawaddy, 2021-03-24");
        assertThat(start).as("the quickstart block of README.md").isPositive();
        int end = readme.subList(start, readme.size()).indexOf("```") + start;
        assertThat(outLines()).as("README.md's quickstart shows the briefing's first lines")
                .startsWith(readme.subList(start, end).toArray(new String[0]));
    }

    @Test
    void ships_the_reference_article_equal_to_the_fixture() throws IOException {
        assertThat(Briefing.referenceArticle(DemarcheJson.newObjectMapper())).isEqualTo(ReferenceArticleFixture.dossier());
    }

    @Test
    void briefs_a_users_own_document() throws IOException {
        Path input = temp.resolve("mine.json");
        DemarcheJson.newObjectMapper().writeValue(input.toFile(), ReferenceArticleFixture.dossier());
        assertThat(run("--out", temp.resolve("out.json").toString(), input.toString())).isZero();
        assertThat(outLines()).contains("Valid: 20 actors, 6 events, 10 statements, 1 casualty report");
    }

    @Test
    void refuses_an_invalid_document_with_the_path_and_message_and_exit_code_1() throws IOException {
        Path input = temp.resolve("bad.json");
        String json = DemarcheJson.newObjectMapper().writeValueAsString(ReferenceArticleFixture.dossier())
                .replace("\"id\":\"wang-yi\"", "\"id\":\"Wang Yi\"");
        Files.writeString(input, json);
        assertThat(run(input.toString())).isEqualTo(Briefing.INVALID_INPUT);
        assertThat(out.size()).isZero();
        assertThat(errLines().get(0)).isEqualTo("Invalid input: " + input);
        assertThat(errLines().get(1)).matches("  at /actors/2/id: Actor\\.id must be lower-case letters and digits "
                + "separated by single '-', '\\.' or '_', got 'Wang Yi'");
    }

    @Test
    void refuses_malformed_json_with_line_and_column() throws IOException {
        Path input = temp.resolve("broken.json");
        Files.writeString(input, "{\"demarcheFormat\": 2,\n  \"source\": {");
        assertThat(run(input.toString())).isEqualTo(Briefing.INVALID_INPUT);
        assertThat(errLines()).singleElement().asString()
                .startsWith("Invalid input: " + input + ": not well-formed JSON at line 2");
    }

    @Test
    void reports_a_missing_file_and_a_wrong_command_line_with_exit_code_2() {
        assertThat(run(temp.resolve("nowhere.json").toString())).isEqualTo(Briefing.UNREADABLE);
        assertThat(errLines()).containsExactly("Cannot read " + temp.resolve("nowhere.json") + ": no such file");
        err.reset();
        assertThat(run("--verbose")).isEqualTo(Briefing.UNREADABLE);
        assertThat(errLines()).containsExactly("Usage: Briefing [--out FILE] [DOSSIER.json | RECORDS.ndjson]");
    }

    @Test
    void briefs_the_valid_records_of_an_ndjson_file_and_lists_each_bad_line() throws IOException {
        Path input = temp.resolve("records.ndjson");
        Path output = temp.resolve("valid.ndjson");
        List<String> lines = new java.util.ArrayList<>();
        lines.add("{\"demarcheFormat\":2}");
        com.fasterxml.jackson.databind.json.JsonMapper mapper = DemarcheJson.newObjectMapper();
        for (io.github.demarche.Statement statement : ReferenceArticleFixture.STATEMENTS) {
            lines.add("{\"statement\":" + mapper.writeValueAsString(statement) + "}");
        }
        lines.add("{\"casualtyReport\":" + mapper.writeValueAsString(ReferenceArticleFixture.KILLED) + "}");
        lines.set(2, lines.get(2).replace("\"mode\":\"joint\"", "\"mode\":\"whispered\""));
        lines.add("not json");
        Files.write(input, lines);

        assertThat(run("--out", output.toString(), input.toString())).isEqualTo(Briefing.INVALID_INPUT);
        assertThat(outLines()).startsWith("DEMARCHE BRIEFING: records.ndjson",
                "Read 10 valid records: 9 statements, 0 events, 1 casualty report; 2 bad lines");
        assertThat(outLines()).anyMatch(line -> line.matches("  killed\\s+civilians\\s+\"over 270\".*current"));
        assertThat(outLines()).last().isEqualTo("The valid records, as NDJSON: " + output.toAbsolutePath());
        assertThat(errLines()).hasSize(3);
        assertThat(errLines().get(0)).isEqualTo("Invalid lines in " + input + " (the other records are briefed):");
        assertThat(errLines().get(1)).startsWith("  line 3, at /statement/mode: ").contains("whispered");
        assertThat(errLines().get(2)).startsWith("  line 13, at /: Unrecognized token 'not'");
        assertThat(Files.readAllLines(output)).hasSize(11).first().isEqualTo("{\"demarcheFormat\":2}");
    }

    @Test
    void an_ndjson_document_is_counted_and_kept_not_briefed() throws IOException {
        Path input = temp.resolve("with-document.ndjson");
        Path output = temp.resolve("valid.ndjson");
        com.fasterxml.jackson.databind.json.JsonMapper mapper = DemarcheJson.newObjectMapper();
        Files.write(input, List.of(
                "{\"statement\":" + mapper.writeValueAsString(ReferenceArticleFixture.STATEMENTS.get(0)) + "}",
                "{\"document\":" + mapper.writeValueAsString(io.github.demarche.SecondFixture.dossier().documents().get(0))
                        + "}"));

        assertThat(run("--out", output.toString(), input.toString())).isZero();
        assertThat(outLines()).startsWith("DEMARCHE BRIEFING: with-document.ndjson",
                "Read 1 valid record: 1 statement, 0 events, 0 casualty reports; 1 document, not briefed; 0 bad lines");
        assertThat(Files.readAllLines(output)).hasSize(3).last().asString().startsWith("{\"document\":");
    }
}
