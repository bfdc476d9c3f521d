package io.zonebrief;

import io.zonebrief.ingest.DocumentReader;
import io.zonebrief.ingest.Manifest;
import io.zonebrief.summary.Problem;
import io.zonebrief.summary.SummaryBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Analyses the documents of a run on several threads with the same results as on one: reading,
 * cleaning, extraction and filing figures run on a pool, while placing each document in its zone
 * (which learns enterprise names from earlier documents) runs on the calling thread in input order.
 * At most a few documents per thread are read ahead, so memory does not grow with the number of
 * inputs beyond the results themselves.
 */
final class DocumentPipeline {

    private static final int AHEAD_PER_THREAD = 4;

    private final DocumentSteps steps;
    private final DocumentReader reader;
    private final Manifest manifest;
    private final ReviewApplier review;
    private final Progress progress;
    private final int threads;
    private Function<Path, String> idOf = p -> null;
    private Set<Manifest.Entry> used = new java.util.HashSet<>();

    DocumentPipeline(DocumentSteps steps, DocumentReader reader, Manifest manifest, ReviewApplier review,
                     Progress progress, int threads) {
        this.steps = steps;
        this.reader = reader;
        this.manifest = manifest;
        this.review = review;
        this.progress = progress;
        this.threads = threads;
    }

    /** The results of all readable files in input order; unreadable ones are added to {@code problems}. */
    List<SummaryBuilder.DocumentResult> run(List<Path> files, Function<Path, String> idOf, Set<Manifest.Entry> used,
                                            Map<String, SummaryBuilder.ZoneFacts> zoneFacts,
                                            List<Problem> problems) throws IOException {
        this.idOf = idOf;
        this.used = used;
        return threads <= 1 ? sequential(files, zoneFacts, problems) : parallel(files, zoneFacts, problems);
    }

    /** Reads one file under its run-wide id, noting the manifest entry that describes it. */
    private DocumentSteps.Read read(Path file, Optional<Manifest.Entry> entry) {
        return steps.read(file, idOf.apply(file), reader, entry);
    }

    private Optional<Manifest.Entry> entryOf(Path file) {
        Optional<Manifest.Entry> entry = manifest.find(file);
        entry.ifPresent(used::add);
        return entry;
    }

    private List<SummaryBuilder.DocumentResult> sequential(List<Path> files,
                                                           Map<String, SummaryBuilder.ZoneFacts> zoneFacts,
                                                           List<Problem> problems) throws IOException {
        List<SummaryBuilder.DocumentResult> results = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            Path file = files.get(i);
            progress.document(i + 1, files.size(), file);
            DocumentSteps.Read r = read(file, entryOf(file));
            if (failed(r, problems)) {
                continue;
            }
            results.add(reviewed(steps.finish(steps.place(r, zoneFacts))));
        }
        return results;
    }

    private List<SummaryBuilder.DocumentResult> parallel(List<Path> files,
                                                         Map<String, SummaryBuilder.ZoneFacts> zoneFacts,
                                                         List<Problem> problems) throws IOException {
        ExecutorService pool = Executors.newFixedThreadPool(threads, daemonThreads());
        try {
            List<SummaryBuilder.DocumentResult> results = new ArrayList<>();
            Deque<Future<DocumentSteps.Read>> reading = new ArrayDeque<>();
            Deque<Future<SummaryBuilder.DocumentResult>> finishing = new ArrayDeque<>();
            int next = 0;
            for (int i = 0; i < files.size(); i++) {
                while (next < files.size() && reading.size() < AHEAD_PER_THREAD * threads) {
                    Path file = files.get(next++);
                    Optional<Manifest.Entry> entry = entryOf(file);
                    reading.add(pool.submit(() -> read(file, entry)));
                }
                progress.document(i + 1, files.size(), files.get(i));
                DocumentSteps.Read r = await(reading.poll());
                if (!failed(r, problems)) {
                    DocumentSteps.Placed placed = steps.place(r, zoneFacts);
                    finishing.add(pool.submit(() -> steps.finish(placed)));
                }
                while (!finishing.isEmpty() && finishing.peek().isDone()) {
                    results.add(reviewed(await(finishing.poll())));
                }
            }
            while (!finishing.isEmpty()) {
                results.add(reviewed(await(finishing.poll())));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    private static boolean failed(DocumentSteps.Read r, List<Problem> problems) {
        if (r.failure() == null) {
            return false;
        }
        String name = r.file().toString();
        problems.add(Problem.failed(name, r.failure().getMessage().substring(name.length() + 2)));
        return true;
    }

    private SummaryBuilder.DocumentResult reviewed(SummaryBuilder.DocumentResult r) throws IOException {
        return ZoneBrief.reviewed(r, review);
    }

    /** The task's result; what it threw is thrown here, as it would have been on one thread. */
    private static <T> T await(Future<T> f) throws IOException {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            if (cause instanceof IOException io) {
                throw io;
            }
            throw new UncheckedIOException(new IOException(cause));
        }
    }

    private static java.util.concurrent.ThreadFactory daemonThreads() {
        AtomicInteger n = new AtomicInteger();
        return task -> {
            Thread t = new Thread(task, "zonebrief-analysis-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
