package dev.pictor.core.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pictor.core.model.Dialect;
import dev.pictor.runtime.validation.Checks;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Patterns run under the same step budget in lint (and the reference validator, which the emulator uses too) as in
 * the generated validators, so that a value lint accepts is one the generated validator accepts, and neither hangs.
 */
class PatternBudgetTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ALMOST = "a".repeat(45) + "b";

    @Test
    void theBudgetIsTheRuntimes() {
        assertEquals(Checks.PATTERN_BASE_STEPS, PatternBudget.BASE_STEPS);
        assertEquals(Checks.PATTERN_STEPS_PER_CHARACTER, PatternBudget.STEPS_PER_CHARACTER);
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void aMatchPastTheBudgetIsTooCostlyNotAnAnswer() {
        Pattern nested = Pattern.compile("^(.*a){12}$");
        assertEquals(PatternBudget.Outcome.TOO_COSTLY, PatternBudget.find(nested, ALMOST));
        assertEquals(PatternBudget.Outcome.FOUND, PatternBudget.find(nested, "a".repeat(12)));
        assertEquals(PatternBudget.Outcome.NOT_FOUND, PatternBudget.find(nested, "b"));
        assertEquals(
                PatternBudget.Outcome.TOO_COSTLY,
                PatternBudget.find(Pattern.compile("^(a|b)*$"), "ab".repeat(500_000)),
                "a recursion too deep for the stack");
        assertEquals(PatternBudget.Outcome.TOO_COSTLY, ReferenceValidator.patternFinds("^(.*a){12}$", ALMOST));
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void theReferenceValidatorRefusesAndRecordsWhatItCannotMatch() throws Exception {
        JsonNode schema = JSON.readTree("{\"properties\": {\"prompt\": {\"pattern\": \"^(.*a){12}$\"},"
                + " \"tags\": {\"patternProperties\": {\"^(.*x){12}y$\": {\"type\": \"integer\"}}}}}");
        JsonNode instance =
                JSON.readTree("{\"prompt\": \"" + ALMOST + "\", \"tags\": {\"" + "x".repeat(40) + "\": \"one\"}}");
        ReferenceValidator validator = new ReferenceValidator();
        Validation bounded = validator.validateBounded(schema, Dialect.DRAFT_2020_12, false, "m.json", instance);
        assertEquals(List.of("^(.*a){12}$", "^(.*x){12}y$"), bounded.tooCostly());
        assertEquals(
                List.of("/prompt"),
                bounded.violations().stream().map(Violation::pointer).toList(),
                "refused, as the generated validator refuses it; the name counts as not matched");
        // Outside validateBounded (the emulator), the same answer, and nothing is recorded for later.
        assertEquals(bounded.violations(), validator.validate(schema, Dialect.DRAFT_2020_12, "m.json", instance));
        JsonNode fine = JSON.readTree("{\"prompt\": \"aaaaaaaaaaaa\"}");
        assertEquals(
                new Validation(List.of(), List.of()),
                validator.validateBounded(schema, Dialect.DRAFT_2020_12, false, "m.json", fine));
    }
}
