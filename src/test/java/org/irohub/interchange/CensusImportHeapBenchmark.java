package org.irohub.interchange;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * Not part of the build (surefire leaves out *Benchmark): a 100,000-child return imported into a file H2
 * database in one transaction, to be run with the heap capped:
 * {@code mvn -o test -Dtest=CensusImportHeapBenchmark -DargLine=-Xmx256m -Dcensus.children=100000}.
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:file:./target/heap-benchmark/irohub;MODE=PostgreSQL;DEFAULT_NULL_ORDERING=HIGH")
@ActiveProfiles("test")
class CensusImportHeapBenchmark extends CensusImportVolumeRun {
}
