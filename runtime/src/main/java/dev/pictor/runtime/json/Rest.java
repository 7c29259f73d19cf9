package dev.pictor.runtime.json;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the last component of a generated record that keeps what its schema does not name: a
 * {@code Map<String, V>} of an object's undeclared members ({@link UndeclaredMembersDeserializer}) or a
 * {@code List<V>} of a tuple's items after its positions ({@link TupleDeserializer}).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface Rest {}
