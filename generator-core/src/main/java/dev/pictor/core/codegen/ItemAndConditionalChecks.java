package dev.pictor.core.codegen;

import com.fasterxml.jackson.databind.JsonNode;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import dev.pictor.core.link.ArrayKeywords;
import dev.pictor.core.link.Conditionals;
import dev.pictor.core.link.JavaNames;
import dev.pictor.core.link.JavaType;
import dev.pictor.core.link.SchemaNode;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The keywords that judge a value by another schema's verdict or by its items taken whole, for
 * {@link ValidatorEmitter}: {@code uniqueItems}, {@code contains} with {@code minContains}/{@code maxContains}, and
 * {@code not}, {@code if}/{@code then}/{@code else}. A subschema whose verdict decides is checked into a counting
 * {@code Violations} of its own, in the representation of the value (as {@code anyOf} and {@code oneOf} are); its
 * violations are never reported. A typed list's items are compared and counted on its wire form, except
 * {@code uniqueItems} on items whose Java equality is JSON's (strings, integers, booleans, enum constants).
 * {@code core.link} holds whole items as JSON where a record would drop what these keywords look at.
 */
final class ItemAndConditionalChecks {

    private static final ClassName JSON_NODE = ClassName.get(JsonNode.class);
    private static final ClassName CHECKS = RuntimeTypes.CHECKS;
    private static final ClassName VIOLATIONS = RuntimeTypes.VIOLATIONS;
    private static final JavaType JSON = new JavaType.Passthrough();

    private final JavaNames.ClassMembers members;
    private final WireFormConverters converters;
    /** The validator's method checking values held as a representation against a node, made on demand. */
    private final BiFunction<String, JavaType, Optional<String>> check;
    /** The validator's method checking the JSON value {@code null} against a node, made on demand. */
    private final Function<String, Optional<String>> checkNull;

    /**
     * @param check     the method checking values held as a representation against a node; empty when none is needed
     * @param checkNull the method checking the JSON value {@code null} against a node; empty when none is needed
     */
    ItemAndConditionalChecks(
            JavaNames.ClassMembers members,
            WireFormConverters converters,
            BiFunction<String, JavaType, Optional<String>> check,
            Function<String, Optional<String>> checkNull) {
        this.members = members;
        this.converters = converters;
        this.check = check;
        this.checkNull = checkNull;
    }

    /** Adds the checks of {@code node}'s item and conditional keywords on {@code value}, held as {@code repr}. */
    void emit(CodeBlock.Builder code, SchemaNode node, JavaType repr) {
        items(code, node.arrays(), repr);
        conditionals(code, node.conditionals(), "p, value", id -> check.apply(id, repr));
    }

    /** Adds the checks of {@code node}'s conditional keywords on the JSON value {@code null}. */
    void emitForNull(CodeBlock.Builder code, SchemaNode node) {
        conditionals(code, node.conditionals(), "p", checkNull);
    }

    // ------------------------------------------------------------------ uniqueItems, contains

    private void items(CodeBlock.Builder code, ArrayKeywords arrays, JavaType repr) {
        boolean json = repr instanceof JavaType.Passthrough;
        boolean typed = repr instanceof JavaType.ListOf
                || repr instanceof JavaType.Bytes b && b.encoding() == JavaType.BytesEncoding.NUMBER_ARRAY;
        long minimum = arrays.minContains().orElse(1L);
        boolean counts = arrays.contains().isPresent()
                && (minimum > 0 || arrays.maxContains().isPresent());
        boolean equalItems = repr instanceof JavaType.ListOf l && javaEqualityIsJson(l.item());
        boolean wire = typed && (counts || (arrays.uniqueItems() && !equalItems));
        if (!(json || typed) || !(counts || arrays.uniqueItems())) {
            return;
        }
        CodeBlock array = CodeBlock.of("value");
        if (wire) {
            String local = members.local("items");
            code.addStatement("$T $N = $L", JSON_NODE, local, converters.wire(repr, CodeBlock.of("value")));
            array = CodeBlock.of("$N", local);
        }
        if (arrays.uniqueItems()) {
            code.addStatement("$T.uniqueItems(v, p, $L)", CHECKS, equalItems ? CodeBlock.of("value") : array);
        }
        if (counts) {
            CodeBlock.Builder count = CodeBlock.builder();
            contains(count, arrays, array, minimum);
            if (json) {
                code.beginControlFlow("if (value.isArray())").add(count.build()).endControlFlow();
            } else {
                code.add(count.build());
            }
        }
    }

    /** Counts the items that pass {@code contains} (stopping early when no maximum needs the full count). */
    private void contains(CodeBlock.Builder code, ArrayKeywords arrays, CodeBlock array, long minimum) {
        String matched = members.local("matched");
        Optional<String> item = check.apply(arrays.contains().get(), JSON);
        if (item.isEmpty()) {
            code.addStatement("int $N = $L.size()", matched, array);
        } else {
            String failed = members.local("failed");
            String i = members.local("i");
            String before = members.local("before");
            code.addStatement("int $N = 0", matched)
                    .addStatement("$T $N = $T.counting()", VIOLATIONS, failed, VIOLATIONS)
                    .beginControlFlow("for (int $1N = 0; $1N < $2L.size(); $1N++)", i, array)
                    .addStatement("int $N = $N.size()", before, failed)
                    .addStatement("$N($N, p.item($N), $L.get($N))", item.get(), failed, i, array, i)
                    .beginControlFlow("if ($N.size() == $N)", failed, before)
                    .addStatement("$N++", matched);
            if (arrays.maxContains().isEmpty()) {
                // only the minimum is asked: the count may stop there
                code.beginControlFlow("if ($N >= $L)", matched, limit(minimum))
                        .addStatement("break")
                        .endControlFlow();
            }
            code.endControlFlow().endControlFlow();
        }
        if (arrays.minContains().isPresent()) {
            if (minimum > 0) {
                code.addStatement("$T.minContains(v, p, $N, $L)", CHECKS, matched, limit(minimum));
            }
        } else {
            code.addStatement("$T.contains(v, p, $N)", CHECKS, matched);
        }
        arrays.maxContains()
                .ifPresent(max -> code.addStatement("$T.maxContains(v, p, $N, $L)", CHECKS, matched, limit(max)));
    }

    /** Items held as strings, integers, booleans or enum constants: two are equal in Java when their JSON is. */
    private static boolean javaEqualityIsJson(JavaType item) {
        if (item instanceof JavaType.Scalar s) {
            return s.kind() != JavaType.ScalarKind.DOUBLE; // -0.0 and 0.0 are one JSON number, two Doubles
        }
        return item instanceof JavaType.EnumRef;
    }

    // ------------------------------------------------------------------ not, if/then/else

    /**
     * {@code not}, and {@code if} with its {@code then}/{@code else}: each schema checked by the method
     * {@code checkOf} gives, called with {@code args} after the violations.
     */
    private void conditionals(
            CodeBlock.Builder code,
            Conditionals conditionals,
            String args,
            Function<String, Optional<String>> checkOf) {
        conditionals.not().ifPresent(id -> {
            Optional<String> schema = checkOf.apply(id);
            if (schema.isEmpty()) {
                // the schema of not admits every such value
                code.addStatement("$T.not(v, p, new $T())", CHECKS, VIOLATIONS);
                return;
            }
            String local = members.local("not");
            code.addStatement("$T $N = $T.counting()", VIOLATIONS, local, VIOLATIONS)
                    .addStatement("$N($N, $L)", schema.get(), local, args)
                    .addStatement("$T.not(v, p, $N)", CHECKS, local);
        });
        if (conditionals.ifSchema().isEmpty()) {
            return; // then and else without if say nothing
        }
        Optional<String> then = conditionals.thenSchema().flatMap(checkOf);
        Optional<String> otherwise = conditionals.elseSchema().flatMap(checkOf);
        if (then.isEmpty() && otherwise.isEmpty()) {
            return; // if alone says nothing; so do then and else that admit every value
        }
        // made after then and else, so that an if whose branches check nothing leaves no unused method behind
        Optional<String> condition = checkOf.apply(conditionals.ifSchema().get());
        if (condition.isEmpty()) {
            then.ifPresent(m -> code.addStatement("$N(v, $L)", m, args)); // if admits every such value
            return;
        }
        String local = members.local("ifSchema");
        code.addStatement("$T $N = $T.counting()", VIOLATIONS, local, VIOLATIONS)
                .addStatement("$N($N, $L)", condition.get(), local, args);
        if (then.isPresent()) {
            code.beginControlFlow("if ($N.isEmpty())", local).addStatement("$N(v, $L)", then.get(), args);
            otherwise.ifPresent(m -> code.nextControlFlow("else").addStatement("$N(v, $L)", m, args));
            code.endControlFlow();
        } else {
            code.beginControlFlow("if (!$N.isEmpty())", local)
                    .addStatement("$N(v, $L)", otherwise.get(), args)
                    .endControlFlow();
        }
    }

    private static int limit(long n) {
        return (int) Math.min(n, Integer.MAX_VALUE);
    }
}
