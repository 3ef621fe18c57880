package org.irohub.interchange.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.LongConsumer;

/**
 * Counts the bytes the parser reads (for the progress bar) and refuses a run of more than
 * {@link CensusXml#MAX_RUN_BYTES} bytes without a {@code <}: an element's text (or a tag) that long would be
 * buffered whole by the parser before it could be checked, so it is stopped here, on the raw bytes.
 */
final class GuardedInput extends FilterInputStream {

    private static final int REPORT_EVERY = 1 << 18;

    private final LongConsumer progress;
    private long read;
    private long run;
    private long reported;
    private boolean oversized;

    GuardedInput(InputStream in, LongConsumer progress) {
        super(in);
        this.progress = progress;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            run = b == '<' ? 0 : run + 1;
            counted(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            int i = n - 1;
            while (i >= 0 && buffer[offset + i] != '<') {
                i--;
            }
            run = i < 0 ? run + n : n - i - 1;
            counted(n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        throw new IOException("Skipping is not supported");
    }

    private void counted(int n) throws IOException {
        read += n;
        if (run > CensusXml.MAX_RUN_BYTES) {
            oversized = true;
            throw new IOException("A run of text without markup is longer than the limit");
        }
        if (read - reported >= REPORT_EVERY) {
            reported = read;
            progress.accept(read);
        }
    }

    long bytesRead() {
        return read;
    }

    /** Whether reading stopped because of an oversized run (the parser reports it as an I/O error). */
    boolean oversized() {
        return oversized;
    }
}
