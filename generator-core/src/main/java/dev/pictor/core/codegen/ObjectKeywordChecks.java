package dev.pictor.core.codegen;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import dev.pictor.core.link.FieldDecl;
import dev.pictor.core.link.JavaNames;
import dev.pictor.core.link.JavaType;
import dev.pictor.core.link.LinkedModel;
import dev.pictor.core.link.ObjectKeywords;
import dev.pictor.core.link.RecordDecl;
import dev.pictor.core.link.SchemaNode;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Emits the checks of an object schema's {@link ObjectKeywords}: {@code minProperties}, {@code maxProperties},
 * {@code propertyNames}, {@code dependentRequired} and {@code dependentSchemas} (draft-07's {@code dependencies}
 * included), for a value held in one of three forms:
 * <ul>
 *   <li>a JSON value ({@code JsonValue}, or the wire form of a union or of a record with undeclared members): every
 *       keyword, on objects only;</li>
 *   <li>a {@code Map}: its size, its keys, {@code containsKey}; a dependent schema on the map's wire form;</li>
 *   <li>a record that keeps nothing beyond its declared members: its present components are all the members there
 *       are (the type mapper gives a record undeclared members to keep whenever these keywords could see one, unless
 *       it is closed), counted and null-checked; names and dependent schemas on the record's wire form.</li>
 * </ul>
 * A member name is checked as a JSON string against the {@code propertyNames} schema into its own collector; a name
 * that fails is reported once, at the object's pointer, with the name and its first reason: a name has no pointer of
 * its own, and JSON Schema's output format reports {@code propertyNames} at the instance it applies to, the object
 * (networknt does too: {@code /q: property 'abc' name is not valid: must be at most 2 characters long}). A dependent
 * schema's violations are its own, at their own pointers, as for {@code allOf}.
 */
final class ObjectKeywordChecks {

    /** The check method of a schema node for values held in a representation; empty when it checks nothing. */
    @FunctionalInterface
    interface Checker {
        /** The method checking values held as {@code repr} against node {@code nodeId}, if it checks anything. */
        Optional<String> check(String nodeId, JavaType repr);
    }

    private static final ClassName CHECKS = RuntimeTypes.CHECKS;
    private static final ClassName VIOLATIONS = RuntimeTypes.VIOLATIONS;
    private static final JavaType JSON = new JavaType.Passthrough();
    private static final JavaType STRING = new JavaType.Scalar(JavaType.ScalarKind.STRING);

    private final LinkedModel model;
    private final JavaNames.ClassMembers members;
    private final WireFormConverters converters;
    private final Checker checker;

    ObjectKeywordChecks(
            LinkedModel model, JavaNames.ClassMembers members, WireFormConverters converters, Checker checker) {
        this.model = model;
        this.members = members;
        this.converters = converters;
        this.checker = checker;
    }

    /** Adds the checks of {@code node}'s object keywords on {@code value}, held as {@code repr}, to {@code code}. */
    void emit(CodeBlock.Builder code, SchemaNode node, JavaType repr) {
        ObjectKeywords o = node.objects();
        if (o.isEmpty()) {
            return;
        }
        if (repr instanceof JavaType.Passthrough) {
            json(code, o, CodeBlock.of("value"));
        } else if (repr instanceof JavaType.MapOf m) {
            map(code, o, m);
        } else if (repr instanceof JavaType.RecordRef r) {
            record(code, o, r);
        }
    }

    /** Every keyword on a JSON value, which passes them all unless it is an object. */
    private void json(CodeBlock.Builder code, ObjectKeywords o, CodeBlock value) {
        o.minProperties().ifPresent(n -> code.addStatement("$T.minProperties(v, p, $L, $L)", CHECKS, value, count(n)));
        o.maxProperties().ifPresent(n -> code.addStatement("$T.maxProperties(v, p, $L, $L)", CHECKS, value, count(n)));
        o.propertyNames().ifPresent(names -> jsonNames(code, names, value));
        for (Map.Entry<String, List<String>> d : o.dependentRequired().entrySet()) {
            if (!d.getValue().isEmpty()) {
                code.addStatement(
                        "$T.dependentRequired(v, p, $L, $L, $T.of($L))",
                        CHECKS,
                        value,
                        StringLiterals.of(d.getKey()),
                        List.class,
                        d.getValue().stream().map(StringLiterals::of).collect(CodeBlock.joining(", ")));
            }
        }
        for (Map.Entry<String, String> d : o.dependentSchemas().entrySet()) {
            checker.check(d.getValue(), JSON)
                    .ifPresent(method -> code.beginControlFlow(
                                    "if ($L.isObject() && $L.has($L))", value, value, StringLiterals.of(d.getKey()))
                            .addStatement("$N(v, p, $L)", method, value)
                            .endControlFlow());
        }
    }

    /** {@code propertyNames} on a JSON value: each member name of an object, as a JSON string. */
    private void jsonNames(CodeBlock.Builder code, String names, CodeBlock value) {
        checker.check(names, JSON).ifPresent(method -> {
            String it = members.local("names");
            String name = members.local("name");
            code.beginControlFlow("if ($L.isObject())", value)
                    .beginControlFlow(
                            "for ($T<$T> $N = $L.fieldNames(); $N.hasNext(); )",
                            Iterator.class,
                            String.class,
                            it,
                            value,
                            it)
                    .addStatement("$T $N = $N.next()", String.class, name, it);
            propertyName(code, method, CodeBlock.of("$T.valueOf($N)", TextNode.class, name), name);
            code.endControlFlow().endControlFlow();
        });
    }

    /** A map's size and keys are its members' count and names. */
    private void map(CodeBlock.Builder code, ObjectKeywords o, JavaType.MapOf repr) {
        o.minProperties()
                .ifPresent(n -> code.addStatement("$T.minProperties(v, p, value.size(), $L)", CHECKS, count(n)));
        o.maxProperties()
                .ifPresent(n -> code.addStatement("$T.maxProperties(v, p, value.size(), $L)", CHECKS, count(n)));
        o.propertyNames().flatMap(names -> checker.check(names, STRING)).ifPresent(method -> {
            String name = members.local("name");
            code.beginControlFlow("for ($T $N : value.keySet())", String.class, name);
            propertyName(code, method, CodeBlock.of("$N", name), name);
            code.endControlFlow();
        });
        for (Map.Entry<String, List<String>> d : o.dependentRequired().entrySet()) {
            if (d.getValue().isEmpty()) {
                continue;
            }
            code.beginControlFlow("if (value.containsKey($L))", StringLiterals.of(d.getKey()));
            for (String required : d.getValue()) {
                code.addStatement(
                        "$T.dependentRequired(v, p, $L, $L, value.containsKey($L))",
                        CHECKS,
                        StringLiterals.of(d.getKey()),
                        StringLiterals.of(required),
                        StringLiterals.of(required));
            }
            code.endControlFlow();
        }
        dependentSchemas(code, o, repr, () -> converters.wire(repr, CodeBlock.of("value")));
    }

    /**
     * A record that keeps no undeclared member: its present components are the object's members. Names and
     * dependent schemas are checked on its wire form.
     */
    private void record(CodeBlock.Builder code, ObjectKeywords o, JavaType.RecordRef repr) {
        RecordDecl record = model.record(repr.simpleName())
                .orElseThrow(() -> new IllegalStateException("no record " + repr.simpleName() + " in " + model.file()));
        if (record.wrapper() || record.keepsRest()) {
            throw new IllegalStateException("object keywords on " + repr + ", which is not a plain record");
        }
        if (o.minProperties().isPresent() || o.maxProperties().isPresent()) {
            String count = members.local("count");
            code.addStatement(
                    "int $N = $L",
                    count,
                    record.fields().isEmpty()
                            ? CodeBlock.of("0")
                            : CodeBlock.of(
                                    "$T.presentMembers($L)",
                                    CHECKS,
                                    record.fields().stream()
                                            .map(f -> CodeBlock.of("value.$N()", f.javaName()))
                                            .collect(CodeBlock.joining(", "))));
            o.minProperties()
                    .ifPresent(n -> code.addStatement("$T.minProperties(v, p, $N, $L)", CHECKS, count, count(n)));
            o.maxProperties()
                    .ifPresent(n -> code.addStatement("$T.maxProperties(v, p, $N, $L)", CHECKS, count, count(n)));
        }
        for (Map.Entry<String, List<String>> d : o.dependentRequired().entrySet()) {
            Optional<FieldDecl> key = field(record, d.getKey());
            if (key.isEmpty() || d.getValue().isEmpty()) {
                continue; // a member the record does not declare is never present in it
            }
            code.beginControlFlow(
                    "if ($T.present(value.$N()))", CHECKS, key.get().javaName());
            for (String required : d.getValue()) {
                code.addStatement(
                        "$T.dependentRequired(v, p, $L, $L, $L)",
                        CHECKS,
                        StringLiterals.of(d.getKey()),
                        StringLiterals.of(required),
                        field(record, required)
                                .map(f -> CodeBlock.of("$T.present(value.$N())", CHECKS, f.javaName()))
                                .orElse(CodeBlock.of("false")));
            }
            code.endControlFlow();
        }
        // The wire form is built once when the names need it, and then serves the dependent schemas too; its
        // converter is asked for only when used, so that no converter is generated for nothing.
        Supplier<CodeBlock> wire = () -> converters.wire(repr, CodeBlock.of("value"));
        if (o.propertyNames().isPresent()) {
            String json = members.local("json");
            CodeBlock.Builder each = CodeBlock.builder();
            jsonNames(each, o.propertyNames().get(), CodeBlock.of("$N", json));
            CodeBlock body = each.build();
            if (!body.isEmpty()) {
                code.addStatement("$T $N = $L", JsonNode.class, json, wire.get())
                        .add(body);
                wire = () -> CodeBlock.of("$N", json);
            }
        }
        dependentSchemas(code, o, repr, wire);
    }

    /**
     * Each dependent schema on the value's wire form (given by {@code wire}), when the value has the member it
     * depends on.
     */
    private void dependentSchemas(CodeBlock.Builder code, ObjectKeywords o, JavaType repr, Supplier<CodeBlock> wire) {
        for (Map.Entry<String, String> d : o.dependentSchemas().entrySet()) {
            Optional<String> method = checker.check(d.getValue(), JSON);
            if (method.isEmpty()) {
                continue;
            }
            CodeBlock present = repr instanceof JavaType.MapOf
                    ? CodeBlock.of("value.containsKey($L)", StringLiterals.of(d.getKey()))
                    : field(
                                    model.record(((JavaType.RecordRef) repr).simpleName())
                                            .orElseThrow(),
                                    d.getKey())
                            .map(f -> CodeBlock.of("$T.present(value.$N())", CHECKS, f.javaName()))
                            .orElse(null);
            if (present != null) {
                code.beginControlFlow("if ($L)", present)
                        .addStatement("$N(v, p, $L)", method.get(), wire.get())
                        .endControlFlow();
            }
        }
    }

    /** Checks one member name into its own collector, then reports it once, at the object, if it failed. */
    private void propertyName(CodeBlock.Builder code, String method, CodeBlock asChecked, String name) {
        String own = members.local("nameViolations");
        code.addStatement("$T $N = new $T()", VIOLATIONS, own, VIOLATIONS)
                .addStatement("$N($N, p, $L)", method, own, asChecked)
                .addStatement("$T.propertyName(v, p, $N, $N)", CHECKS, name, own);
    }

    private static Optional<FieldDecl> field(RecordDecl record, String wireName) {
        return record.fields().stream()
                .filter(f -> f.wireName().equals(wireName))
                .findFirst();
    }

    private static int count(long n) {
        return (int) Math.min(n, Integer.MAX_VALUE);
    }
}
