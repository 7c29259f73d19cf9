package dev.pictor.core.compat;

import dev.pictor.core.json.LocatedNode;
import dev.pictor.core.schema.JsonValues;
import dev.pictor.core.schema.Keywords;
import java.util.Optional;

/**
 * The assertion keywords no comparator classifies ({@link Keywords#UNCLASSIFIED_CHANGES}: {@code not}, {@code if},
 * {@code uniqueItems}, {@code patternProperties}...): any change to one is reported, unclassified, since it cannot be
 * proven compatible.
 */
final class UnclassifiedKeywordComparator implements KeywordComparator {

    @Override
    public void compare(PairedNodes pair, ChangeReport out) {
        for (String keyword : Keywords.UNCLASSIFIED_CHANGES) {
            Optional<LocatedNode> was = pair.older().get(keyword);
            Optional<LocatedNode> now = pair.newer().get(keyword);
            if (was.isEmpty() && now.isEmpty()
                    || was.isPresent() && now.isPresent() && JsonValues.equal(was.get(), now.get())) {
                continue;
            }
            String what = was.isEmpty() ? " added" : now.isEmpty() ? " removed" : " changed";
            out.keyword(CompatRule.KEYWORD_CHANGED, pair, keyword, keyword + what);
        }
    }
}
