package dev.pictor.runtime.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.pictor.runtime.JsonValue;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;

/**
 * How the runtime's own record readers ({@link WrapperDeserializer}, {@link UndeclaredMembersDeserializer},
 * {@link TupleDeserializer}) read one value of a generated record's component and build the record: with the codec
 * the component names, and refusing a JSON {@code null} where the component says so ({@link NonNullDeserializer}).
 */
final class RecordComponents {

    private RecordComponents() {}

    /** Reads values of one type, optionally refusing {@code null}. */
    record Reader(JsonDeserializer<Object> deserializer, boolean refusesNull, String name) {

        /** Reads the value at the parser's current token. */
        Object read(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() == JsonToken.VALUE_NULL) {
                if (refusesNull) {
                    return ctxt.reportInputMismatch(deserializer.handledType(), "null is not a value of %s", name);
                }
                return deserializer.getNullValue(ctxt);
            }
            return deserializer.deserialize(p, ctxt);
        }
    }

    /** The reader of a component's values: its own codec if it names one, else its type's. */
    @SuppressWarnings("unchecked")
    static Reader of(DeserializationContext ctxt, RecordComponent component) throws JsonMappingException {
        // Annotations on a component land on its accessor (JsonDeserialize does not target components).
        JsonDeserialize codec = component.getAccessor().getAnnotation(JsonDeserialize.class);
        boolean nonNull = codec != null && codec.using() == NonNullDeserializer.class;
        JsonDeserializer<Object> found;
        if (codec != null && codec.using() != JsonDeserializer.None.class && !nonNull) {
            found = (JsonDeserializer<Object>) ctxt.deserializerInstance(null, codec.using());
        } else {
            found = ctxt.findRootValueDeserializer(ctxt.getTypeFactory().constructType(component.getGenericType()));
        }
        return new Reader(found, nonNull, component.getName());
    }

    /**
     * The reader of the values of a rest component: the {@code V} of its {@code Map<String, V>} or {@code List<V>}. A
     * JSON {@code null} is a value only of {@code JsonValue}, as for any typed component.
     */
    static Reader ofContents(DeserializationContext ctxt, RecordComponent component) throws JsonMappingException {
        JavaType content =
                ctxt.getTypeFactory().constructType(component.getGenericType()).getContentType();
        boolean refusesNull = content.getRawClass() != JsonValue.class;
        return new Reader(ctxt.findRootValueDeserializer(content), refusesNull, component.getName());
    }

    /** A reader per component: the rest's (at {@code rest}, or -1 for none) reads the values it holds. */
    static Reader[] readers(DeserializationContext ctxt, RecordComponent[] components, int rest)
            throws JsonMappingException {
        Reader[] all = new Reader[components.length];
        for (int i = 0; i < components.length; i++) {
            all[i] = i == rest ? ofContents(ctxt, components[i]) : of(ctxt, components[i]);
        }
        return all;
    }

    /**
     * The readers of one record's components, found on first use rather than when its deserializer is made
     * contextual: a record that contains itself is still being built then.
     */
    static final class LazyReaders {

        private final RecordComponent[] components;
        private final int rest;
        private volatile Reader[] found;

        /** The readers of {@code components}, the rest's (at {@code rest}, or -1) reading the values it holds. */
        LazyReaders(RecordComponent[] components, int rest) {
            this.components = components;
            this.rest = rest;
        }

        /** A reader per component, found once. */
        Reader[] get(DeserializationContext ctxt) throws JsonMappingException {
            Reader[] all = found;
            if (all == null) {
                all = readers(ctxt, components, rest);
                found = all;
            }
            return all;
        }
    }

    /** The record's canonical constructor. */
    static Constructor<?> canonical(Class<?> record) throws NoSuchMethodException {
        RecordComponent[] components = record.getRecordComponents();
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
        }
        return record.getDeclaredConstructor(types);
    }

    /** Builds the record from its component values. */
    static Object construct(DeserializationContext ctxt, Constructor<?> constructor, Object... values)
            throws JsonMappingException {
        try {
            return constructor.newInstance(values);
        } catch (InstantiationException | IllegalAccessException | InvocationTargetException e) {
            throw JsonMappingException.from(
                    ctxt, "cannot create " + constructor.getDeclaringClass().getSimpleName(), e);
        }
    }

    /** The index of the component marked {@link Rest}, or -1. */
    static int restIndex(RecordComponent[] components) {
        for (int i = 0; i < components.length; i++) {
            if (components[i].isAnnotationPresent(Rest.class)) {
                return i;
            }
        }
        return -1;
    }
}
