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
        rows.add(importInto("H2 (file)", BenchmarkDatabases.h2(work.resolve("h2")), file));
        rows.add(importInto("PostgreSQL 17", BenchmarkDatabases.postgres(work.resolve("pg")), file));
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

    private static String importInto(String name, ConfigurableApplicationContext context, Path file)
            throws Exception {
        try (context) {
            CensusImports imports = context.getBean(CensusImports.class);
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
            return String.format("| import into %s | %.1f | %d | %s %s, %d findings; the same file again: %.1f s, %s |",
                    name, elapsed / 1e9, peak, report.status(), report.summary(), report.findingCount(),
                    again / 1e9, second.created());
        }
    }
}
