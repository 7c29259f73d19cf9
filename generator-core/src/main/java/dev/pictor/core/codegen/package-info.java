/**
 * The codegen stage: turns each {@link dev.pictor.core.link.LinkedModel} into Java source text.
 * {@link TypeEmitter} (records, builders, enums, sealed interfaces; {@code EnumEmitter} for number and open enums)
 * and {@link ValidatorEmitter} build their code with JavaPoet (a validator's {@code unevaluatedProperties} and
 * {@code unevaluatedItems}, and the collectors of what was evaluated, come from {@code EvaluatedCollectors});
 * {@link AdapterEmitter} renders each model's adapter from the Mustache template of its provider's transport kind
 * ({@link AdapterTemplates}). Generated code names the runtime's classes as text ({@link RuntimeTypes}): the core
 * does not depend on the runtime.
 */
package dev.pictor.core.codegen;
