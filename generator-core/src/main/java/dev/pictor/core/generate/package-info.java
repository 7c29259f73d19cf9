/**
 * The generation pipeline behind every front end: {@link Generator} lints a schemas root, picks the models
 * ({@link Selection}), links them, emits their files in memory ({@link GeneratedFile}) and then writes them. Writing is
 * the last stage: a file is written atomically and only when its bytes changed, files an earlier run generated and
 * this one does not are deleted, and a run with a failing finding writes nothing.
 */
package dev.pictor.core.generate;
