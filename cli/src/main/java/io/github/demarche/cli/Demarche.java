package io.github.demarche.cli;

import io.github.demarche.formats.DataFormat;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The {@code demarche} command: converts between the event datasets (GDELT, ICEWS, UCDP GED,
 * PLOVER) and Demarche's NDJSON, validates Demarche JSON and NDJSON, briefs records of any format,
 * and prints the JSON Schema. A thin layer over {@code demarche-formats}, the analysis and the
 * examples' briefing.
 *
 * <p>Exit codes: 0 when every row was read (and written); 1 when rows were refused, the others
 * still read and written; 2 for a usage error (an unknown option or format, an input that cannot be
 * opened, an output that cannot be created, a format that this build cannot read or write).
 *
 * @since 0.2
 */
@Command(name = "demarche", mixinStandardHelpOptions = true, versionProvider = Demarche.Version.class,
        subcommands = {ConvertCommand.class, ValidateCommand.class, BriefCommand.class, SchemaCommand.class,
            CommandLine.HelpCommand.class},
        description = {"Reads and writes event data (GDELT, ICEWS, UCDP GED, PLOVER) as Demarche's validated model.",
            "", "Exit codes: 0 every row read, 1 rows refused (the others still written), 2 usage error."},
        synopsisSubcommandLabel = "COMMAND")
public final class Demarche implements Runnable {

    /** The exit code when rows were refused: the others were still read and written. */
    public static final int ROWS_REFUSED = 1;

    /** The exit code of a usage error. */
    public static final int USAGE = 2;

    final InputStream stdin;
    final OutputStream stdout;
    final BooleanSupplier terminal;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private Demarche(InputStream stdin, OutputStream stdout, BooleanSupplier terminal) {
        this.stdin = stdin;
        this.stdout = stdout;
        this.terminal = terminal;
    }

    /**
     * Runs the command line and exits with its exit code.
     *
     * @param args  the arguments, such as {@code convert --from gdelt2 --to ndjson export.tsv -}
     */
    public static void main(String[] args) {
        int status = commandLine(System.in, System.out, System.err, () -> System.console() != null).execute(args);
        System.exit(status);
    }

    /**
     * Obtains the command line, reading and writing the given streams in place of the standard ones.
     *
     * @param stdin  standard input, the input {@code -}
     * @param stdout  standard output, the output {@code -}, and where help and text results go
     * @param stderr  standard error: summaries, problems, usage errors, the progress line
     * @param terminal  tells whether standard error is a terminal, where a progress line is shown
     * @return the command line, ready to {@link CommandLine#execute execute}
     */
    static CommandLine commandLine(InputStream stdin, OutputStream stdout, OutputStream stderr,
            BooleanSupplier terminal) {
        CommandLine commandLine = new CommandLine(new Demarche(Objects.requireNonNull(stdin, "stdin"),
                Objects.requireNonNull(stdout, "stdout"), Objects.requireNonNull(terminal, "terminal")));
        commandLine.setOut(new PrintWriter(new java.io.OutputStreamWriter(stdout, StandardCharsets.UTF_8), true));
        commandLine.setErr(new PrintWriter(new java.io.OutputStreamWriter(stderr, StandardCharsets.UTF_8), true));
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.registerConverter(DataFormat.class, Demarche::format);
        commandLine.setParameterExceptionHandler(Demarche::usageError);
        commandLine.setExecutionStrategy(parseResult -> {
            int status = new CommandLine.RunLast().execute(parseResult);
            commandLine.getOut().flush();
            commandLine.getErr().flush();
            return status;
        });
        return commandLine;
    }

    /** Without a command: the usage help, as a usage error. */
    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing required command");
    }

    /** A format by its name on the command line, such as {@code ucdp-ged}. */
    private static DataFormat format(String name) {
        try {
            return DataFormat.ofCliName(name);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.TypeConversionException(e.getMessage());
        }
    }

    /**
     * Prints a usage error: its message, and how to get help, except for inputs and outputs that
     * cannot be opened, whose message is enough.
     */
    private static int usageError(ParameterException e, String[] args) {
        CommandLine commandLine = e.getCommandLine();
        PrintWriter err = commandLine.getErr();
        err.println(commandLine.getCommandSpec().qualifiedName() + ": " + e.getMessage());
        if (!(e instanceof CannotOpenException)) {
            UnmatchedArgumentException.printSuggestions(e, err);
            err.println("Try '" + commandLine.getCommandSpec().qualifiedName() + " --help' for more information.");
        }
        err.flush();
        return USAGE;
    }

    /** The names of the formats, as the help lists them. */
    static final class FormatNames implements Iterable<String> {

        @Override
        public Iterator<String> iterator() {
            return Arrays.stream(DataFormat.values()).map(DataFormat::cliName).iterator();
        }
    }

    /** The version of the jar, from its manifest when there is one. */
    static final class Version implements CommandLine.IVersionProvider {

        @Override
        public String[] getVersion() {
            String version = Demarche.class.getPackage().getImplementationVersion();
            return new String[] {"demarche " + (version == null ? "(development build)" : version)};
        }
    }

    /** A usage error about a file: it cannot be read or created, or its format is not available. */
    static final class CannotOpenException extends ParameterException {

        private static final long serialVersionUID = 1L;

        CannotOpenException(CommandLine commandLine, String message) {
            super(commandLine, message);
        }
    }
}
