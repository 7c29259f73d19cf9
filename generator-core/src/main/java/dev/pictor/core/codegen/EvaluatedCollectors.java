package dev.pictor.core.codegen;

import com.fasterxml.jackson.databind.JsonNode;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.pictor.core.link.JavaNames;
import dev.pictor.core.link.LinkedModel;
import dev.pictor.core.link.SchemaNode;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import javax.lang.model.element.Modifier;

/**
 * Emits draft 2020-12's {@code unevaluatedProperties} and {@code unevaluatedItems} for one validator, as generated
 * Java: for a schema that says one, a method that checks every member (or item) of a JSON value that no successful
 * schema applied to that value evaluated, and the methods that collect which members and items were evaluated.
 *
 * <p>A collector walks, when the code is generated, the schemas applied to the same value: the schema itself, its
 * {@code $ref}, its {@code allOf} branches, the {@code anyOf}/{@code oneOf} branches the value passes, {@code if}
 * with {@code then} when it passes and {@code else} when it fails, the {@code dependentSchemas} whose member is
 * present ({@code not} never contributes). A conditional branch is decided at run time by calling its check method
 * into a counting {@code Violations} of its own, as {@code anyOf} judges its branches. Each collects the members
 * its {@code properties} and {@code patternProperties} evaluate (all of them for {@code additionalProperties} or a
 * nested {@code unevaluatedProperties}), the items its {@code prefixItems}, {@code items} (all after the prefix),
 * {@code contains} (those that match) or a nested {@code unevaluatedItems} evaluate. A collector is memoised per
 * schema like a check method, so a {@code $ref} is a call and a recursive schema a recursive call (a loop that never
 * moves into the value is refused when the schema is parsed).
 */
final class EvaluatedCollectors {

    private static final ClassName JSON_NODE = ClassName.get(JsonNode.class);
    private static final ClassName POINTER = ClassName.get("dev.pictor.runtime.validation", "Pointer");
    private static final ClassName CHECKS = RuntimeTypes.CHECKS;
    private static final ClassName VIOLATIONS = RuntimeTypes.VIOLATIONS;
    private static final TypeName NAMES = ParameterizedTypeName.get(Set.class, String.class);

    /** What is collected: the names of an object's members, or the positions of an array's items. */
    private enum Kind {
        MEMBERS,
        ITEMS
    }

    /** A collector's memo key. */
    private record Key(Kind kind, String nodeId) {}

    private final LinkedModel model;
    private final JavaNames.ClassMembers members;
    private final ValidatorConstants constants;
    /** The check method of a node on a JSON value; empty when every value passes. */
    private final Function<String, Optional<String>> jsonCheck;
    /** The pointer a node's methods are named after. */
    private final Function<SchemaNode, String> methodPointer;
    /** Where a node is, for the first line of its methods' Javadoc. */
    private final Function<SchemaNode, String> schemaAt;

    private final Map<String, Optional<String>> checks = new HashMap<>();
    private final Map<Key, Optional<String>> collectors = new HashMap<>();
    private final Set<Key> inProgress = new HashSet<>();
    private final Set<Key> calledInProgress = new HashSet<>();
    private final List<MethodSpec> methods = new ArrayList<>();

    EvaluatedCollectors(
            LinkedModel model,
            JavaNames.ClassMembers members,
            ValidatorConstants constants,
            Function<String, Optional<String>> jsonCheck,
            Function<SchemaNode, String> methodPointer,
            Function<SchemaNode, String> schemaAt) {
        this.model = model;
        this.members = members;
        this.constants = constants;
        this.jsonCheck = jsonCheck;
        this.methodPointer = methodPointer;
        this.schemaAt = schemaAt;
    }

    /** The methods made so far, in the order first needed. */
    List<MethodSpec> methods() {
        return List.copyOf(methods);
    }

    /**
     * The method checking a JSON value against the {@code unevaluatedProperties} and {@code unevaluatedItems} of node
     * {@code nodeId}; empty when they can refuse nothing (they are {@code true}, or the node evaluates every member
     * and item itself).
     */
    Optional<String> check(String nodeId) {
        Optional<String> known = checks.get(nodeId);
        if (known != null) {
            return known;
        }
        SchemaNode node = model.node(nodeId);
        String name = members.unevaluatedCheckMethod(methodPointer.apply(node));
        checks.put(nodeId, Optional.of(name));
        int index = methods.size();
        methods.add(null); // keeps methods in the order they are first needed
        CodeBlock.Builder code = CodeBlock.builder();
        node.unevaluated()
                .properties()
                .filter(u -> node.additionalProperties().isEmpty())
                .ifPresent(u -> unevaluatedMembers(code, node, u));
        node.unevaluated().items().filter(u -> node.items().isEmpty()).ifPresent(u -> unevaluatedItems(code, node, u));
        CodeBlock body = code.build();
        if (body.isEmpty()) {
            checks.put(nodeId, Optional.empty());
            methods.remove(index);
            members.release(name);
            return Optional.empty();
        }
        methods.set(
                index,
                MethodSpec.methodBuilder(name)
                        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                        .addParameter(VIOLATIONS, "v")
                        .addParameter(POINTER, "p")
                        .addParameter(JSON_NODE, "value")
                        .addJavadoc(
                                "$L: the members and items no schema evaluated.\n\n@param v the violations\n"
                                        + "@param p the value's pointer\n@param value the value\n",
                                JavadocText.escape(schemaAt.apply(node)))
                        .addCode(body)
                        .build());
        return Optional.of(name);
    }

    /** Each member not evaluated, against {@code unevaluatedProperties}. */
    private void unevaluatedMembers(CodeBlock.Builder code, SchemaNode node, String unevaluated) {
        String e = members.local("entry");
        Optional<CodeBlock> judged = judgement(
                unevaluated,
                CodeBlock.of("p.member($N.getKey())", e),
                CodeBlock.of("$N.getValue()", e),
                CodeBlock.of("$T.unevaluatedProperty(v, p.member($N.getKey()), $N.getKey())", CHECKS, e, e));
        if (judged.isEmpty()) {
            return;
        }
        Optional<String> collector = collector(Kind.MEMBERS, node.id());
        String evaluated = members.local("evaluated");
        code.beginControlFlow("if (value.isObject())");
        collector.ifPresent(m -> code.addStatement("$T $N = new $T<>()", NAMES, evaluated, HashSet.class)
                .addStatement("$N(p, value, $N)", m, evaluated));
        code.beginControlFlow("for ($T<$T, $T> $N : value.properties())", Map.Entry.class, String.class, JSON_NODE, e);
        collector.ifPresent(m -> code.beginControlFlow("if ($N.contains($N.getKey()))", evaluated, e)
                .addStatement("continue")
                .endControlFlow());
        code.addStatement("$L", judged.get()).endControlFlow().endControlFlow();
    }

    /** Each item not evaluated, against {@code unevaluatedItems}. */
    private void unevaluatedItems(CodeBlock.Builder code, SchemaNode node, String unevaluated) {
        String i = members.local("i");
        Optional<CodeBlock> judged = judgement(
                unevaluated,
                CodeBlock.of("p.item($N)", i),
                CodeBlock.of("value.get($N)", i),
                CodeBlock.of("$T.unevaluatedItem(v, p.item($N))", CHECKS, i));
        if (judged.isEmpty()) {
            return;
        }
        Optional<String> collector = collector(Kind.ITEMS, node.id());
        String evaluated = members.local("evaluated");
        code.beginControlFlow("if (value.isArray())")
                .addStatement("$T $N = new $T(value.size())", BitSet.class, evaluated, BitSet.class);
        collector.ifPresent(m -> code.addStatement("$N(p, value, $N)", m, evaluated));
        code.beginControlFlow(
                        "for (int $1N = $2N.nextClearBit(0); $1N < value.size(); $1N = $2N.nextClearBit($1N + 1))",
                        i,
                        evaluated)
                .addStatement("$L", judged.get())
                .endControlFlow()
                .endControlFlow();
    }

    /**
     * What is done with one member or item that no schema evaluated: {@code refusal} under {@code false}, the check
     * of the unevaluated schema on {@code element} at {@code pointer} otherwise; empty when every value passes it.
     */
    private Optional<CodeBlock> judgement(String unevaluated, CodeBlock pointer, CodeBlock element, CodeBlock refusal) {
        if (model.node(unevaluated).alwaysFalse()) {
            return Optional.of(refusal);
        }
        return jsonCheck.apply(unevaluated).map(m -> CodeBlock.of("$N(v, $L, $L)", m, pointer, element));
    }

    // ------------------------------------------------------------------ collectors

    /**
     * The method adding to a set what node {@code nodeId} and the schemas it applies to the same value evaluate,
     * leaving out the node's own {@code unevaluatedProperties}/{@code unevaluatedItems}; empty when it adds nothing.
     */
    private Optional<String> collector(Kind kind, String nodeId) {
        Key key = new Key(kind, nodeId);
        Optional<String> known = collectors.get(key);
        if (known != null) {
            if (inProgress.contains(key)) {
                calledInProgress.add(key);
            }
            return known;
        }
        SchemaNode node = model.node(nodeId);
        String pointer = methodPointer.apply(node);
        String name =
                kind == Kind.MEMBERS ? members.evaluatedMembersMethod(pointer) : members.evaluatedItemsMethod(pointer);
        collectors.put(key, Optional.of(name));
        inProgress.add(key);
        int index = methods.size();
        methods.add(null);
        CodeBlock.Builder code = CodeBlock.builder();
        if (!node.alwaysFalse()) {
            if (kind == Kind.MEMBERS) {
                ownMembers(code, node);
            } else {
                ownItems(code, node);
            }
            inPlace(code, kind, node);
        }
        CodeBlock body = code.build();
        inProgress.remove(key);
        if (body.isEmpty() && !calledInProgress.contains(key)) {
            collectors.put(key, Optional.empty());
            methods.remove(index);
            members.release(name);
            return Optional.empty();
        }
        String what = kind == Kind.MEMBERS ? "members of an object" : "items of an array";
        methods.set(
                index,
                MethodSpec.methodBuilder(name)
                        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                        .addParameter(POINTER, "p")
                        .addParameter(JSON_NODE, "value")
                        .addParameter(kind == Kind.MEMBERS ? NAMES : ClassName.get(BitSet.class), "evaluated")
                        .addJavadoc(
                                "$L: adds the $L that it, and the schemas it applies to the same value, evaluate.\n\n"
                                        + "@param p the value's pointer\n@param value the value, an $L\n"
                                        + "@param evaluated the $L evaluated so far, added to\n",
                                JavadocText.escape(schemaAt.apply(node)),
                                what,
                                kind == Kind.MEMBERS ? "object" : "array",
                                kind == Kind.MEMBERS ? "names" : "positions")
                        .addCode(body)
                        .build());
        return Optional.of(name);
    }

    /**
     * The members a node's own keywords evaluate: every one under {@code additionalProperties}, else those
     * {@code properties} declares or a {@code patternProperties} pattern finds.
     */
    private void ownMembers(CodeBlock.Builder code, SchemaNode node) {
        if (node.additionalProperties().isPresent()) {
            allMembers(code);
            return;
        }
        List<CodeBlock> evaluatedIf = new ArrayList<>();
        String e = members.local("entry");
        if (!node.properties().isEmpty()) {
            evaluatedIf.add(CodeBlock.of(
                    "$N.contains($N.getKey())",
                    constants.declaredNames(node.properties().keySet()),
                    e));
        }
        for (String regex : node.patternProperties().keySet()) {
            evaluatedIf.add(CodeBlock.of("$T.finds($N, $N.getKey())", CHECKS, constants.pattern(regex), e));
        }
        if (evaluatedIf.isEmpty()) {
            return;
        }
        code.beginControlFlow("for ($T<$T, $T> $N : value.properties())", Map.Entry.class, String.class, JSON_NODE, e)
                .beginControlFlow("if ($L)", CodeBlock.join(evaluatedIf, " || "))
                .addStatement("evaluated.add($N.getKey())", e)
                .endControlFlow()
                .endControlFlow();
    }

    /**
     * The items a node's own keywords evaluate: every one under {@code items} (after {@code prefixItems}, which
     * evaluates the rest), the leading ones under {@code prefixItems}, those that pass {@code contains}.
     */
    private void ownItems(CodeBlock.Builder code, SchemaNode node) {
        if (node.items().isPresent()) {
            allItems(code);
            return;
        }
        if (!node.prefixItems().isEmpty()) {
            code.addStatement(
                    "evaluated.set(0, $T.min($L, value.size()))",
                    Math.class,
                    node.prefixItems().size());
        }
        node.arrays().contains().ifPresent(contains -> {
            if (model.node(contains).alwaysFalse()) {
                return;
            }
            Optional<String> m = jsonCheck.apply(contains);
            if (m.isEmpty()) {
                allItems(code);
                return;
            }
            String i = members.local("i");
            String matched = members.local("contains");
            code.beginControlFlow("for (int $1N = 0; $1N < value.size(); $1N++)", i)
                    .addStatement("$T $N = $T.counting()", VIOLATIONS, matched, VIOLATIONS)
                    .addStatement("$N($N, p.item($N), value.get($N))", m.get(), matched, i, i)
                    .beginControlFlow("if ($N.isEmpty())", matched)
                    .addStatement("evaluated.set($N)", i)
                    .endControlFlow()
                    .endControlFlow();
        });
    }

    /**
     * What the schemas a node applies to the same value evaluate: {@code $ref}, {@code allOf}, the {@code anyOf} and
     * {@code oneOf} branches that pass, {@code if} and its {@code then} or {@code else}, {@code dependentSchemas}.
     * The node passes (or its verdict does not depend on these annotations), so the branches that cannot fail
     * without it failing ({@code $ref}, {@code allOf}, {@code then} after a passing {@code if}) are not judged again.
     */
    private void inPlace(CodeBlock.Builder code, Kind kind, SchemaNode node) {
        node.ref().ifPresent(ref -> applied(code, kind, ref));
        followDynamicReference(code, kind, node);
        for (String branch : node.allOf()) {
            applied(code, kind, branch);
        }
        for (String branch : node.anyOf()) {
            ifPasses(code, kind, branch);
        }
        for (String branch : node.oneOf()) {
            ifPasses(code, kind, branch);
        }
        node.conditionals().ifSchema().ifPresent(condition -> conditional(code, kind, node, condition));
        if (kind == Kind.MEMBERS) {
            // dependentSchemas applies to objects only; an array has no member to depend on.
            for (Map.Entry<String, String> dependent :
                    node.objects().dependentSchemas().entrySet()) {
                CodeBlock.Builder inner = CodeBlock.builder();
                applied(inner, kind, dependent.getValue());
                CodeBlock body = inner.build();
                if (!body.isEmpty()) {
                    code.beginControlFlow("if (value.has($L))", StringLiterals.of(dependent.getKey()))
                            .add(body)
                            .endControlFlow();
                }
            }
        }
    }

    /**
     * Where the target of a {@code $dynamicRef} will be followed, as {@code $ref}'s is, once the linked model
     * resolves dynamic references (refused before linking until then, so there is nothing to follow yet).
     */
    private void followDynamicReference(CodeBlock.Builder code, Kind kind, SchemaNode node) {
        // The dynamic scope's target is applied to the same value: applied(code, kind, target) once it is known.
    }

    /** {@code if}: its annotations and {@code then}'s when the value passes it, {@code else}'s when it fails. */
    private void conditional(CodeBlock.Builder code, Kind kind, SchemaNode node, String condition) {
        CodeBlock.Builder passing = CodeBlock.builder();
        applied(passing, kind, condition);
        node.conditionals().thenSchema().ifPresent(then -> applied(passing, kind, then));
        CodeBlock.Builder failing = CodeBlock.builder();
        node.conditionals().elseSchema().ifPresent(otherwise -> applied(failing, kind, otherwise));
        CodeBlock whenPassing = passing.build();
        CodeBlock whenFailing = failing.build();
        if (whenPassing.isEmpty() && whenFailing.isEmpty()) {
            return;
        }
        if (model.node(condition).alwaysFalse()) {
            code.add(whenFailing);
            return;
        }
        Optional<String> m = jsonCheck.apply(condition);
        if (m.isEmpty()) {
            code.add(whenPassing);
            return;
        }
        String judged = judge(code, m.get());
        code.beginControlFlow("if ($N.isEmpty())", judged).add(whenPassing);
        if (!whenFailing.isEmpty()) {
            code.nextControlFlow("else").add(whenFailing);
        }
        code.endControlFlow();
    }

    /** A branch of {@code anyOf} or {@code oneOf}: what it evaluates, when the value passes it. */
    private void ifPasses(CodeBlock.Builder code, Kind kind, String branch) {
        CodeBlock.Builder inner = CodeBlock.builder();
        applied(inner, kind, branch);
        CodeBlock body = inner.build();
        if (body.isEmpty() || model.node(branch).alwaysFalse()) {
            return;
        }
        Optional<String> m = jsonCheck.apply(branch);
        if (m.isEmpty()) {
            code.add(body);
            return;
        }
        String judged = judge(code, m.get());
        code.beginControlFlow("if ($N.isEmpty())", judged).add(body).endControlFlow();
    }

    /** Checks the value against a branch into a counting {@code Violations} of its own; its local's name. */
    private String judge(CodeBlock.Builder code, String check) {
        String judged = members.local("branch");
        code.addStatement("$T $N = $T.counting()", VIOLATIONS, judged, VIOLATIONS)
                .addStatement("$N($N, p, value)", check, judged);
        return judged;
    }

    /**
     * What a schema applied to the same value evaluates: everything, when it says {@code unevaluatedProperties}
     * (or {@code unevaluatedItems}) itself, since it passes; its collector's members or items otherwise.
     */
    private void applied(CodeBlock.Builder code, Kind kind, String nodeId) {
        SchemaNode node = model.node(nodeId);
        if (node.alwaysFalse()) {
            return;
        }
        boolean nested = kind == Kind.MEMBERS
                ? node.unevaluated().properties().isPresent()
                : node.unevaluated().items().isPresent();
        if (nested) {
            if (kind == Kind.MEMBERS) {
                allMembers(code);
            } else {
                allItems(code);
            }
            return;
        }
        collector(kind, nodeId).ifPresent(m -> code.addStatement("$N(p, value, evaluated)", m));
    }

    private void allMembers(CodeBlock.Builder code) {
        String e = members.local("entry");
        code.beginControlFlow("for ($T<$T, $T> $N : value.properties())", Map.Entry.class, String.class, JSON_NODE, e)
                .addStatement("evaluated.add($N.getKey())", e)
                .endControlFlow();
    }

    private void allItems(CodeBlock.Builder code) {
        code.addStatement("evaluated.set(0, value.size())");
    }
}
