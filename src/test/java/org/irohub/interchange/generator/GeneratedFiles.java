package org.irohub.interchange.generator;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** Generation into memory, for tests of small files. */
final class GeneratedFiles {

    private GeneratedFiles() {
    }

    static byte[] bytes(GeneratorSettings settings) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CensusGenerator.write(settings, out);
        return out.toByteArray();
    }

    static String text(GeneratorSettings settings) {
        return new String(bytes(settings), StandardCharsets.UTF_8);
    }
}
