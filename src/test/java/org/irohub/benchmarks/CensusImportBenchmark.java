package org.irohub.benchmarks;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;

import org.irohub.interchange.CensusImports;
import org.irohub.interchange.ImportReport;
import org.irohub.interchange.generator.CensusGenerator;
import org.irohub.interchange.generator.GeneratorSettings;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Imports one CIN census file into an empty H2 file database and an empty PostgreSQL database, side by side in
 * one run, beside a bare StAX pass over the same file (the floor any streaming import stands on). Prints wall
 * time and peak heap for each. Run with the heap capped, as docs/benchmarks.md shows; not part of the build.
 */
public final class CensusImportBenchmark {

    private CensusImportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        Path work = Files.createTempDirectory("import-benchmark-");
        List<String> rows = new ArrayList<>();
        rows.add(bareStaxPass(file));
        Path warmUp = warmUpFile(work, 10_000);
        rows.add(importInto("H2 (file)", BenchmarkDatabases.h2(work.resolve("h2")), file, warmUp));
        rows.add(importInto("PostgreSQL 17", BenchmarkDatabases.postgres(work.resolve("pg")), file, warmUp));
        System.out.printf("%n%s, %d MB, max heap %d MB%n", file.getFileName(), Files.size(file) >> 20,
                Runtime.getRuntime().maxMemory() >> 20);
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

    /**
     * A first import right after start-up is mostly the JIT compiling the importer, the JDBC driver and the
     * database's insert paths, on the same two cores; so a first, "cold" import of a different file (its own
     * children, so the measured import still creates every record) is timed apart, and the file itself is timed
     * once that has warmed up, as JMH would.
     */
    private static String importInto(String name, ConfigurableApplicationContext context, Path file, Path warmUp)
            throws Exception {
        try (context) {
            CensusImports imports = context.getBean(CensusImports.class);
            long cold = System.nanoTime();
            ImportReport first = imports.runNow(warmUp, "benchmark");
            cold = System.nanoTime() - cold;
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
            return String.format("| import into %s | %.1f | %d | %s %s (new: %s), %d findings; the same file again: "
                    + "%.1f s, new %s; first import after start-up (%,d other children): %.1f s |",
                    name, elapsed / 1e9, peak, report.status(), report.summary(), report.created(),
                    report.findingCount(), again / 1e9, second.created(), first.summary().children(), cold / 1e9);
        }
    }

    /** A file of other children (prefix W) for the first import after start-up. */
    private static Path warmUpFile(Path work, int children) {
        Path warmUp = work.resolve("warm-up.xml");
        CensusGenerator.write(GeneratorSettings.defaults().withChildren(children).withSeed(7).withIdPrefix("W"), warmUp);
        return warmUp;
    }
}
