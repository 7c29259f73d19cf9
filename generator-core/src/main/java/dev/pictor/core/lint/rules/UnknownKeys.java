package dev.pictor.core.lint.rules;

import dev.pictor.core.diag.Spelling;
import dev.pictor.core.json.LocatedNode.LocatedObject;
import dev.pictor.core.json.LocatedNode.Member;
import dev.pictor.core.model.Dialect;
import dev.pictor.core.model.ModelDocument;
import dev.pictor.core.model.ProviderDocument;
import dev.pictor.core.schema.Keywords;
import dev.pictor.core.schema.SchemaWalker;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * The keys of a model's schema objects that are neither a keyword of its dialect, nor a vendor keyword its provider
 * declares, nor an {@code x-} extension; and what each was probably meant to be. Only keys of schema objects are
 * looked at, never property names. {@code keyword.misspelled} reports those meant as an assertion keyword,
 * {@code keyword.unknown} the rest.
 */
record UnknownKeys(ModelDocument model, ProviderDocument provider, Set<String> known, Set<String> candidates) {

    /** One unknown key, and the keyword it is closest to, if any. */
    record UnknownKey(Member member, Optional<String> closest) {

        /** Whether the key looks like a misspelt keyword that constrains values ({@code maximun}, {@code minLenght}). */
        boolean misspelledAssertion(Dialect dialect) {
            return !Keywords.isNewerKeyword(dialect, member.name())
                    && closest.filter(Keywords.ASSERTIONS::contains).isPresent();
        }
    }

    static UnknownKeys of(ModelDocument model, ProviderDocument provider) {
        Set<String> known = Keywords.of(model.dialect());
        Set<String> candidates = new TreeSet<>(known);
        candidates.addAll(provider.vendorKeywords());
        return new UnknownKeys(model, provider, known, candidates);
    }

    /** Calls {@code action} for each unknown key of the model's input and output schemas, in document order. */
    void forEach(Consumer<UnknownKey> action) {
        for (SchemaPart part : SchemaPart.of(model)) {
            SchemaWalker.walk(part.schema(), sub -> {
                if (sub.node() instanceof LocatedObject schema) {
                    for (Member m : schema.members()) {
                        String key = m.name();
                        if (!known.contains(key)
                                && !provider.vendorKeywords().contains(key)
                                && !key.toLowerCase(Locale.ROOT).startsWith("x-")) {
                            action.accept(new UnknownKey(m, Spelling.closest(key, candidates)));
                        }
                    }
                }
            });
        }
    }
}
