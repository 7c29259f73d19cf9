/**
 * File helpers shared by the core and the front ends: {@link InputFiles}, the one place Pictor reads an input from
 * (regular files only, under one size limit, streamed with a cap), {@link AtomicFiles}, the one place Pictor replaces a
 * single file from (a temporary file in the target's folder, forced to disk, then one move; generated output is
 * switched in folder by folder by {@code core.generate}), and {@link Glob}, the platform-independent
 * glob over {@code /}-separated paths and ids that lint rule overrides and the includes and excludes of generation
 * use.
 */
package dev.pictor.core.io;
