package dev.pictor.runtime.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.node.NullNode;
import dev.pictor.runtime.JsonValue;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;

/**
 * Reads a generated wrapper record (a record around one value, for a schema that is not an object) from the bare
 * JSON value. Jackson's delegating creators treat a one-argument {@code Long} or {@code String} constructor as a
 * scalar creator and refuse {@code 1.0} or a JSON {@code null}; this reads the value exactly as a component of that
 * type (with its own codec, if it names one) and then calls the canonical constructor.
 *
 * <p>Generated code: {@code @JsonDeserialize(using = WrapperDeserializer.class)} on the wrapper record.
 */
public final class WrapperDeserializer extends JsonDeserializer<Object> implements ContextualDeserializer {

    private final Class<?> record;
    private final Constructor<?> constructor;
    private final RecordComponent component;
    private volatile JsonDeserializer<Object> valueDeserializer;

    /** The form Jackson instantiates; {@link #createContextual} makes the working one per wrapper type. */
    public WrapperDeserializer() {
        this.record = null;
        this.constructor = null;
        this.component = null;
    }

    private WrapperDeserializer(Class<?> record) throws NoSuchMethodException {
        this.record = record;
        this.component = record.getRecordComponents()[0];
        this.constructor = record.getDeclaredConstructor(component.getType());
    }

    @Override
    public JsonDeserializer<?> createContextual(DeserializationContext ctxt, BeanProperty property)
            throws JsonMappingException {
        JavaType type = ctxt.getContextualType();
        if (type == null || !type.getRawClass().isRecord() || type.getRawClass().getRecordComponents().length != 1) {
            throw JsonMappingException.from(ctxt, "WrapperDeserializer is for records of one component only");
        }
        try {
            return new WrapperDeserializer(type.getRawClass());
        } catch (NoSuchMethodException e) {
            throw JsonMappingException.from(ctxt, "no canonical constructor in " + type, e);
        }
    }

    private JsonDeserializer<Object> valueDeserializer(DeserializationContext ctxt) throws JsonMappingException {
        JsonDeserializer<Object> found = valueDeserializer;
        if (found == null) {
            found = RecordComponents.of(ctxt, component).deserializer();
            valueDeserializer = found;
        }
        return found;
    }

    @Override
    public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        return wrap(valueDeserializer(ctxt).deserialize(p, ctxt), ctxt);
    }

    /** A JSON {@code null}: a value of the wrapper only when it holds any JSON value. */
    @Override
    public Object getNullValue(DeserializationContext ctxt) throws JsonMappingException {
        if (component != null && component.getType() == JsonValue.class) {
            return wrap(JsonValue.of(NullNode.getInstance()), ctxt);
        }
        return ctxt.reportInputMismatch(
                record, "null is not a value of %s", record == null ? "this type" : record.getSimpleName());
    }

    private Object wrap(Object value, DeserializationContext ctxt) throws JsonMappingException {
        try {
            return constructor.newInstance(value);
        } catch (InstantiationException | IllegalAccessException | InvocationTargetException e) {
            throw JsonMappingException.from(ctxt, "cannot create " + record.getSimpleName(), e);
        }
    }
}
