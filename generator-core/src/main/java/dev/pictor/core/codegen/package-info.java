/**
 * The codegen stage: turns each {@link dev.pictor.core.link.LinkedModel} into Java source text.
 * {@link TypeEmitter} (records, builders, enums, sealed interfaces; {@code EnumEmitter} for number and open enums)
 * and {@link ValidatorEmitter} (with {@code ItemAndConditionalChecks} for unique and contained items, {@code not}
 * and {@code if}, {@code ObjectKeywordChecks} for object counts, member names and dependencies, and
 * {@code EvaluatedCollectors} for {@code unevaluatedProperties} and {@code unevaluatedItems}) build their code with
 * JavaPoet; {@link AdapterEmitter} renders each model's adapter from the Mustache template of its provider's
 * transport kind ({@link AdapterTemplates}). Generated code names the runtime's classes as text
 * ({@link RuntimeTypes}): the core does not depend on the runtime. Schema text becomes a string literal only
 * through {@code StringLiterals}, and Javadoc or a comment only through {@link JavadocText}. What the class-file
 * limits rule out gets another form: {@code LargeRecordEmitter} (an object of more properties than a record's
 * constructor can take) and {@code LargeEnumEmitter} (an enum of more values than a static initialiser holds).
 */
package dev.pictor.core.codegen;
