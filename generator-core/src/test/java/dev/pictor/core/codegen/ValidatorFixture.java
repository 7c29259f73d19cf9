package dev.pictor.core.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.palantir.javapoet.JavaFile;
import dev.pictor.core.diag.Diagnostics;
import dev.pictor.core.diag.Severity;
import dev.pictor.core.link.LinkedModel;
import dev.pictor.core.link.Linker;
import dev.pictor.core.load.DocumentLoader;
import dev.pictor.core.model.ModelDocument;
import dev.pictor.core.model.SchemaSet;
import dev.pictor.core.testing.CompilerHarness;
import dev.pictor.core.validate.ReferenceValidator;
import dev.pictor.runtime.json.PictorJson;
import dev.pictor.runtime.validation.Violation;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every model of a schemas root linked, its types and validator generated, compiled in memory and loaded: bind JSON
 * into a request and validate it.
 */
final class ValidatorFixture {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The outcome of binding and validating one instance. */
    record Outcome(Optional<String> bindingFailure, List<Violation> violations) {

        boolean valid() {
            return bindingFailure.isEmpty() && violations.isEmpty();
        }

        /** The violations as {@code pointer: message} lines, or {@code binding: <message>}. */
        List<String> lines() {
            return bindingFailure
                    .map(m -> List.of("binding: " + m))
                    .orElseGet(
                            () -> violations.stream().map(Violation::toString).toList());
        }
    }

    private final Map<String, LinkedModel> models = new LinkedHashMap<>();
    private final Map<String, JavaFile> validators = new LinkedHashMap<>();
    private final ClassLoader loader;

    private ValidatorFixture(List<LinkedModel> linked) {
        List<JavaFile> files = new ArrayList<>();
        for (LinkedModel m : linked) {
            // By model id (the last version linked, the newest of a root) and by "id@version" (each version).
            models.put(m.modelId(), m);
            models.put(m.modelId() + "@" + m.version(), m);
            files.addAll(TypeEmitter.emit(m));
            JavaFile validator = ValidatorEmitter.emit(m);
            validators.put(m.modelId(), validator);
            validators.put(m.modelId() + "@" + m.version(), validator);
            files.add(validator);
        }
        this.loader = CompilerHarness.compile(files);
    }

    /** Loads and links {@code root}, failing on any ERROR; generates and compiles every model. */
    static ValidatorFixture of(Path root) {
        Diagnostics diagnostics = new Diagnostics();
        SchemaSet set;
        try {
            set = DocumentLoader.load(root, diagnostics);
        } catch (dev.pictor.core.load.SchemaRootException e) {
            throw new IllegalStateException(e);
        }
        List<LinkedModel> linked = new Linker("test.gen", diagnostics).link(set);
        List<String> errors = diagnostics.sorted().stream()
                .filter(d -> d.severity() == Severity.ERROR)
                .map(d -> d.toText())
                .toList();
        assertEquals(List.of(), errors, "linking " + root);
        return new ValidatorFixture(linked);
    }

    /** Generates and compiles the given linked models. */
    static ValidatorFixture of(List<LinkedModel> linked) {
        return new ValidatorFixture(linked);
    }

    LinkedModel model(String modelId) {
        LinkedModel m = models.get(modelId);
        if (m == null) {
            throw new IllegalArgumentException("no model " + modelId + " among " + models.keySet());
        }
        return m;
    }

    List<LinkedModel> models() {
        return models.values().stream().distinct().toList();
    }

    /** The generated validator source of a model. */
    String validatorSource(String modelId) {
        return validators.get(modelId).toString();
    }

    Class<?> requestClass(String modelId) {
        LinkedModel m = model(modelId);
        try {
            return loader.loadClass(m.javaPackage() + "." + m.request().simpleName());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Binds {@code json} into the model's request type with the runtime's mapper, then validates it. */
    Outcome validate(String modelId, String json) {
        Object request;
        try {
            request = PictorJson.read(json, requestClass(modelId));
        } catch (java.io.UncheckedIOException | IllegalArgumentException e) {
            return new Outcome(Optional.of(String.valueOf(e.getMessage())), List.of());
        }
        return new Outcome(Optional.empty(), validateObject(modelId, request));
    }

    /** Calls the generated {@code validate} on a request object (or {@code null}). */
    @SuppressWarnings("unchecked")
    List<Violation> validateObject(String modelId, Object request) {
        LinkedModel m = model(modelId);
        try {
            Class<?> validator = loader.loadClass(m.javaPackage() + "." + ValidatorEmitter.simpleName(m));
            Method validate = validator.getMethod("validate", requestClass(modelId));
            return (List<Violation>) validate.invoke(null, request);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("validate threw", e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The violation lines of a valid binding (fails the test when binding fails). */
    List<String> lines(String modelId, String json) {
        return validate(modelId, json).lines();
    }

    /** The violations of a valid binding, as {@code pointer: message [keyword]} lines. */
    List<String> keyedLines(String modelId, String json) {
        return validate(modelId, json).violations().stream()
                .map(v -> v + " [" + v.keyword() + "]")
                .toList();
    }

    /**
     * The instances on which the model's generated validator (after binding) and networknt, on the model's refined
     * input schema in {@code set}, disagree: one line each, saying what each said.
     */
    List<String> disagreements(SchemaSet set, String modelId, List<String> instances) {
        LinkedModel m = model(modelId);
        ModelDocument doc = set.models().stream()
                .filter(d -> d.file().equals(m.file()))
                .findFirst()
                .orElseThrow();
        JsonNode schema = doc.effectiveInput().toJackson();
        ReferenceValidator reference = new ReferenceValidator(Map.of(), doc.assertsFormats());
        List<String> mismatches = new ArrayList<>();
        for (String instance : instances) {
            boolean expected;
            try {
                expected = reference
                        .validate(schema, doc.dialect(), doc.file(), JSON.readTree(instance))
                        .isEmpty();
            } catch (JsonProcessingException e) {
                throw new IllegalArgumentException("not JSON: " + instance, e);
            }
            Outcome outcome = validate(modelId, instance);
            if (outcome.valid() != expected) {
                mismatches.add(modelId + ": " + instance + " is " + (expected ? "valid" : "invalid")
                        + " for networknt, generated: " + outcome.lines());
            }
        }
        return mismatches;
    }
}
