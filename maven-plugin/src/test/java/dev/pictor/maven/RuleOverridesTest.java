package dev.pictor.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pictor.core.diag.Severity;
import dev.pictor.core.model.RuleOverride;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;

class RuleOverridesTest {

    private static final String CODE = "range.min-above-max";

    @Test
    void noRulesMeanNoOverrides() throws MojoFailureException {
        assertEquals(List.of(), RuleOverrides.map(null));
        assertEquals(List.of(), RuleOverrides.map(List.of()));
    }

    @Test
    void mapsSeverityFilesAndReason() throws MojoFailureException {
        List<RuleOverride> overrides =
                RuleOverrides.map(List.of(new Rule(" " + CODE + " ", "replicate/**", "note", " the provider clamps ")));
        assertEquals(
                List.of(new RuleOverride(
                        CODE, Optional.of("replicate/**"), Optional.of(Severity.NOTE), "the provider clamps")),
                overrides);
    }

    @Test
    void offSuppressesInEveryFileWhenNoGlobIsGiven() throws MojoFailureException {
        List<RuleOverride> overrides = RuleOverrides.map(List.of(
                new Rule(CODE, "  ", "OFF", "known and tracked in #12"),
                new Rule("provider.placeholder-unused", null, "Warning", "kept for the next API version")));
        assertEquals(
                List.of(
                        new RuleOverride(CODE, Optional.empty(), Optional.empty(), "known and tracked in #12"),
                        new RuleOverride(
                                "provider.placeholder-unused",
                                Optional.empty(),
                                Optional.of(Severity.WARNING),
                                "kept for the next API version")),
                overrides);
        assertTrue(overrides.get(0).suppresses());
    }

    @Test
    void aMissingReasonFailsWithAClearMessage() {
        MojoFailureException e = assertThrows(
                MojoFailureException.class, () -> RuleOverrides.map(List.of(new Rule(CODE, null, "off", "  "))));
        assertEquals(
                "Invalid <rules> in the configuration of pictor:lint: <rule> 1 (" + CODE + ") has no <why>:"
                        + " say why its findings do not matter here, so that the next reader can tell when that stops"
                        + " being true",
                e.getMessage());
    }

    @Test
    void reportsEveryProblemAtOnce() {
        MojoFailureException e = assertThrows(
                MojoFailureException.class,
                () -> RuleOverrides.map(Arrays.asList(
                        new Rule(CODE, null, "NOTE", "fine"),
                        new Rule("range.min-above-maxx", null, "loud", null),
                        new Rule(null, null, null, "no code"),
                        null)));
        String message = e.getMessage();
        assertTrue(message.startsWith("Invalid <rules> in the configuration of pictor:lint:\n  - "), message);
        assertTrue(
                message.contains("<rule> 2 (range.min-above-maxx): unknown rule code \"range.min-above-maxx\";"
                        + " did you mean one of: "),
                message);
        assertTrue(message.contains(CODE + ",") || message.contains(CODE + "\n"), message);
        assertTrue(message.contains("<rule> 2 (range.min-above-maxx): unknown severity \"loud\""), message);
        assertTrue(message.contains("<rule> 2 (range.min-above-maxx) has no <why>"), message);
        assertTrue(message.contains("<rule> 3 has no <code>"), message);
        assertTrue(message.contains("<rule> 3 has no <severity>"), message);
        assertTrue(message.contains("<rule> 4 is empty"), message);
        assertTrue(!message.contains("<rule> 1"), message);
    }

    @Test
    void anUnknownCodeWithNoKnownGroupListsEveryCode() {
        MojoFailureException e = assertThrows(
                MojoFailureException.class,
                () -> RuleOverrides.map(List.of(new Rule("nonsense", null, "off", "why not"))));
        assertTrue(e.getMessage().contains("known codes: ") && e.getMessage().contains(CODE), e.getMessage());
    }
}
