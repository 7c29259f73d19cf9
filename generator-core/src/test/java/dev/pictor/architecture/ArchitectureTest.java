package dev.pictor.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pictor.architecture.ModuleArrows.Forbidden;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The arrows ARCHITECTURE.md forbids, checked on the repository's poms and main sources. */
class ArchitectureTest {

    private static final String FRONT_END = "nothing depends on a front end";
    private static final String RUNTIME_ALONE = "the runtime depends on nothing of ours";
    private static final String CORE_ALONE = "the core knows no front end and no test tool";
    private static final String OWN_WIRE =
            "the emulator has its own wire handling, so one bug cannot hide on both " + "sides of a test";
    private static final String NO_CODEGEN = "code generation stays out of the emulator";

    /** The rules of ARCHITECTURE.md ("Arrows that must never exist"), in its order. */
    static final List<Forbidden> RULES = List.of(
            Forbidden.dependency("*", "maven-plugin", FRONT_END),
            Forbidden.dependency("*", "cli", FRONT_END),
            Forbidden.imports("*", "dev.pictor.maven", FRONT_END),
            Forbidden.imports("*", "dev.pictor.cli", FRONT_END),
            Forbidden.dependency("*", "showcase", "the showcase is an end product"),
            Forbidden.dependency("runtime", "generator-core", RUNTIME_ALONE),
            Forbidden.dependency("runtime", "emulator", RUNTIME_ALONE),
            Forbidden.imports("runtime", "dev.pictor.core", RUNTIME_ALONE),
            Forbidden.imports("runtime", "dev.pictor.emulator", RUNTIME_ALONE),
            Forbidden.dependency("generator-core", "emulator", CORE_ALONE),
            Forbidden.imports("generator-core", "dev.pictor.emulator", CORE_ALONE),
            Forbidden.imports("generator-core", "org.apache.maven", CORE_ALONE),
            Forbidden.imports("generator-core", "picocli", CORE_ALONE),
            Forbidden.imports(
                    "generator-core", "dev.pictor.runtime", "the core names runtime types, it does not link to them"),
            Forbidden.dependency("emulator", "runtime", OWN_WIRE),
            Forbidden.imports("emulator", "dev.pictor.runtime", OWN_WIRE),
            Forbidden.imports("emulator", "dev.pictor.core.codegen", NO_CODEGEN),
            Forbidden.imports("emulator", "dev.pictor.core.generate", NO_CODEGEN));

    @TempDir
    Path temp;

    @Test
    void theRepositoryHasNoForbiddenArrow() {
        ModuleArrows arrows = ModuleArrows.read(repository());
        assertTrue(
                arrows.modules()
                        .keySet()
                        .containsAll(
                                List.of("runtime", "generator-core", "emulator", "maven-plugin", "cli", "benchmarks")),
                "modules read: " + arrows.modules().keySet());
        assertEquals(List.of(), arrows.violations(RULES));
    }

    @Test
    void aForbiddenDependencyAndAForbiddenImportAreReported() throws IOException {
        Files.writeString(
                temp.resolve("pom.xml"),
                "<project><modules><module>runtime</module><module>generator-core</module></modules><profiles>"
                        + "<profile><modules><module>cli</module></modules></profile></profiles></project>");
        module("cli", "pictor-cli", "");
        module("generator-core", "pictor-generator-core", "");
        module(
                "runtime",
                "pictor-runtime",
                "<dependency><groupId>dev.pictor</groupId><artifactId>pictor-generator-core</artifactId>"
                        + "<scope>test</scope></dependency>");
        Path source = Files.createDirectories(temp.resolve("runtime/src/main/java/dev/pictor/runtime"));
        Files.writeString(
                source.resolve("A.java"),
                "package dev.pictor.runtime;\n\nimport dev.pictor.core.diag.Diagnostic;\nimport dev.pictor.runtime.B;\n"
                        + "\nclass A {}\n");
        List<Forbidden> rules = List.of(
                Forbidden.dependency("runtime", "generator-core", RUNTIME_ALONE),
                Forbidden.imports("runtime", "dev.pictor.core", RUNTIME_ALONE),
                Forbidden.dependency("*", "cli", FRONT_END));

        assertEquals(
                List.of(
                        "runtime depends on generator-core: " + RUNTIME_ALONE,
                        "runtime imports dev.pictor.core.diag.Diagnostic, but must not import dev.pictor.core: "
                                + RUNTIME_ALONE),
                ModuleArrows.read(temp).violations(rules));
    }

    @Test
    void aRuleNamingAModuleThatIsNotThereIsAnError() throws IOException {
        Files.writeString(temp.resolve("pom.xml"), "<project><modules><module>runtime</module></modules></project>");
        module("runtime", "pictor-runtime", "");
        List<Forbidden> rules = List.of(Forbidden.dependency("emulator", "runtime", OWN_WIRE));

        assertThrows(IllegalStateException.class, () -> ModuleArrows.read(temp).violations(rules));
    }

    private void module(String folder, String artifactId, String dependencies) throws IOException {
        Files.createDirectories(temp.resolve(folder));
        Files.writeString(
                temp.resolve(folder).resolve("pom.xml"),
                "<project><artifactId>" + artifactId + "</artifactId><dependencies>" + dependencies
                        + "</dependencies></project>");
    }

    private static Path repository() {
        String property = System.getProperty("pictor.repository");
        if (property == null) {
            throw new IllegalStateException("system property pictor.repository is not set (surefire sets it)");
        }
        return Path.of(property);
    }
}
