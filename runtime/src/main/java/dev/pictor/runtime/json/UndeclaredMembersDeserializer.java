package dev.pictor.runtime.json;

import com.fasterxml.jackson.annotation.JsonProperty;
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
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads a generated record whose schema types its undeclared members ({@code patternProperties}, a schema-valued
 * {@code additionalProperties}): each declared member into its component (by the {@code @JsonProperty} name), every
 * other member into the {@link Rest} component, a {@code Map<String, V>}, in the order read. Jackson's own
 * {@code @JsonAnySetter} on a constructor parameter collects them in a {@code HashMap}, which loses the order.
 * Writing needs only Jackson: the rest component is a {@code @JsonAnyGetter}.
 *
 * <p>Generated code: {@code @JsonDeserialize(using = UndeclaredMembersDeserializer.class)} on the record,
 * {@code @Rest @JsonAnyGetter} on its last component.
 */
public final class UndeclaredMembersDeserializer extends JsonDeserializer<Object> implements ContextualDeserializer {

    private final Class<?> record;
    private final Constructor<?> constructor;
    private final RecordComponent[] components;
    private final Map<String, Integer> declared;
    private final int rest;
    private final RecordComponents.LazyReaders readers;

    /** The form Jackson instantiates; {@link #createContextual} makes the working one per record type. */
    public UndeclaredMembersDeserializer() {
        this.record = null;
        this.constructor = null;
        this.components = null;
        this.declared = null;
        this.rest = -1;
        this.readers = null;
    }

    private UndeclaredMembersDeserializer(Class<?> record) throws NoSuchMethodException {
        this.record = record;
        this.constructor = RecordComponents.canonical(record);
        this.components = record.getRecordComponents();
        this.rest = RecordComponents.restIndex(components);
        this.readers = new RecordComponents.LazyReaders(components, rest);
        this.declared = new HashMap<>();
        for (int i = 0; i < components.length; i++) {
            JsonProperty name = components[i].getAccessor().getAnnotation(JsonProperty.class);
            if (i != rest && name != null) {
                declared.put(name.value(), i);
            }
        }
    }

    @Override
    public JsonDeserializer<?> createContextual(DeserializationContext ctxt, BeanProperty property)
            throws JsonMappingException {
        JavaType type = ctxt.getContextualType();
        if (type == null
                || !type.getRawClass().isRecord()
                || RecordComponents.restIndex(type.getRawClass().getRecordComponents()) < 0) {
            throw JsonMappingException.from(
                    ctxt, "UndeclaredMembersDeserializer is for records with a @Rest component only");
        }
        try {
            return new UndeclaredMembersDeserializer(type.getRawClass());
        } catch (NoSuchMethodException e) {
            throw JsonMappingException.from(ctxt, "no canonical constructor in " + type, e);
        }
    }

    @Override
    public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        JsonToken token = p.currentToken();
        if (token == JsonToken.START_OBJECT) {
            token = p.nextToken();
        } else if (token != JsonToken.FIELD_NAME && token != JsonToken.END_OBJECT) {
            return ctxt.handleUnexpectedToken(record, p);
        }
        RecordComponents.Reader[] all = readers.get(ctxt);
        Object[] values = new Object[components.length];
        Map<String, Object> undeclared = new LinkedHashMap<>();
        for (; token == JsonToken.FIELD_NAME; token = p.nextToken()) {
            String name = p.currentName();
            p.nextToken();
            Integer at = declared.get(name);
            if (at != null) {
                values[at] = all[at].read(p, ctxt);
            } else {
                undeclared.put(name, all[rest].read(p, ctxt));
            }
        }
        values[rest] = undeclared;
        return RecordComponents.construct(ctxt, constructor, values);
    }
}
