package dev.pictor.runtime.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a generated tuple record (a {@code prefixItems} schema) from a JSON array: item {@code i} into the record's
 * {@code i}th component, the items after the positions into its {@link Rest} component (a {@code List<V>}), if it has
 * one; a missing item leaves its component unset, an item beyond the positions of a record without a rest fails.
 * {@link TupleSerializer} writes it back.
 *
 * <p>Generated code: {@code @JsonDeserialize(using = TupleDeserializer.class)} and
 * {@code @JsonSerialize(using = TupleSerializer.class)} on the record, {@code @Rest} on its last component if the
 * schema allows items after the positions.
 */
public final class TupleDeserializer extends JsonDeserializer<Object> implements ContextualDeserializer {

    private final Class<?> record;
    private final Constructor<?> constructor;
    private final RecordComponent[] components;
    private final int rest;
    private final RecordComponents.LazyReaders readers;

    /** The form Jackson instantiates; {@link #createContextual} makes the working one per record type. */
    public TupleDeserializer() {
        this.record = null;
        this.constructor = null;
        this.components = null;
        this.rest = -1;
        this.readers = null;
    }

    private TupleDeserializer(Class<?> record) throws NoSuchMethodException {
        this.record = record;
        this.constructor = RecordComponents.canonical(record);
        this.components = record.getRecordComponents();
        this.rest = RecordComponents.restIndex(components);
        this.readers = new RecordComponents.LazyReaders(components, rest);
    }

    @Override
    public JsonDeserializer<?> createContextual(DeserializationContext ctxt, BeanProperty property)
            throws JsonMappingException {
        JavaType type = ctxt.getContextualType();
        if (type == null || !type.getRawClass().isRecord()) {
            throw JsonMappingException.from(ctxt, "TupleDeserializer is for records only");
        }
        try {
            return new TupleDeserializer(type.getRawClass());
        } catch (NoSuchMethodException e) {
            throw JsonMappingException.from(ctxt, "no canonical constructor in " + type, e);
        }
    }

    @Override
    public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        if (p.currentToken() != JsonToken.START_ARRAY) {
            return ctxt.handleUnexpectedToken(record, p);
        }
        RecordComponents.Reader[] all = readers.get(ctxt);
        int positions = rest < 0 ? components.length : rest;
        Object[] values = new Object[components.length];
        List<Object> after = new ArrayList<>();
        int i = 0;
        for (JsonToken token = p.nextToken(); token != JsonToken.END_ARRAY; token = p.nextToken(), i++) {
            if (i < positions) {
                values[i] = all[i].read(p, ctxt);
            } else if (rest >= 0) {
                after.add(all[rest].read(p, ctxt));
            } else {
                return ctxt.reportInputMismatch(record, "%s holds at most %d items", record.getSimpleName(), positions);
            }
        }
        if (rest >= 0) {
            values[rest] = after;
        }
        return RecordComponents.construct(ctxt, constructor, values);
    }
}
