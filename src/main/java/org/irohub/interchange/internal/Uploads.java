package org.irohub.interchange.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

/**
 * Copies an uploaded return to a private temporary file, for the import to read twice. A body larger than the
 * configured limit is refused as it streams in, before it fills the disk.
 */
@Component
public class Uploads {

    /** The upload is larger than {@code irohub.interchange.max-file-size}. */
    public static class TooLargeException extends RuntimeException {
        public TooLargeException(long limit) {
            super("The file is larger than the " + (limit >> 20) + " MB limit");
        }
    }

    private final InterchangeProperties properties;

    Uploads(InterchangeProperties properties) {
        this.properties = properties;
    }

    /** @return the copy, or null when the body is empty */
    public Path save(InputStream body) throws IOException {
        long limit = properties.maxFileSize().toBytes();
        Path file = Files.createTempFile("cin-census-", ".xml");
        long copied = 0;
        try (OutputStream out = Files.newOutputStream(file)) {
            byte[] buffer = new byte[1 << 16];
            int n;
            while ((n = body.read(buffer)) > 0) {
                copied += n;
                if (copied > limit) {
                    throw new TooLargeException(limit);
                }
                out.write(buffer, 0, n);
            }
        }
        catch (IOException | RuntimeException e) {
            Files.deleteIfExists(file);
            throw e;
        }
        if (copied == 0) {
            Files.delete(file);
            return null;
        }
        return file;
    }

    /** @return the copy, or null when no file was chosen or it is empty */
    public Path save(MultipartFile upload) throws IOException {
        if (upload == null || upload.isEmpty()) {
            return null;
        }
        try (InputStream in = upload.getInputStream()) {
            return save(in);
        }
    }
}
