package org.irohub.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * A migration that has landed is never edited: every database migrated since would refuse to start on its
 * changed checksum. Changes go in a new migration. {@code db/landed-migrations.sha256} records each migration's
 * SHA-256 (as {@code sha256sum} prints it, run in {@code src/main/resources}); a new migration is added at its end.
 * <p>
 * A new migration also needs a version above every recorded one: Flyway refuses to start a database already
 * migrated past a version it finds there unapplied ("Detected resolved migration not applied to database"), so a
 * lower number would pass every test on a fresh database and stop every running service.
 */
class MigrationHistoryTests {

    private static final String RECORD = "/db/landed-migrations.sha256";

    @Test
    void noRecordedMigrationHasChanged() throws IOException {
        Map<String, String> changed = new LinkedHashMap<>();
        recorded().forEach((path, sha) -> {
            String now = sha256(path);
            if (!sha.equals(now)) {
                changed.put(path, now == null ? "removed" : "changed");
            }
        });
        assertThat(changed).as("Migrations that landed were edited or removed; put the change in a new migration")
            .isEmpty();
    }

    @Test
    void everyMigrationIsRecorded() throws IOException {
        TreeSet<String> unrecorded = new TreeSet<>();
        for (Resource migration : new PathMatchingResourcePatternResolver().getResources("classpath*:db/migration/**/V*.sql")) {
            String url = migration.getURL().toString();
            unrecorded.add(url.substring(url.lastIndexOf("db/migration/")));
        }
        unrecorded.removeAll(recorded().keySet());
        assertThat(unrecorded).as("Record these in src/test/resources" + RECORD + " (sha256sum, run in src/main/resources)")
            .isEmpty();
    }

    @Test
    void eachMigrationRecordedHasAVersionNoLowerThanThoseRecordedBeforeIt() throws IOException {
        int highest = 0;
        List<String> outOfOrder = new java.util.ArrayList<>();
        for (String path : recorded().keySet()) {
            var version = java.util.regex.Pattern.compile("/V(\\d+)__").matcher(path);
            assertThat(version.find()).as(path).isTrue();
            int v = Integer.parseInt(version.group(1));
            if (v < highest) {
                outOfOrder.add(path + " (after V" + highest + ")");
            }
            highest = Math.max(highest, v);
        }
        assertThat(outOfOrder).as("Give a new migration a version above every landed one, and record it last").isEmpty();
    }

    private static Map<String, String> recorded() throws IOException {
        Map<String, String> recorded = new LinkedHashMap<>();
        try (InputStream in = MigrationHistoryTests.class.getResourceAsStream(RECORD)) {
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
            for (String line : lines) {
                if (!line.isBlank()) {
                    String[] parts = line.trim().split("\\s+", 2);
                    recorded.put(parts[1], parts[0]);
                }
            }
        }
        return recorded;
    }

    private static String sha256(String path) {
        try (InputStream in = MigrationHistoryTests.class.getResourceAsStream("/" + path)) {
            if (in == null) {
                return null;
            }
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(in.readAllBytes()));
        }
        catch (IOException | NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
