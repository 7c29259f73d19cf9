package dev.pictor.runtime.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.util.AccessPattern;
import dev.pictor.runtime.Nullable;
import java.io.IOException;

/**
 * Reads a {@link Nullable} (named on the class; Jackson's, not for direct use): an explicit JSON {@code null} is
 * {@link Nullable#ofNull()}, an absent member {@link Nullable#unset()}, any other JSON is read by the deserializer
 * Jackson uses for the value's type ({@code Nullable<Long>} reads a {@code Long} with the runtime's strict number
 * rules, {@code Nullable<List<Lora>>} a list of records). Jackson hands a {@code null} token to {@link #getNullValue}
 * and an absent creator property (a record component) to {@link #getAbsentValue}, never to {@link #deserialize}.
 */
public final class NullableDeserializer extends JsonDeserializer<Nullable<?>> implements ContextualDeserializer {

    /** The value's type; {@code null} in the form Jackson instantiates, before {@link #createContextual}. */
    private final JavaType valueType;

    private final BeanProperty property;
    /** Found on first use, not in {@link #createContextual}: a record that contains itself is still being built then. */
    private volatile JsonDeserializer<Object> delegate;

    /** The form Jackson instantiates; {@link #createContextual} makes the working one per value type. */
    public NullableDeserializer() {
        this(null, null);
    }

    private NullableDeserializer(JavaType valueType, BeanProperty property) {
        this.valueType = valueType;
        this.property = property;
    }

    @Override
    public JsonDeserializer<?> createContextual(DeserializationContext ctxt, BeanProperty property)
            throws JsonMappingException {
        // The type being read: the property's for a component, the element's for a list item (whose property is
        // the list's).
        JavaType type = ctxt.getContextualType();
        if (type == null && property != null) {
            type = property.getType();
        }
        if (type == null || !type.hasRawClass(Nullable.class)) {
            throw JsonMappingException.from(ctxt, "NullableDeserializer reads Nullable values only, not " + type);
        }
        JavaType value = type.containedType(0);
        return new NullableDeserializer(value != null ? value : ctxt.constructType(Object.class), property);
    }

    private JsonDeserializer<Object> delegate(DeserializationContext ctxt) throws JsonMappingException {
        JsonDeserializer<Object> found = delegate;
        if (found == null) {
            if (valueType == null) {
                throw JsonMappingException.from(ctxt, "NullableDeserializer was not made contextual");
            }
            found = ctxt.findContextualValueDeserializer(valueType, property);
            delegate = found;
        }
        return found;
    }

    @Override
    public Nullable<?> deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        Object value = delegate(ctxt).deserialize(p, ctxt);
        return value == null ? Nullable.ofNull() : Nullable.of(value);
    }

    /** An explicit {@code null}. */
    @Override
    public Nullable<?> getNullValue(DeserializationContext ctxt) {
        return Nullable.ofNull();
    }

    @Override
    public AccessPattern getNullAccessPattern() {
        return AccessPattern.CONSTANT;
    }

    /** An absent member. */
    @Override
    public Object getAbsentValue(DeserializationContext ctxt) {
        return Nullable.unset();
    }
}
