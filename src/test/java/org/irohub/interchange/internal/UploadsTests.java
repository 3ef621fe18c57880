package org.irohub.interchange.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

class UploadsTests {

    final Uploads uploads = new Uploads(new InterchangeProperties(DataSize.ofBytes(1000), null, null));

    @Test
    void aBodyWithinTheLimitIsCopiedToATemporaryFile() throws IOException {
        Path file = uploads.save(new ByteArrayInputStream("<Message/>".getBytes()));
        assertThat(Files.readString(file)).isEqualTo("<Message/>");
        Files.delete(file);
    }

    @Test
    void aBodyOverTheLimitIsRefusedAsItStreamsInAndLeavesNoFileBehind() throws IOException {
        List<Path> before = censusTempFiles();
        assertThatThrownBy(() -> uploads.save(new ByteArrayInputStream(new byte[1001])))
            .isInstanceOf(Uploads.TooLargeException.class);
        assertThat(censusTempFiles()).isEqualTo(before);
    }

    @Test
    void anEmptyBodyIsNoFile() throws IOException {
        assertThat(uploads.save(new ByteArrayInputStream(new byte[0]))).isNull();
    }

    static List<Path> censusTempFiles() throws IOException {
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.filter(p -> p.getFileName().toString().startsWith("cin-census-")).sorted().toList();
        }
    }
}
