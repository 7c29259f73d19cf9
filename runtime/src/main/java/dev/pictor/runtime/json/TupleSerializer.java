package dev.pictor.runtime.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.List;

/**
 * Writes a generated tuple record as a JSON array: its positions in order, up to the last one set (an unset position
 * before it is written as {@code null}), then the items of its {@link Rest} component. Each position is written with
 * the codec its component names ({@code @JsonSerialize(using = ...)}), else as Jackson writes its value.
 * {@link TupleDeserializer} reads it.
 */
public final class TupleSerializer extends JsonSerializer<Object> {

    /** The form Jackson instantiates. */
    public TupleSerializer() {}

    @Override
    public void serialize(Object value, JsonGenerator gen, SerializerProvider provider) throws IOException {
        RecordComponent[] components = value.getClass().getRecordComponents();
        int rest = RecordComponents.restIndex(components);
        int positions = rest < 0 ? components.length : rest;
        Object[] values = new Object[components.length];
        int last = -1;
        for (int i = 0; i < components.length; i++) {
            values[i] = get(components[i], value, provider);
            if (i < positions && values[i] != null) {
                last = i;
            }
        }
        List<?> after = rest < 0 || values[rest] == null ? List.of() : (List<?>) values[rest];
        if (!after.isEmpty()) {
            last = positions - 1;
        }
        gen.writeStartArray(value);
        for (int i = 0; i <= last; i++) {
            write(components[i], values[i], gen, provider);
        }
        for (Object item : after) {
            provider.defaultSerializeValue(item, gen);
        }
        gen.writeEndArray();
    }

    @SuppressWarnings("unchecked")
    private static void write(RecordComponent component, Object value, JsonGenerator gen, SerializerProvider provider)
            throws IOException {
        if (value == null) {
            gen.writeNull();
            return;
        }
        JsonSerialize codec = component.getAccessor().getAnnotation(JsonSerialize.class);
        if (codec != null && codec.using() != JsonSerializer.None.class) {
            ((JsonSerializer<Object>) provider.serializerInstance(null, codec.using())).serialize(value, gen, provider);
        } else {
            provider.defaultSerializeValue(value, gen);
        }
    }

    private static Object get(RecordComponent component, Object record, SerializerProvider provider)
            throws IOException {
        try {
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw JsonMappingException.from(provider, "cannot read " + component.getName(), e);
        }
    }
}
