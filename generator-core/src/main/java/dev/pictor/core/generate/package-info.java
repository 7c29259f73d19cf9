/**
 * The generation pipeline behind every front end: {@link Generator} lints a schemas root, picks the models
 * ({@link Selection}), links them, emits their files in memory ({@link GeneratedFile}) and then writes them. Writing is
 * the last stage: a file is written only when its bytes changed, files an earlier run generated and this one does not
 * are deleted, and a run with a failing finding, or an output folder it cannot write, writes nothing. Each output
 * folder's new content is built beside it ({@link FolderUpdate}) and switched in ({@link OutputSwitch}), so that a
 * run killed at any moment leaves the old output or the new one; generated files are not forced to disk (they are
 * reproduced from their inputs), unlike imported documents and reports.
 */
package dev.pictor.core.generate;
