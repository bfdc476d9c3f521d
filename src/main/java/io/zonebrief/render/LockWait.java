package io.zonebrief.render;

import java.time.Duration;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * How long a run waits for an output folder another run holds, and where it says that it waits.
 * {@link #NONE} fails at once, as {@code --no-wait} asks.
 *
 * @param limit the longest wait; zero fails at once
 * @param notice takes the one-line "waiting for …" message, shown as progress
 */
public record LockWait(Duration limit, Consumer<String> notice) {

    /** Fails at once when the folder is held. */
    public static final LockWait NONE = new LockWait(Duration.ZERO, line -> { });

    public LockWait {
        Objects.requireNonNull(limit, "limit");
        Objects.requireNonNull(notice, "notice");
        if (limit.isNegative()) {
            throw new IllegalArgumentException("a wait cannot be negative but was " + limit);
        }
    }
}
