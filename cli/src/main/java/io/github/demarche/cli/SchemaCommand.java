package io.github.demarche.cli;

import io.github.demarche.jackson.DemarcheJson;
import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code demarche schema}: the JSON Schema of Demarche's JSON and NDJSON, as {@code demarche-jackson} ships it. */
@Command(name = "schema", mixinStandardHelpOptions = true,
        description = {"Prints the JSON Schema (draft 2020-12) of Demarche's JSON format, which also describes an "
                + "NDJSON line as #/$defs/NdjsonLine."},
        footer = {"", "Example:", "  demarche schema > demarche.schema.json"})
final class SchemaCommand implements Callable<Integer> {

    @ParentCommand
    Demarche demarche;

    @Override
    public Integer call() throws IOException {
        try (InputStream schema = DemarcheJson.openSchema()) {
            schema.transferTo(demarche.stdout);
        }
        demarche.stdout.flush();
        return 0;
    }
}
