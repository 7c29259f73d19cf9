package dev.pictor.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * One asynchronous job (a Replicate prediction, a RunPod job). It goes through three stages, one per {@link #step}
 * of the emulator's clock since it was created: queued (0), running (1), finished (2), where it ends with images or
 * with an error. A job told to finish now (Replicate's {@code Prefer: wait}, RunPod's {@code /runsync}) is finished at
 * once; a cancelled job stays at the stage it was cancelled in.
 */
final class Job {

    static final int QUEUED = 0;
    static final int RUNNING = 1;
    static final int FINISHED = 2;

    private final String id;
    private final ServedModel model;
    private final JsonNode input;
    private final Instant created;
    private final Duration step;
    private final List<byte[]> images;
    private final JsonNode output;
    private final String error;
    private boolean finishedNow;
    private Instant cancelled;

    /** @param error null for a job that succeeds with {@code output} and {@code images} */
    Job(
            String id,
            ServedModel model,
            JsonNode input,
            Instant created,
            Duration step,
            List<byte[]> images,
            JsonNode output,
            String error) {
        this.id = id;
        this.model = model;
        this.input = input;
        this.created = created;
        this.step = step;
        this.images = images == null ? List.of() : List.copyOf(images);
        this.output = output;
        this.error = error;
    }

    String id() {
        return id;
    }

    ServedModel model() {
        return model;
    }

    JsonNode input() {
        return input;
    }

    Instant created() {
        return created;
    }

    List<byte[]> images() {
        return images;
    }

    JsonNode output() {
        return output;
    }

    boolean failed() {
        return error != null;
    }

    String error() {
        return error;
    }

    synchronized void finishNow() {
        if (cancelled == null) {
            finishedNow = true;
        }
    }

    /** Cancels a job that has not finished; true when it was cancelled now or before. */
    synchronized boolean cancel(Instant now) {
        if (cancelled == null && stage(now) != FINISHED) {
            cancelled = now;
        }
        return cancelled != null;
    }

    synchronized boolean cancelled() {
        return cancelled != null;
    }

    /**
     * The stage at {@code now}. With a zero step a job is finished whenever anyone looks after its creation (the
     * creation answer itself always shows the first stage, unless the job was told to finish now).
     */
    synchronized int stage(Instant now) {
        Instant at = cancelled != null ? cancelled : now;
        if (finishedNow) {
            return FINISHED;
        }
        if (step.isZero()) {
            return FINISHED;
        }
        long elapsed = Duration.between(created, at).toNanos();
        long stages = elapsed <= 0 ? 0 : elapsed / step.toNanos();
        return (int) Math.min(FINISHED, stages);
    }

    /** When the job reached {@code stage}, by the schedule (for time stamps). */
    synchronized Instant reached(int stage) {
        return finishedNow ? created : created.plus(step.multipliedBy(stage));
    }

    synchronized boolean finishedAtOnce() {
        return finishedNow;
    }
}
