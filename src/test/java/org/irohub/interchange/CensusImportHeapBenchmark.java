package org.irohub.interchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * Not part of the build (surefire leaves out *Benchmark): a 100,000-child return imported into a file H2
 * database in one transaction, to be run with the heap capped:
 * {@code mvn -o test -Dtest=CensusImportHeapBenchmark -DargLine=-Xmx256m -Dcensus.children=100000}.
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:file:./target/heap-benchmark/irohub;MODE=PostgreSQL;DEFAULT_NULL_ORDERING=HIGH")
@ActiveProfiles("test")
class CensusImportHeapBenchmark {

    @Autowired
    CensusImports imports;

    @Test
    void importsALargeReturnInOneTransaction() throws Exception {
        int children = Integer.getInteger("census.children", 100_000);
        Path file = CensusVolume.write(Files.createTempFile("census-", ".xml"), children,
                "H" + Long.toString(System.nanoTime() % 10_000L, 36).toUpperCase() + "-", LocalDate.of(1993, 3, 31));
        long started = System.nanoTime();
        ImportReport report = imports.runNow(file, "benchmark");
        long millis = (System.nanoTime() - started) / 1_000_000;
        System.out.printf("HEAP BENCHMARK %d children, %d MB, max heap %d MB: %s in %d ms, %s%n", children,
                Files.size(file) >> 20, Runtime.getRuntime().maxMemory() >> 20, report.status(), millis, report.summary());
        assertThat(report.status()).as(report.message()).isEqualTo(ImportStatus.COMPLETED);
        Files.delete(file);
    }
}
