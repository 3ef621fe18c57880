package org.irohub.interchange.internal;

import java.nio.file.Path;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.LongConsumer;

import org.irohub.calendar.WorkingDayCalendar;
import org.irohub.interchange.ImportSummary;

/**
 * Reads a census file on a thread of its own, at most {@value #AHEAD} chunks ahead of the writing, which stays on
 * the caller's thread (and in its transaction). Reading and mapping cost about as much CPU as the database takes
 * to write a chunk, so on two cores the one hides behind the other. When reading fails the error is rethrown on
 * the caller's thread; when writing fails the reader is stopped.
 */
final class ReadAhead {

    static final int AHEAD = 2;

    /** The return as read, once every chunk has been handed on. */
    record Read(CensusHeader header, ImportSummary summary) {
    }

    private record Failed(Throwable error) {
    }

    /** Unwinds the reader when the writing side has stopped taking chunks. */
    private static final class Stopped extends RuntimeException {

        private static final long serialVersionUID = 1L;

        Stopped() {
            super(null, null, false, false);
        }
    }

    private ReadAhead() {
    }

    static Read run(Path file, LongConsumer bytesRead, WorkingDayCalendar calendar, Consumer<ChunkReader.Chunk> write) {
        BlockingQueue<Object> queue = new ArrayBlockingQueue<>(AHEAD);
        Thread reader = new Thread(() -> {
            try {
                ChunkReader chunks = new ChunkReader(calendar, chunk -> put(queue, chunk));
                new CensusWalker(file, bytesRead).walk(chunks::header, chunks::child);
                chunks.finish();
                put(queue, new Read(chunks.header(), chunks.summary()));
            }
            catch (Stopped e) {
                // the writing side failed and has its own error to report
            }
            catch (RuntimeException | Error e) {
                try {
                    put(queue, new Failed(e));
                }
                catch (Stopped stopped) {
                    // as above
                }
            }
        }, "cin-census-read");
        reader.setDaemon(true);
        reader.start();
        try {
            while (true) {
                Object next = queue.take();
                if (next instanceof ChunkReader.Chunk chunk) {
                    write.accept(chunk);
                }
                else if (next instanceof Read read) {
                    return read;
                }
                else if (next instanceof Failed failed) {
                    if (failed.error() instanceof RuntimeException e) {
                        throw e;
                    }
                    throw (Error) failed.error();
                }
            }
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("The import was interrupted", e);
        }
        finally {
            reader.interrupt();
            join(reader);
        }
    }

    private static void put(BlockingQueue<Object> queue, Object item) {
        try {
            queue.put(item);
        }
        catch (InterruptedException e) {
            throw new Stopped();
        }
    }

    /** So that no reader is left holding the file, which may be deleted as soon as the import ends. */
    private static void join(Thread reader) {
        try {
            reader.join(TimeUnit.SECONDS.toMillis(10));
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
