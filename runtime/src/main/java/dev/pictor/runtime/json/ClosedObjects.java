package dev.pictor.runtime.json;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.io.IOException;

/**
 * Makes an unknown member fail for the classes that say so with {@code @JsonIgnoreProperties(ignoreUnknown = false)}
 * (generated records of closed schemas), while the runtime's mapper ignores unknown members everywhere else. Jackson
 * itself reads {@code ignoreUnknown = false} as "not specified" and would fall back to the mapper-wide setting.
 * Names listed in the annotation's {@code value} are still ignored.
 */
final class ClosedObjects extends DeserializationProblemHandler {

    private static final ClassValue<Boolean> CLOSED = new ClassValue<>() {
        @Override
        protected Boolean computeValue(Class<?> type) {
            JsonIgnoreProperties a = type.getAnnotation(JsonIgnoreProperties.class);
            return a != null && !a.ignoreUnknown();
        }
    };

    @Override
    public boolean handleUnknownProperty(
            DeserializationContext ctxt,
            JsonParser p,
            JsonDeserializer<?> deserializer,
            Object beanOrClass,
            String propertyName)
            throws IOException {
        if (beanOrClass == null) {
            return false;
        }
        Class<?> type = beanOrClass instanceof Class<?> c ? c : beanOrClass.getClass();
        if (CLOSED.get(type)) {
            throw UnrecognizedPropertyException.from(
                    p, beanOrClass, propertyName, deserializer == null ? null : deserializer.getKnownPropertyNames());
        }
        return false;
    }
}
