package io.github.demarche.benchmarks;

import java.io.PrintStream;
import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs the benchmark suite with sane settings and prints each benchmark as a ratio against its
 * baseline from the same run: {@code java -jar benchmarks/target/benchmarks.jar}.
 *
 * <p>Settings: 5 warm-up iterations of 1 s, 5 measured iterations of 1 s, 1 fork (override with
 * {@code -Dforks=2}); a regular expression as first argument selects benchmarks as JMH does.
 */
public final class BenchmarkSuite {

    private BenchmarkSuite() {
    }

    /**
     * Runs the suite.
     *
     * @param args  optionally, a regular expression selecting benchmarks
     * @throws RunnerException if JMH fails
     */
    public static void main(String[] args) throws RunnerException {
        String include = args.length > 0 ? args[0] : "io\\.github\\.demarche\\.benchmarks\\..*";
        Options options = new OptionsBuilder()
                .include(include)
                .warmupIterations(5).warmupTime(TimeValue.seconds(1))
                .measurementIterations(5).measurementTime(TimeValue.seconds(1))
                .forks(Integer.getInteger("forks", 1))
                .jvmArgsAppend("-Xms1g", "-Xmx1g")
                .build();
        Collection<RunResult> results = new Runner(options).run();
        PrintStream out = System.out;
        out.println();
        printRatios(out, results);
        out.println();
        HeapFootprint.print(out, 10_000);
    }

    /**
     * Prints each benchmark method's score divided by the baseline method's score of the same
     * class and parameters: {@code model} over {@code records}, and for JSON reading also over
     * {@code tokenScan}. The error of a ratio combines the relative errors of both scores.
     */
    static void printRatios(PrintStream out, Collection<RunResult> results) {
        Map<String, Result<?>> byKey = new HashMap<>();
        for (RunResult run : results) {
            byKey.put(key(run), run.getPrimaryResult());
        }
        out.printf(Locale.ROOT, "%-60s %14s %14s %16s%n", "benchmark (time per op)", "candidate", "baseline", "ratio");
        for (RunResult run : results) {
            String method = method(run);
            String baselineMethod = BASELINES.get(method);
            if (baselineMethod == null) {
                continue;
            }
            for (String baseline : baselineMethod.split(",")) {
                Result<?> base = byKey.get(key(run).replace("#" + method + "#", "#" + baseline + "#"));
                if (base == null) {
                    continue;
                }
                Result<?> candidate = run.getPrimaryResult();
                double ratio = candidate.getScore() / base.getScore();
                double relError = relative(candidate) + relative(base);
                out.printf(Locale.ROOT, "%-60s %10.1f %-3s %10.1f %-3s %7.2fx ± %.2f%n",
                        label(run) + " vs " + baseline, candidate.getScore(), unit(candidate), base.getScore(),
                        unit(base), ratio, ratio * relError);
            }
        }
    }

    /** Candidate method → comma-separated baseline methods. */
    private static final Map<String, String> BASELINES = Map.of(
            "model", "records",
            "readModel", "readRecords,tokenScan",
            "writeModel", "writeRecords");

    private static double relative(Result<?> result) {
        double error = result.getScoreError();
        return Double.isNaN(error) || result.getScore() == 0 ? 0 : error / result.getScore();
    }

    private static String unit(Result<?> result) {
        return result.getScoreUnit().replace("/op", "");
    }

    private static String method(RunResult run) {
        String name = run.getParams().getBenchmark();
        return name.substring(name.lastIndexOf('.') + 1);
    }

    private static String label(RunResult run) {
        String name = run.getParams().getBenchmark();
        String shortName = name.substring(name.lastIndexOf('.', name.lastIndexOf('.') - 1) + 1);
        StringBuilder params = new StringBuilder();
        for (String param : run.getParams().getParamsKeys()) {
            params.append(params.length() == 0 ? " " : ",").append(param).append('=')
                    .append(run.getParams().getParam(param));
        }
        return shortName + params;
    }

    private static String key(RunResult run) {
        String name = run.getParams().getBenchmark();
        int dot = name.lastIndexOf('.');
        StringBuilder key = new StringBuilder(name.substring(0, dot)).append('#').append(name.substring(dot + 1))
                .append('#');
        for (String param : run.getParams().getParamsKeys()) {
            key.append(param).append('=').append(run.getParams().getParam(param)).append(';');
        }
        return key.toString();
    }
}
