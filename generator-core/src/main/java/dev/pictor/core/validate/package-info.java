/**
 * The reference JSON Schema validator: {@link ReferenceValidator} wraps networknt so that it reads only the
 * meta-schemas bundled in its jar and the fragments it is given, never the network or the file system, and reports
 * {@link Violation}s. The loader checks documents against their meta-schemas with it, lint checks schemas and
 * examples, and the emulator validates requests.
 */
package dev.pictor.core.validate;
