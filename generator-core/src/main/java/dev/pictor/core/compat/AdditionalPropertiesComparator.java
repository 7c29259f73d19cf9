package dev.pictor.core.compat;

import dev.pictor.core.json.LocatedNode;
import dev.pictor.core.json.LocatedNode.LocatedBoolean;
import dev.pictor.core.json.LocatedNode.LocatedObject;
import java.util.Optional;

/**
 * {@code additionalProperties} closed ({@code false}) or opened. Two open values (absent, {@code true} or a schema)
 * are subschemas, which the walker pairs and compares.
 */
final class AdditionalPropertiesComparator implements KeywordComparator {

    private static final String KEYWORD = "additionalProperties";

    @Override
    public void compare(PairedNodes pair, ChangeReport out) {
        Optional<LocatedNode> was = pair.older().get(KEYWORD);
        boolean closedBefore = closed(pair.older());
        boolean closedNow = closed(pair.newer());
        if (!closedBefore && closedNow) {
            String before = was.isEmpty()
                    ? "absent: any undeclared member was allowed"
                    : was.get() instanceof LocatedBoolean
                            ? "true: any undeclared member was allowed"
                            : "a schema: undeclared members valid against it were allowed";
            out.keyword(
                    CompatRule.ADDITIONAL_PROPERTIES_CLOSED,
                    pair,
                    KEYWORD,
                    "additionalProperties is now false: a member the schema does not declare is rejected (it was "
                            + before + ")");
        } else if (closedBefore && !closedNow) {
            out.keyword(
                    CompatRule.ADDITIONAL_PROPERTIES_OPENED,
                    pair,
                    KEYWORD,
                    "additionalProperties is no longer false: members the schema does not declare are allowed");
        }
    }

    /** Whether a schema writes {@code additionalProperties: false}. */
    static boolean closed(LocatedObject schema) {
        return schema.get(KEYWORD)
                .map(v -> v instanceof LocatedBoolean b && !b.value())
                .orElse(false);
    }
}
