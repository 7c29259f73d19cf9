package dev.pictor.core.load;

/** Told how far a long run is: after each document read, how many of how many are done. */
@FunctionalInterface
public interface Progress {

    /** Progress nobody watches. */
    Progress NONE = (done, total) -> {};

    /**
     * One more document is done.
     *
     * @param done  the documents done so far
     * @param total the documents of the run
     */
    void done(int done, int total);
}
