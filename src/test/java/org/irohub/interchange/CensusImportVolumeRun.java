package org.irohub.interchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A large generated return imported in one go, with the time and the heap limit printed: the subclasses choose
 * the database. Size with {@code -Dcensus.children=100000}; heap with {@code -DargLine=-Xmx256m}.
 */
abstract class CensusImportVolumeRun {

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
        System.out.printf("VOLUME %s: %d children, %d MB, max heap %d MB: %s in %d ms, %s%n", getClass().getSimpleName(),
                children, Files.size(file) >> 20, Runtime.getRuntime().maxMemory() >> 20, report.status(), millis,
                report.summary());
        assertThat(report.status()).as(report.message()).isEqualTo(ImportStatus.COMPLETED);
        Files.delete(file);
    }
}
