package io.github.demarche.benchmarks;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs the benchmark suite with sane settings and prints each benchmark as a ratio against its
 * baseline from the same run, the growth of the analysis benchmarks with their input, and the
 * retained heap per statement: {@code java -jar benchmarks/target/benchmarks.jar}, or
 * {@code benchmarks/run.sh}, which builds first and adds the streaming check.
 *
 * <p>Settings: 5 warm-up iterations of 2 s, 5 measured iterations of 1 s, 1 fork (override with
 * {@code -Dforks=2}, and {@code -Dwarmup=3} and {@code -Dmeasure=2} for the seconds of an
 * iteration). Each fork gets a 4 GB heap, in which 1,000,000 statements and the analysis of them
 * fit; transparent huge pages, so that the first touch of the heap does not weigh on the first
 * iterations (on a virtual machine, faulting in 4 GB of small pages takes seconds); and the parallel
 * collector, because on a machine of two cores the concurrent marking of G1 over a heap of a
 * million statements competes with the benchmark for the other core. A regular expression as first
 * argument selects benchmarks as JMH does.
 */
public final class BenchmarkSuite {

    /** Candidate method → comma-separated baseline methods of the same class. */
    private static final Map<String, String> BASELINES = Map.of(
            "model", "records",
            "readModel", "readRecords,tokenScan",
            "readModelPlainMapper", "readRecords,tokenScan",
            "writeModel", "writeRecords",
            "importRows", "parseRows",
            "demarche", "kryo,json");

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
                .warmupIterations(5).warmupTime(TimeValue.seconds(Integer.getInteger("warmup", 2)))
                .measurementIterations(5).measurementTime(TimeValue.seconds(Integer.getInteger("measure", 1)))
                .forks(Integer.getInteger("forks", 1))
                .jvmArgsAppend("-Xms4g", "-Xmx4g", "-XX:+UseTransparentHugePages", "-XX:+UseParallelGC")
                .build();
        Collection<RunResult> results = new Runner(options).run();
        PrintStream out = System.out;
        out.println();
        printRatios(out, results);
        out.println();
        printGrowth(out, results);
        out.println();
        HeapFootprint.print(out, 10_000);
        out.println();
        FlinkSerializerBenchmark.printBytes(out, 10_000);
        FlinkEventSerializerBenchmark.printBytes(out, 10_000);
    }

    /**
     * Prints each benchmark method's score divided by the baseline method's score of the same
     * class and parameters: {@code model} over {@code records}, and for JSON reading also over
     * {@code tokenScan}. The error of a ratio combines the relative errors (99.9% confidence
     * intervals, as JMH prints them) of both scores.
     */
    static void printRatios(PrintStream out, Collection<RunResult> results) {
        Map<String, Result<?>> byKey = new HashMap<>();
        for (RunResult run : results) {
            byKey.put(key(run), run.getPrimaryResult());
        }
        out.printf(Locale.ROOT, "%-52s %16s %16s %16s%n", "benchmark (time per op)", "candidate", "baseline",
                "ratio (target)");
        for (RunResult run : results) {
            String method = method(run);
            String baselineMethods = BASELINES.get(method);
            if (baselineMethods == null) {
                continue;
            }
            for (String baseline : baselineMethods.split(",")) {
                Result<?> base = byKey.get(key(run).replace("#" + method + "#", "#" + baseline + "#"));
                if (base == null) {
                    continue;
                }
                Result<?> candidate = run.getPrimaryResult();
                double ratio = candidate.getScore() / base.getScore();
                double relError = relative(candidate) + relative(base);
                out.printf(Locale.ROOT, "%-52s %12.1f %-3s %12.1f %-3s %7.2fx ± %.2f (≤ %.1f)%n",
                        label(run) + " vs " + baseline, candidate.getScore(), unit(candidate), base.getScore(),
                        unit(base), ratio, ratio * relError, target(baseline));
            }
        }
    }

    private static double target(String baseline) {
        switch (baseline) {
            case "tokenScan":
                return 2.5;
            case "records":
                return 1.5;
            case "kryo":
                return 0.5;
            default:
                return 1.0;
        }
    }

    /**
     * Prints the time of each analysis benchmark at each input size, and how it grows from one size
     * to the next, ten times larger: the target is at most 11 times the time for 10 times the input.
     */
    static void printGrowth(PrintStream out, Collection<RunResult> results) {
        Map<String, TreeMap<Integer, Result<?>>> byMethod = new LinkedHashMap<>();
        for (RunResult run : results) {
            String name = run.getParams().getBenchmark();
            String size = run.getParams().getParam("size");
            if (!name.contains(".AnalysisBenchmark.") || size == null) {
                continue;
            }
            byMethod.computeIfAbsent(method(run), m -> new TreeMap<>()).put(Integer.valueOf(size),
                    run.getPrimaryResult());
        }
        if (byMethod.isEmpty()) {
            return;
        }
        out.printf(Locale.ROOT, "%-36s %14s %14s %14s %18s %18s%n", "analysis growth (time per op)", "10k", "100k",
                "1M", "100k/10k (≤ 11)", "1M/100k (≤ 11)");
        byMethod.forEach((method, bySize) -> {
            List<String> times = new ArrayList<>();
            List<String> growths = new ArrayList<>();
            Result<?> previous = null;
            for (int size : new int[] {10_000, 100_000, 1_000_000}) {
                Result<?> result = bySize.get(size);
                times.add(result == null ? "-" : String.format(Locale.ROOT, "%.1f %s", result.getScore(), unit(result)));
                if (previous != null) {
                    if (result == null) {
                        growths.add("-");
                    } else {
                        double growth = result.getScore() / previous.getScore();
                        growths.add(String.format(Locale.ROOT, "%.1fx ± %.1f", growth,
                                growth * (relative(result) + relative(previous))));
                    }
                }
                previous = result;
            }
            out.printf(Locale.ROOT, "%-36s %14s %14s %14s %18s %18s%n", "AnalysisBenchmark." + method, times.get(0),
                    times.get(1), times.get(2), growths.get(0), growths.get(1));
        });
    }

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
