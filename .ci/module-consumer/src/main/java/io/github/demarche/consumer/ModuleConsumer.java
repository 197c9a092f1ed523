package io.github.demarche.consumer;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.demarche.Actor;
import io.github.demarche.ActorKind;
import io.github.demarche.ApproximateDate;
import io.github.demarche.Channel;
import io.github.demarche.CountryCode;
import io.github.demarche.Dossier;
import io.github.demarche.SourceAttribution;
import io.github.demarche.Stance;
import io.github.demarche.StanceTarget;
import io.github.demarche.StanceType;
import io.github.demarche.Statement;
import io.github.demarche.StatementMode;
import io.github.demarche.ValidationException;
import io.github.demarche.ViolationCode;
import io.github.demarche.analysis.ActorDirectory;
import io.github.demarche.formats.DataFormat;
import io.github.demarche.formats.FormatReader;
import io.github.demarche.formats.FormatWriter;
import io.github.demarche.formats.Formats;
import io.github.demarche.formats.ReadOptions;
import io.github.demarche.formats.RowRecords;
import io.github.demarche.analysis.ActorResolution;
import io.github.demarche.analysis.AlignmentVerdict;
import io.github.demarche.analysis.StanceAlignment;
import io.github.demarche.jackson.DemarcheJson;
import io.github.demarche.jackson.DemarcheModule;
import io.github.demarche.jackson.DemarcheNdjson;
import io.github.demarche.jackson.NdjsonReader;
import io.github.demarche.jackson.NdjsonWriter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Uses Demarche as an application on the module path does: values, a refused value, JSON through
 * the recommended mapper and through {@code findAndRegisterModules()}, NDJSON, Java serialization
 * and the analysis. Any failure is an exception, which ends the program with a non-zero status.
 */
public final class ModuleConsumer {

    private ModuleConsumer() {
    }

    /**
     * Runs every check and prints one line for each.
     *
     * @param args  ignored
     * @throws Exception  any failure
     */
    public static void main(String[] args) throws Exception {
        modules();
        Dossier dossier = dossier();
        refusedValues();
        json(dossier);
        ndjson(dossier);
        serialization(dossier);
        analysis(dossier);
        if (args.length > 0) {
            formats(java.nio.file.Path.of(args[0]));
        }
        System.out.println("module consumer: all checks passed on Jackson "
                + com.fasterxml.jackson.databind.cfg.PackageVersion.VERSION);
    }

    /** A GDELT 2.0 file read with demarche-formats and written back: the same bytes. */
    private static void formats(java.nio.file.Path gdelt) throws Exception {
        check("io.github.demarche.formats".equals(Formats.class.getModule().getName()),
                "demarche-formats is the module io.github.demarche.formats");
        check(!Formats.class.getModule().isExported("io.github.demarche.formats.internal"),
                "demarche-formats does not export its internal package");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (FormatReader reader = Formats.reader(DataFormat.GDELT2, java.nio.file.Files.newInputStream(gdelt),
                ReadOptions.defaults().withInput(gdelt.toString()));
                FormatWriter writer = Formats.writer(DataFormat.GDELT2, out)) {
            for (RowRecords row; (row = reader.read()) != null; ) {
                writer.write(row);
            }
            check(reader.rowsRead() > 0 && reader.rowsRefused() == 0, "every GDELT row read, got " + reader);
        }
        check(java.util.Arrays.equals(out.toByteArray(), java.nio.file.Files.readAllBytes(gdelt)),
                "the GDELT file written back is the file read");
        System.out.println("  ok  formats: " + gdelt.getFileName() + " read and written back, " + out.size() + " bytes");
    }

    /** Every library is an explicit module here, nothing comes from the class path. */
    private static void modules() {
        check(ModuleConsumer.class.getModule().isNamed(), "the consumer runs as a named module");
        check("io.github.demarche.core".equals(Actor.class.getModule().getName()),
                "demarche-core is the module io.github.demarche.core, got " + Actor.class.getModule());
        check("io.github.demarche.jackson".equals(DemarcheModule.class.getModule().getName()),
                "demarche-jackson is the module io.github.demarche.jackson, got " + DemarcheModule.class.getModule());
        check(Actor.class.getModule().getDescriptor() != null && !Actor.class.getModule().getDescriptor().isAutomatic(),
                "demarche-core has a module descriptor");
        check(!DemarcheModule.class.getModule().getDescriptor().isAutomatic(), "demarche-jackson has a module descriptor");
        check(!DemarcheModule.class.getModule().isExported("io.github.demarche.jackson.deser"),
                "the deserializers are not exported");
        pass("modules: " + Actor.class.getModule().getDescriptor().toNameAndVersion() + ", "
                + DemarcheModule.class.getModule().getDescriptor().toNameAndVersion());
    }

    private static Dossier dossier() {
        SourceAttribution source = SourceAttribution.builder().publication("The Irrawaddy")
                .url(URI.create("urn:demarche:article:000_5b4d5c46eeeb27f0"))
                .publicationDate(LocalDate.of(2021, 3, 24)).language("en").build();
        Actor china = Actor.builder().id("chn").name("China").kind(ActorKind.STATE)
                .country(CountryCode.of("CHN")).build();
        Actor chinaGov = Actor.builder().id("chn-gov").name("Government of China").kind(ActorKind.GOVERNMENT)
                .country(CountryCode.of("CHN")).affiliation(china).addAlias("Beijing").build();
        Actor wangYi = Actor.builder().id("wang-yi").name("Wang Yi").kind(ActorKind.PERSON)
                .country(CountryCode.of("CHN")).title("Foreign Minister").affiliation(chinaGov).build();
        Actor russia = Actor.builder().id("rus").name("Russia").kind(ActorKind.STATE)
                .country(CountryCode.of("RUS")).build();
        Actor russiaGov = Actor.builder().id("rus-gov").name("Government of Russia").kind(ActorKind.GOVERNMENT)
                .country(CountryCode.of("RUS")).affiliation(russia).addAlias("Moscow").build();
        Actor lavrov = Actor.builder().id("sergei-lavrov").name("Sergei Lavrov").kind(ActorKind.PERSON)
                .country(CountryCode.of("RUS")).title("Foreign Minister").affiliation(russiaGov).build();
        Statement joint = Statement.builder().id("s03-joint-statement")
                .addSpeakers(wangYi, lavrov)
                .date(ApproximateDate.parse("2021-03-23"))
                .mode(StatementMode.JOINT).channel(Channel.MEETING)
                .summary("Both support all parties in Myanmar seeking a political solution")
                .addStance(Stance.builder().type(StanceType.SUPPORT)
                        .target(StanceTarget.topic("a political solution", "myanmar-political-solution"))
                        .wording("voiced support for all parties in Myanmar to seek a political solution")
                        .build())
                .addSource(source)
                .build();
        check(joint.stances().get(0).cooperationScore() == 3.4, "SUPPORT scores 3.4");
        check(ApproximateDate.parse("2021-03-early").isBefore(joint.date()), "early March is before the 23rd");
        check(wangYi.isAffiliatedWith(china), "Wang Yi speaks for China");
        Dossier dossier = Dossier.builder().source(source)
                .addActors(china, chinaGov, wangYi, russia, russiaGov, lavrov)
                .addStatements(joint)
                .build();
        pass("values: " + joint);
        return dossier;
    }

    /** The bug this program was written for: a refused value threw NoClassDefFoundError (Commons Lang). */
    private static void refusedValues() {
        try {
            Actor.builder().id("Wang Yi").name(" ").kind(ActorKind.PERSON).build();
            throw new IllegalStateException("a blank name and a bad id must be refused");
        } catch (ValidationException e) {
            check(e.violations().size() == 2, "two violations, got " + e.violations());
            pass("refused: " + e.getMessage().replace('\n', ' '));
        }
        try {
            Actor.builder().id("wang-yi").kind(ActorKind.PERSON).build();
            throw new IllegalStateException("a missing name must be refused");
        } catch (ValidationException e) {
            check(e.violations().get(0).code() == ViolationCode.MISSING_ATTRIBUTE, "missing attribute, got " + e);
            pass("refused: " + e.getMessage().replace('\n', ' '));
        }
    }

    private static void json(Dossier dossier) throws Exception {
        JsonMapper mapper = DemarcheJson.newObjectMapper();
        String json = mapper.writeValueAsString(dossier);
        check(mapper.readValue(json, Dossier.class).equals(dossier), "the dossier survives JSON");
        String pretty = mapper.writer(DemarcheJson.prettyPrinter()).writeValueAsString(dossier);
        check(mapper.readValue(pretty, Dossier.class).equals(dossier), "the pretty dossier survives JSON");

        ObjectMapper found = new ObjectMapper().findAndRegisterModules();
        check(found.getRegisteredModuleIds().contains(new DemarcheModule().getTypeId()),
                "findAndRegisterModules() finds the DemarcheModule through `provides`, got "
                        + found.getRegisteredModuleIds());
        check(found.readValue(json, Dossier.class).equals(dossier), "the dossier survives a found module");

        try {
            mapper.readValue("{\"id\":\"Wang Yi\",\"name\":\"Wang Yi\",\"kind\":\"person\"}", Actor.class);
            throw new IllegalStateException("a bad id must be refused in JSON");
        } catch (JsonMappingException e) {
            check(DemarcheJson.jsonPointer(e).equals("/id"), "the error points at /id, got " + DemarcheJson.jsonPointer(e));
            pass("refused JSON: " + e.getOriginalMessage());
        }
        try (InputStream schema = DemarcheJson.openSchema()) {
            check(new String(schema.readAllBytes(), StandardCharsets.UTF_8).contains(DemarcheJson.SCHEMA_ID),
                    "the schema is a resource of the module");
        }
        Version version = new DemarcheModule().version();
        pass("JSON: " + json.length() + " characters, module " + version);
    }

    private static void ndjson(Dossier dossier) throws Exception {
        DemarcheNdjson ndjson = DemarcheNdjson.create();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (NdjsonWriter<Statement> writer = ndjson.writer(out, Statement.class)) {
            writer.writeAll(dossier.statements());
        }
        List<Statement> read = new ArrayList<>();
        try (NdjsonReader<Statement> reader = ndjson.reader(new ByteArrayInputStream(out.toByteArray()), Statement.class)) {
            reader.forEachRemaining(read::add);
        }
        check(read.equals(dossier.statements()), "the statements survive NDJSON");

        byte[] bad = (new String(out.toByteArray(), StandardCharsets.UTF_8) + "{\"statement\":[]}\n")
                .getBytes(StandardCharsets.UTF_8);
        try (NdjsonReader<Statement> reader = ndjson.withErrorMode(DemarcheNdjson.ErrorMode.COLLECT)
                .reader(new ByteArrayInputStream(bad), Statement.class)) {
            reader.forEachRemaining(statement -> { });
            check(reader.problems().size() == 1, "one bad line, got " + reader.problems());
            pass("NDJSON: " + read.size() + " statement(s), " + reader.problems().get(0));
        }
    }

    private static void serialization(Dossier dossier) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(dossier);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            check(in.readObject().equals(dossier), "the dossier survives Java serialization");
        }
        pass("serialization: " + bytes.size() + " bytes");
    }

    private static void analysis(Dossier dossier) {
        ActorDirectory directory = ActorDirectory.of(dossier);
        ActorResolution beijing = directory.resolve("Beijing");
        check(beijing instanceof ActorResolution.Found && beijing.candidates().get(0).id().equals("chn-gov"),
                "Beijing is China's government, got " + beijing);
        ActorResolution lavrov = directory.resolve("Sergéi Lavrov");
        check(lavrov instanceof ActorResolution.Found, "Sergéi Lavrov is found, got " + lavrov);
        check(directory.resolve("Washington") instanceof ActorResolution.Unknown, "Washington is unknown");
        StanceAlignment alignment = StanceAlignment.of(dossier.statements(),
                StanceTarget.topic("a political solution", "myanmar-political-solution"));
        AlignmentVerdict verdict = alignment.verdict(dossier.actor("chn").orElseThrow(),
                dossier.actor("rus").orElseThrow());
        check(verdict == AlignmentVerdict.ALIGNED, "China and Russia are aligned, got " + verdict);
        pass("analysis: " + beijing + ", " + lavrov + ", " + verdict);
    }

    private static void check(boolean condition, String what) {
        if (!condition) {
            throw new IllegalStateException("module consumer: expected " + what);
        }
    }

    private static void pass(String line) {
        System.out.println("  ok  " + line);
    }
}
