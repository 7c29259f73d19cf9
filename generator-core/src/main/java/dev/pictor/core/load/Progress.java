package dev.pictor.core.load;

/**
 * Told how far a long run is: after each step (a document read, a model generated), how many of how many are done.
 * Front ends show it; it never changes what the run produces.
 */
@FunctionalInterface
public interface Progress {

    /** Progress nobody watches. */
    Progress NONE = (done, total) -> {};

    /**
     * One more step is done.
     *
     * @param done  the steps done so far
     * @param total the steps of the run
     */
    void done(int done, int total);
}
