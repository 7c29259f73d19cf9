/**
 * How the pipeline uses every core without giving up deterministic output: {@link InOrder} runs independent pieces
 * of work (one document's lint, link or emission) on a fixed pool of threads and hands their results back in the
 * order of the input, so that everything decided across documents is then decided sequentially, as before.
 */
package dev.pictor.core.concurrent;
