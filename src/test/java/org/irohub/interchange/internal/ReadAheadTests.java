package org.irohub.interchange.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.irohub.calendar.WorkingDayCalendar;
import org.irohub.interchange.generator.CensusGenerator;
import org.irohub.interchange.generator.GeneratorSettings;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReadAheadTests {

    private static final int CHILDREN = 3_000;

    @TempDir
    static Path dir;
    static Path file;
    static WorkingDayCalendar calendar;

    @BeforeAll
    static void generate() {
        GeneratorSettings settings = GeneratorSettings.defaults().withChildren(CHILDREN).withSeed(11).withIdPrefix("RA");
        file = dir.resolve("census.xml");
        CensusGenerator.write(settings, file);
        calendar = CensusGenerator.englandAndWales(settings);
    }

    @Test
    void handsOnEveryChildOnceInChunksOfAtMost250InFileOrder() {
        List<String> ids = new ArrayList<>();
        List<Integer> sizes = new ArrayList<>();
        ReadAhead.Read read = ReadAhead.run(file, bytes -> {
        }, calendar, chunk -> {
            sizes.add(chunk.children().size());
            chunk.children().forEach(c -> ids.add(c.laChildId()));
        });

        assertThat(ids).hasSize(CHILDREN).doesNotHaveDuplicates().startsWith("RA0001", "RA0002");
        assertThat(ids).isSortedAccordingTo(String::compareTo);
        assertThat(sizes).allMatch(n -> n <= ChunkReader.CHUNK).contains(ChunkReader.CHUNK);
        assertThat(read.summary().children()).isEqualTo(CHILDREN);
        assertThat(read.header().referenceDate()).isNotNull();
    }

    @Test
    void aFileRefusedPartWayIsRethrownOnTheWritingThreadAfterTheChunksBeforeIt() throws IOException {
        String xml = Files.readString(file);
        int cut = xml.indexOf("<Child>", xml.length() / 2);
        Path broken = dir.resolve("broken.xml");
        Files.writeString(broken, xml.substring(0, cut) + "<Child><LAchildID>X</Child>" + xml.substring(cut));
        AtomicInteger written = new AtomicInteger();
        Thread writer = Thread.currentThread();
        List<Thread> writingThreads = new ArrayList<>();

        assertThatThrownBy(() -> ReadAhead.run(broken, bytes -> {
        }, calendar, chunk -> {
            writingThreads.add(Thread.currentThread());
            written.addAndGet(chunk.children().size());
        })).isInstanceOf(CensusRefusedException.class).hasMessageContaining("not well-formed");

        assertThat(written.get()).isPositive().isLessThan(CHILDREN);
        assertThat(writingThreads).containsOnly(writer);
    }

    @Test
    void aFailedWriteStopsTheReaderAndIsWhatTheCallerSees() throws Exception {
        AtomicInteger chunks = new AtomicInteger();
        AtomicLong bytesRead = new AtomicLong();
        assertThatThrownBy(() -> ReadAhead.run(file, bytesRead::set, calendar, chunk -> {
            if (chunks.incrementAndGet() == 2) {
                throw new IllegalStateException("database gone");
            }
        })).isInstanceOf(IllegalStateException.class).hasMessage("database gone");

        long stoppedAt = bytesRead.get();
        Thread.sleep(300);
        assertThat(chunks.get()).isEqualTo(2);
        assertThat(bytesRead.get()).isEqualTo(stoppedAt).isLessThan(Files.size(file) / 2);
    }
}
