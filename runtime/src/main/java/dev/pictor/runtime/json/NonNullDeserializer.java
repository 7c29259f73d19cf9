package dev.pictor.runtime.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.PropertyName;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.jsontype.TypeDeserializer;
import java.io.IOException;

/**
 * For a generated component whose schema does not admit {@code null}: an explicit JSON {@code null} fails to bind,
 * while a member that is simply absent binds to Java {@code null} ("not set"). Jackson's
 * {@code @JsonSetter(nulls = Nulls.FAIL)} cannot tell the two apart for record components: it fails on both.
 *
 * <p>Put on a component with {@code @JsonDeserialize(using = NonNullDeserializer.class)}; the value itself is read
 * by the deserializer Jackson would use for the component's type.
 */
public final class NonNullDeserializer extends JsonDeserializer<Object> implements ContextualDeserializer {

    private final BeanProperty property;
    /** Found on first use, not in {@link #createContextual}: a record that contains itself is still being built then. */
    private volatile JsonDeserializer<Object> delegate;

    /** The form Jackson instantiates; {@link #createContextual} makes the working one per component. */
    public NonNullDeserializer() {
        this(null);
    }

    private NonNullDeserializer(BeanProperty property) {
        this.property = property;
    }

    @Override
    public JsonDeserializer<?> createContextual(DeserializationContext ctxt, BeanProperty property)
            throws JsonMappingException {
        if (property == null) {
            throw JsonMappingException.from(ctxt, "NonNullDeserializer is for record components only");
        }
        return new NonNullDeserializer(property);
    }

    private JsonDeserializer<Object> delegate(DeserializationContext ctxt) throws JsonMappingException {
        JsonDeserializer<Object> found = delegate;
        if (found == null) {
            found = ctxt.findContextualValueDeserializer(property.getType(), property);
            delegate = found;
        }
        return found;
    }

    @Override
    public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        return delegate(ctxt).deserialize(p, ctxt);
    }

    @Override
    public Object deserializeWithType(JsonParser p, DeserializationContext ctxt, TypeDeserializer typeDeserializer)
            throws IOException {
        return delegate(ctxt).deserializeWithType(p, ctxt, typeDeserializer);
    }

    /** An explicit {@code null}: not a value of this component's type. */
    @Override
    public Object getNullValue(DeserializationContext ctxt) throws JsonMappingException {
        throw InvalidNullException.from(ctxt, PropertyName.construct(property.getName()), property.getType());
    }

    /** An absent member: the component is not set. */
    @Override
    public Object getAbsentValue(DeserializationContext ctxt) {
        return null;
    }
}
