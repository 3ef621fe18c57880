package org.irohub.interchange.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;

import org.irohub.interchange.CensusImports;
import org.irohub.interchange.ImportReport;
import org.irohub.interchange.generator.CensusGenerator;
import org.irohub.interchange.generator.GeneratorSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Demo mode only: two years of generated, fictional history (400 children, ids starting GEN) imported through
 * the same CIN census importer a council would use, so the scorecard and reports have figures on first start.
 * Runs once: an earlier completed demo import is left as it is.
 */
@Component
@Order(4)
@ConditionalOnProperty(name = "irohub.demo.enabled", havingValue = "true")
class DemoHistory implements ApplicationRunner {

    static final String SUBMITTED_BY = "demo";
    private static final Logger log = LoggerFactory.getLogger(DemoHistory.class);

    private final CensusImports imports;
    private final JdbcClient jdbc;
    private final Clock clock;

    DemoHistory(CensusImports imports, JdbcClient jdbc, Clock clock) {
        this.imports = imports;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        int earlier = jdbc.sql("SELECT COUNT(*) FROM census_import WHERE submitted_by = :by AND status = 'COMPLETED'")
            .param("by", SUBMITTED_BY)
            .query(Integer.class)
            .single();
        if (earlier > 0) {
            return;
        }
        Path file = Files.createTempFile("irohub-demo-census-", ".xml");
        try {
            CensusGenerator.write(GeneratorSettings.demo(LocalDate.now(clock)), file);
            ImportReport report = imports.runNow(file, SUBMITTED_BY);
            log.info("Demo history imported: {} ({} findings)", report.summary(), report.findingCount());
        }
        finally {
            Files.deleteIfExists(file);
        }
    }
}
