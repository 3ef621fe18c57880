package org.irohub.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;

import org.irohub.IroHubApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The two databases the benchmarks compare, each behind the whole application as it runs in production: an H2
 * file database (the embedded default) and a PostgreSQL server started from Maven jars. Also a heap sampler,
 * since the import's target is a peak, not an average.
 */
final class BenchmarkDatabases {

    private BenchmarkDatabases() {
    }

    /** The application on an H2 file database in {@code dir} (kept, so a loaded dataset can be reused). */
    static ConfigurableApplicationContext h2(Path dir) throws IOException {
        Files.createDirectories(dir);
        return start("jdbc:h2:file:" + dir.toAbsolutePath().resolve("irohub")
                + ";MODE=PostgreSQL;DEFAULT_NULL_ORDERING=HIGH", "sa", "");
    }

    /** The application on a PostgreSQL server whose data directory is {@code dir} (kept between runs). */
    static ConfigurableApplicationContext postgres(Path dir) throws IOException, java.sql.SQLException {
        Files.createDirectories(dir);
        boolean fresh = !Files.exists(dir.resolve("PG_VERSION"));
        io.zonky.test.db.postgres.embedded.EmbeddedPostgres server = io.zonky.test.db.postgres.embedded.EmbeddedPostgres
            .builder()
            .setDataDirectory(dir)
            .setCleanDataDirectory(fresh)
            .setServerConfig("shared_buffers", "512MB")
            .setServerConfig("work_mem", "64MB")
            .setServerConfig("max_wal_size", "4GB")
            .setServerConfig("synchronous_commit", "on")
            .start();
        ConfigurableApplicationContext context = start(server.getJdbcUrl("postgres", "postgres"), "postgres", "");
        context.addApplicationListener(event -> {
            if (event instanceof org.springframework.context.event.ContextClosedEvent) {
                try {
                    server.close();
                }
                catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
        });
        String product = context.getBean(javax.sql.DataSource.class).getConnection().getMetaData().getDatabaseProductName();
        if (!product.startsWith("PostgreSQL")) {
            throw new IllegalStateException("Expected PostgreSQL, connected to " + product);
        }
        return context;
    }

    private static ConfigurableApplicationContext start(String url, String username, String password) {
        // As command-line arguments, since default properties would lose to application.yml's H2 file under ./data.
        return new SpringApplicationBuilder(IroHubApplication.class)
            .run("--spring.datasource.url=" + url, "--spring.datasource.username=" + username,
                    "--spring.datasource.password=" + password, "--server.port=0",
                    "--logging.level.root=WARN", "--spring.main.banner-mode=off",
                    "--irohub.admin.username=bench.admin", "--irohub.admin.password=benchmark admin harbour lantern");
    }

    /** Samples heap in use every 5 ms on a daemon thread; {@link #peakMb()} is the largest value seen. */
    static final class HeapSampler implements AutoCloseable {

        private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        private final AtomicLong peak = new AtomicLong();
        private volatile boolean running = true;
        private final Thread thread;

        HeapSampler() {
            System.gc();
            thread = new Thread(() -> {
                while (running) {
                    peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                    try {
                        Thread.sleep(5);
                    }
                    catch (InterruptedException e) {
                        return;
                    }
                }
            }, "heap-sampler");
            thread.setDaemon(true);
            thread.start();
        }

        long peakMb() {
            return peak.get() / (1024 * 1024);
        }

        @Override
        public void close() throws InterruptedException {
            running = false;
            thread.join();
        }
    }
}
