package org.irohub.interchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.irohub.support.IroHubTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A return of 10,000 children imports completely; the time is printed (the benchmarks measure it properly). */
@IroHubTest
class CensusImportTimingTests {

    @Autowired
    CensusImports imports;

    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path dir;

    @Test
    void tenThousandChildrenImportInOneGoAndAgainWithoutChange() throws Exception {
        String prefix = "V" + Long.toString(System.nanoTime() % 10_000L, 36).toUpperCase() + "-";
        Path file = CensusVolume.write(dir.resolve("10k.xml"), 10_000, prefix, LocalDate.of(1994, 3, 31));

        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long started = System.nanoTime();
        long cpu = threads.getCurrentThreadCpuTime();
        ImportReport report = imports.runNow(file, "timing");
        long first = (System.nanoTime() - started) / 1_000_000;
        long firstCpu = (threads.getCurrentThreadCpuTime() - cpu) / 1_000_000;
        started = System.nanoTime();
        cpu = threads.getCurrentThreadCpuTime();
        ImportReport again = imports.runNow(file, "timing");
        long second = (System.nanoTime() - started) / 1_000_000;
        long secondCpu = (threads.getCurrentThreadCpuTime() - cpu) / 1_000_000;
        System.out.printf("CIN census import of 10,000 children (%d KB): %d ms (CPU %d ms); again: %d ms (CPU %d ms); %s%n",
                Files.size(file) / 1024, first, firstCpu, second, secondCpu, report.summary());

        assertThat(report.status()).isEqualTo(ImportStatus.COMPLETED);
        assertThat(report.summary().children()).isEqualTo(10_000);
        assertThat(report.created()).isEqualTo(report.summary());
        assertThat(again.created()).isEqualTo(ImportSummary.NONE);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM child WHERE la_child_id LIKE ?").param(prefix + "%").query(Long.class)
            .single()).isEqualTo(10_000);
    }
}
