package org.irohub.benchmarks;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;

import org.irohub.interchange.CensusImports;
import org.irohub.interchange.ImportReport;
import org.irohub.interchange.generator.CensusGenerator;
import org.irohub.interchange.generator.GeneratorSettings;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Imports one CIN census file into an H2 file database and a PostgreSQL database, side by side in one run, beside
 * a bare StAX pass over the same file (the floor any streaming import stands on). Prints wall time and peak heap
 * for each. Run with the heap capped, as docs/benchmarks.md shows; not part of the build.
 * <p>
 * Arguments: {@code FILE [WARM_UPS [REPEATS]]}. Each repeat starts both databases afresh, imports WARM_UPS
 * generated files of 10,000 other children (default 1), then times the file; with more than one repeat the median
 * is printed beside every run, since the shared two-core machine's speed varies from one minute to the next.
 */
public final class CensusImportBenchmark {

    private CensusImportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        int warmUps = args.length > 1 ? Integer.parseInt(args[1]) : 1;
        int repeats = args.length > 2 ? Integer.parseInt(args[2]) : 1;
        Path work = Files.createTempDirectory("import-benchmark-");
        List<Path> warmUpFiles = new ArrayList<>();
        for (int i = 1; i <= warmUps; i++) {
            warmUpFiles.add(warmUpFile(work, i, 10_000));
        }
        List<String> rows = new ArrayList<>();
        rows.add(bareStaxPass(file));
        List<Run> h2 = new ArrayList<>();
        List<Run> postgres = new ArrayList<>();
        for (int r = 1; r <= repeats; r++) {
            h2.add(importInto(BenchmarkDatabases.h2(work.resolve("h2-" + r)), file, warmUpFiles));
            postgres.add(importInto(BenchmarkDatabases.postgres(work.resolve("pg-" + r)), file, warmUpFiles));
        }
        rows.add(row("H2 (file)", h2));
        rows.add(row("PostgreSQL 17", postgres));
        System.out.printf("%n%s, %d MB, max heap %d MB, %d warm-up import(s) of 10,000 other children, %d repeat(s)%n",
                file.getFileName(), Files.size(file) >> 20, Runtime.getRuntime().maxMemory() >> 20, warmUps, repeats);
        System.out.println("| run | seconds | peak heap MB | result |");
        System.out.println("|---|---|---|---|");
        rows.forEach(System.out::println);
        System.exit(0);
    }

    private static String bareStaxPass(Path file) throws Exception {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        long children = 0;
        long started;
        long peak;
        try (BenchmarkDatabases.HeapSampler heap = new BenchmarkDatabases.HeapSampler();
                InputStream in = Files.newInputStream(file)) {
            started = System.nanoTime();
            XMLStreamReader reader = factory.createXMLStreamReader(in);
            while (reader.hasNext()) {
                if (reader.next() == XMLStreamConstants.START_ELEMENT && "Child".equals(reader.getLocalName())) {
                    children++;
                }
            }
            reader.close();
            started = System.nanoTime() - started;
            peak = heap.peakMb();
        }
        return String.format("| bare StAX pass (JDK) | %.1f | %d | %,d children read |", started / 1e9, peak, children);
    }

    /** One repeat: the timed import, the same file again, and the first import after start-up. */
    private record Run(double seconds, long peakMb, ImportReport report, double againSeconds, ImportReport again,
            double coldSeconds) {
    }

    /**
     * A first import right after start-up is mostly the JIT compiling the importer, the JDBC driver and the
     * database's insert paths, on the same two cores; so the warm-up imports (files of their own children, so the
     * measured import still creates every record) come first, the first of them timed apart as "cold", and the
     * file itself is timed once they are done, as JMH would.
     */
    private static Run importInto(ConfigurableApplicationContext context, Path file, List<Path> warmUps)
            throws Exception {
        try (context) {
            CensusImports imports = context.getBean(CensusImports.class);
            double cold = 0;
            for (Path warmUp : warmUps) {
                long started = System.nanoTime();
                imports.runNow(warmUp, "benchmark");
                cold = cold == 0 ? (System.nanoTime() - started) / 1e9 : cold;
            }
            long elapsed;
            long peak;
            ImportReport report;
            try (BenchmarkDatabases.HeapSampler heap = new BenchmarkDatabases.HeapSampler()) {
                long started = System.nanoTime();
                report = imports.runNow(file, "benchmark");
                elapsed = System.nanoTime() - started;
                peak = heap.peakMb();
            }
            long again = System.nanoTime();
            ImportReport second = imports.runNow(file, "benchmark");
            again = System.nanoTime() - again;
            return new Run(elapsed / 1e9, peak, report, again / 1e9, second, cold);
        }
    }

    private static String row(String name, List<Run> runs) {
        Run last = runs.get(runs.size() - 1);
        return String.format("| import into %s | %s | %s | %s %s (new: %s), %d findings; the same file again: %s s, "
                + "new %s; first import into the fresh database (the first of all after the JVM started): %s s |", name, seconds(runs, Run::seconds),
                runs.stream().map(r -> Long.toString(r.peakMb())).collect(Collectors.joining(", ")),
                last.report().status(), last.report().summary(), last.report().created(), last.report().findingCount(),
                seconds(runs, Run::againSeconds), last.again().created(), seconds(runs, Run::coldSeconds));
    }

    /** Every run in order, and their median when there is more than one. */
    private static String seconds(List<Run> runs, ToDoubleFunction<Run> value) {
        String each = runs.stream().map(r -> String.format("%.1f", value.applyAsDouble(r)))
            .collect(Collectors.joining(", "));
        if (runs.size() == 1) {
            return each;
        }
        double[] sorted = runs.stream().mapToDouble(value).sorted().toArray();
        double median = sorted.length % 2 == 1 ? sorted[sorted.length / 2]
                : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
        return String.format("%s (median %.1f)", each, median);
    }

    /** A file of other children (prefix W1, W2, …), each its own seed, for the imports before the timed one. */
    private static Path warmUpFile(Path work, int number, int children) {
        Path warmUp = work.resolve("warm-up-" + number + ".xml");
        CensusGenerator.write(GeneratorSettings.defaults().withChildren(children).withSeed(6 + number)
            .withIdPrefix("W" + number), warmUp);
        return warmUp;
    }
}
