package dev.pictor.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pictor.runtime.validation.Checks;
import dev.pictor.runtime.validation.Pointer;
import dev.pictor.runtime.validation.Violation;
import dev.pictor.runtime.validation.Violations;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ModelBindingTest {

    public record Request(String prompt, Integer numSteps) {}

    /** What a generated binding looks like, registered in META-INF/services of the test class path. */
    public static final class FluxSchnell implements ModelBinding<Request, ImageResult> {
        @Override
        public ModelId id() {
            return new ModelId(
                    "cloudflare-workers-ai",
                    "@cf/black-forest-labs/flux-1-schnell",
                    "2025-11-20",
                    LocalDate.of(2025, 11, 20));
        }

        @Override
        public Class<Request> requestType() {
            return Request.class;
        }

        @Override
        public Class<ImageResult> resultType() {
            return ImageResult.class;
        }

        @Override
        public List<Violation> validate(Request r) {
            Violations v = new Violations();
            Checks.required(v, Pointer.parse(""), "prompt", r.prompt());
            if (r.prompt() != null) {
                Checks.minLength(v, Pointer.parse("/prompt"), r.prompt(), 1);
                Checks.maxLength(v, Pointer.parse("/prompt"), r.prompt(), 2048);
            }
            if (r.numSteps() != null) {
                Checks.minimum(v, Pointer.parse("/num_steps"), r.numSteps(), 1);
                Checks.maximum(v, Pointer.parse("/num_steps"), r.numSteps(), 8);
            }
            return v.list();
        }
    }

    /** An older snapshot of another provider, to check the order. */
    public static final class OlderModel extends Base {
        public OlderModel() {
            super(new ModelId("a-provider", "m", "v1", LocalDate.of(2024, 1, 1)));
        }
    }

    /** A newer snapshot of the same model. */
    public static final class NewerModel extends Base {
        public NewerModel() {
            super(new ModelId("a-provider", "m", "v0", LocalDate.of(2025, 1, 1)));
        }
    }

    abstract static class Base implements ModelBinding<String, ImageResult> {
        private final ModelId id;

        Base(ModelId id) {
            this.id = id;
        }

        @Override
        public ModelId id() {
            return id;
        }

        @Override
        public Class<String> requestType() {
            return String.class;
        }

        @Override
        public Class<ImageResult> resultType() {
            return ImageResult.class;
        }

        @Override
        public List<Violation> validate(String request) {
            return List.of();
        }
    }

    @Test
    void findsRegisteredBindingsInAFixedOrder() {
        List<ModelBinding<?, ?>> all = ModelBinding.installed(getClass().getClassLoader());
        assertEquals(
                List.of(OlderModel.class, NewerModel.class, FluxSchnell.class),
                all.stream().map(Object::getClass).toList());
    }

    @Test
    void validateReportsEveryViolationAtOnce() {
        List<Violation> v = new FluxSchnell().validate(new Request("", 30));
        assertEquals(
                "[/prompt: \"\" is shorter than the minimum length 1, /num_steps: 30 is above the maximum 8]",
                v.toString());
        assertEquals(
                "[/: missing required property \"prompt\"]",
                new FluxSchnell().validate(new Request(null, 4)).toString());
        assertEquals(List.of(), new FluxSchnell().validate(new Request("a cat", 4)));
    }
}
