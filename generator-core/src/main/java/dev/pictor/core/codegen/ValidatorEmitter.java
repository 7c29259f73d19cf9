package dev.pictor.core.codegen;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import dev.pictor.core.json.JsonPointer;
import dev.pictor.core.link.EnumDecl;
import dev.pictor.core.link.FieldDecl;
import dev.pictor.core.link.JavaNames;
import dev.pictor.core.link.JavaType;
import dev.pictor.core.link.JsonType;
import dev.pictor.core.link.LinkedModel;
import dev.pictor.core.link.RecordDecl;
import dev.pictor.core.link.SchemaNode;
import dev.pictor.core.link.UnionDecl;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.lang.model.element.Modifier;

/**
 * Emits the validator of a model's request: a final class {@code <Request>Validator} with one public method,
 * {@code validate(<Request>)}, that checks every constraint of the input schema and returns every violation, each
 * with its JSON Pointer, keyword and message. The schema is compiled into plain Java; nothing is interpreted at run
 * time. On request ({@link #emit(LinkedModel, boolean)}) it also has {@code validateJson(JsonNode)}, which checks a
 * request's JSON form against the whole input schema, for a value the typed request cannot hold.
 *
 * <p>There is one private method per pair of a schema node and a Java representation of the value checked against
 * it, generated on demand and memoised, so a {@code $ref} (recursive or not) is a method call and a branch of
 * {@code allOf}/{@code anyOf}/{@code oneOf} is checked in the representation of the value that holds it:
 * <ul>
 *   <li>typed values get typed checks: {@code Integer}/{@code Long} as {@code long}, {@code Double} as
 *       {@code double} (or as the decimal Jackson writes for it, when a bound is not exactly a double), enums by
 *       their wire value, image bytes by their size (and their items, as {@code long}s, only when the item schema
 *       does not admit every byte), records field by field; the {@code type} keyword is decided from the
 *       representation when the code is generated, and keywords of other JSON types are left out;</li>
 *   <li>{@code dev.pictor.runtime.JsonValue} values are checked as Jackson {@link JsonNode}s with every
 *       keyword;</li>
 *   <li>a value of a union (a sealed interface over the records of a {@code oneOf}/{@code anyOf}) is checked on its
 *       wire form with every keyword, like a {@code JsonValue}: the record that holds it cannot say whether another
 *       alternative matches too;</li>
 *   <li>what cannot be said of a typed value ({@code enum} or {@code const} on a record, a {@code type} the
 *       representation never has) is checked on the value's wire form, built by a generated converter
 *       ({@link WireFormConverters}).</li>
 * </ul>
 * A check method is named after the schema path it checks ({@code checkLorasItemsScale}), and its Javadoc opens with
 * the schema's pointer, so that a stack trace or a debugger says which schema refused a value; the names are decided
 * in {@link JavaNames.ClassMembers}. What a check would otherwise rebuild on every call is a constant
 * ({@link ValidatorConstants}). Output is deterministic: methods and constants in the order they are first needed,
 * schema members in declared order.
 */
public final class ValidatorEmitter {

    private static final ClassName JSON_NODE = ClassName.get(JsonNode.class);
    private static final ClassName POINTER = ClassName.get("dev.pictor.runtime.validation", "Pointer");
    private static final ClassName CHECKS = RuntimeTypes.CHECKS;
    private static final ClassName VIOLATIONS = RuntimeTypes.VIOLATIONS;
    private static final JavaType JSON = new JavaType.Passthrough();
    /** The order types are named in messages ({@code integer or null}); a schema's types are a set. */
    private static final List<JsonType> TYPE_ORDER = List.of(
            JsonType.INTEGER,
            JsonType.NUMBER,
            JsonType.STRING,
            JsonType.BOOLEAN,
            JsonType.OBJECT,
            JsonType.ARRAY,
            JsonType.NULL);

    private static final JavaType LONG = new JavaType.Scalar(JavaType.ScalarKind.LONG);
    /** The names the class has before any check is generated: its entry points and the constants' helpers. */
    private static final Set<String> FIXED_MEMBERS = Stream.concat(
                    Stream.of("validate", "check"), ValidatorConstants.HELPERS.stream())
            .collect(Collectors.toUnmodifiableSet());

    private ValidatorEmitter() {}

    /** The simple name of the validator of {@code model}'s request. */
    public static String simpleName(LinkedModel model) {
        return JavaNames.validatorName(model.request().simpleName());
    }

    /** The validator of {@code model}'s request, in the model's package. */
    public static JavaFile emit(LinkedModel model) {
        return emit(model, false);
    }

    /**
     * The validator of {@code model}'s request; with {@code jsonEntryPoint}, it also has
     * {@code validateJson(JsonNode)}, which checks a request's JSON form against the whole input schema (for a value
     * the typed request cannot hold, such as a member its record does not declare).
     */
    public static JavaFile emit(LinkedModel model, boolean jsonEntryPoint) {
        return new Generator(model, jsonEntryPoint).generate();
    }

    /** A check method's memo key: a schema node, and the (normalised) representation of the values it checks. */
    private record CheckKey(String nodeId, Optional<JavaType> repr) {}

    /** Generates one validator; holds the memo of check methods. */
    private static final class Generator {

        private final LinkedModel model;
        private final String pkg;
        private final ClassName request;
        /** The pointer of the request schema's root, which check method names leave out. */
        private final String rootPointer;

        /** Whether the class also checks a request's JSON form ({@link JavaNames.ClassMembers#JSON_ENTRY_POINT}). */
        private final boolean jsonEntryPoint;

        private final JavaNames.ClassMembers members;
        private final ValidatorConstants constants;
        private final WireFormConverters converters;
        /** uniqueItems, contains, not and if/then/else. */
        private final ItemAndConditionalChecks itemsAndConditionals;
        /** The checks of the object keywords that count, name and make members depend on each other. */
        private final ObjectKeywordChecks objectKeywords;
        /** {@code unevaluatedProperties} and {@code unevaluatedItems}, with the collectors they call. */
        private final EvaluatedCollectors evaluated;
        /** Check methods by key; empty when the check would add nothing. No representation: the null check. */
        private final Map<CheckKey, Optional<String>> checks = new HashMap<>();
        /** Keys of methods being generated (a recursive call to one of them keeps it even if its body is empty). */
        private final Set<CheckKey> inProgress = new HashSet<>();
        /** Keys of methods called while they were being generated. */
        private final Set<CheckKey> calledInProgress = new HashSet<>();

        private final List<MethodSpec> methods = new ArrayList<>();

        Generator(LinkedModel model, boolean jsonEntryPoint) {
            this.model = model;
            this.jsonEntryPoint = jsonEntryPoint;
            // Reserved only when emitted, so that the default output names its checks as it always has.
            this.members = new JavaNames.ClassMembers(
                    jsonEntryPoint
                            ? Stream.concat(FIXED_MEMBERS.stream(), Stream.of(JavaNames.ClassMembers.JSON_ENTRY_POINT))
                                    .collect(Collectors.toUnmodifiableSet())
                            : FIXED_MEMBERS);
            this.constants = new ValidatorConstants(members);
            this.pkg = model.javaPackage();
            this.request = ClassName.get(pkg, model.request().simpleName());
            this.rootPointer = model.node(model.requestRoot()).pointer();
            this.converters = new WireFormConverters(model, members);
            this.itemsAndConditionals = new ItemAndConditionalChecks(members, converters, this::check, this::checkNull);
            this.objectKeywords = new ObjectKeywordChecks(model, members, converters, this::check);
            this.evaluated = new EvaluatedCollectors(
                    model, members, constants, id -> check(id, JSON), this::pointerFromRoot, this::schemaAt);
        }

        JavaFile generate() {
            RecordDecl decl = model.request();
            String root = model.requestRoot();
            CodeBlock.Builder body = CodeBlock.builder();
            Optional<String> asNull = checkNull(root);
            body.beginControlFlow("if (request == null)");
            asNull.ifPresent(m -> body.addStatement("$N(v, $T.ROOT)", m, POINTER));
            if (decl.wrapper()) {
                JavaType inner = decl.fields().get(0).type();
                body.nextControlFlow("else if (request.value() == null)");
                asNull.ifPresent(m -> body.addStatement("$N(v, $T.ROOT)", m, POINTER));
                body.nextControlFlow("else");
                enter(body, root, inner, CodeBlock.of("request.value()"), CodeBlock.of("$T.ROOT", POINTER), false);
            } else {
                body.nextControlFlow("else");
                enter(
                        body,
                        root,
                        new JavaType.RecordRef(decl.simpleName()),
                        CodeBlock.of("request"),
                        CodeBlock.of("$T.ROOT", POINTER),
                        false);
            }
            body.endControlFlow();

            // A counting run decides; the list builds the violations when read, by checking the request again.
            MethodSpec validate = MethodSpec.methodBuilder("validate")
                    .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                    .returns(ParameterizedTypeName.get(ClassName.get(List.class), RuntimeTypes.VIOLATION))
                    .addParameter(request, "request")
                    .addJavadoc("Checks every constraint of the input schema on {@code request}.\n\n"
                            + "@param request the request; {@code null} is checked as the JSON value {@code null}\n"
                            + "@return every violation, in schema order, each with its JSON Pointer; empty when the"
                            + " request is valid. The list knows its size at once and builds its items when first"
                            + " read.\n")
                    .addStatement("$T v = $T.counting()", VIOLATIONS, VIOLATIONS)
                    .addStatement("check(v, request)")
                    .addStatement("return v.list(request, $T::check)", ClassName.get(pkg, simpleName(model)))
                    .build();
            MethodSpec check = MethodSpec.methodBuilder("check")
                    .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                    .addParameter(VIOLATIONS, "v")
                    .addParameter(request, "request")
                    .addJavadoc("Checks {@code request}, adding each violation to {@code v}.\n\n"
                            + "@param v the violations found so far, added to\n"
                            + "@param request the request, or {@code null}\n")
                    .addCode(body.build())
                    .build();

            // Generated before the class is put together: its checks may add constants.
            Optional<MethodSpec> json = jsonEntryPoint ? Optional.of(validateJson(root)) : Optional.empty();
            TypeSpec.Builder type = TypeSpec.classBuilder(simpleName(model))
                    .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                    .addJavadoc(
                            "Checks a {@link $T} against every constraint of the input schema of <code>$L</code>"
                                    + " (version $L), as generated Java: JSON Schema is not interpreted at run time.\n",
                            request,
                            JavadocText.escape(model.modelId()),
                            JavadocText.escape(model.version()))
                    .addFields(constants.fields())
                    .addMethod(MethodSpec.constructorBuilder()
                            .addModifiers(Modifier.PRIVATE)
                            .addJavadoc("Not instantiable.\n")
                            .build())
                    .addMethod(validate)
                    .addMethod(check);
            json.ifPresent(type::addMethod);
            type.addMethods(methods)
                    .addMethods(evaluated.methods())
                    .addMethods(converters.methods())
                    .addMethods(constants.helpers());
            return TypeEmitter.file(model, type.build());
        }

        /**
         * {@code validateJson(JsonNode)}: the JSON form of a request against the whole input schema, through the check
         * of the schema's root on JSON values. It keeps the violations as it finds them: a JSON tree can change after
         * the call, so the list cannot check it again later as {@code validate} does.
         */
        private MethodSpec validateJson(String root) {
            MethodSpec.Builder method = MethodSpec.methodBuilder(JavaNames.ClassMembers.JSON_ENTRY_POINT)
                    .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                    .returns(ParameterizedTypeName.get(ClassName.get(List.class), RuntimeTypes.VIOLATION))
                    .addParameter(JSON_NODE, "json")
                    .addJavadoc("Checks every constraint of the input schema on the JSON form of a request, for a"
                            + " value {@link #validate} cannot be given (one the request's types cannot hold).\n\n"
                            + "@param json the request as JSON; {@code null} is checked as the JSON value"
                            + " {@code null}\n"
                            + "@return every violation, in schema order, each with its JSON Pointer; empty when the"
                            + " value is valid\n");
            Optional<String> check = check(root, JSON);
            if (check.isEmpty()) {
                return method.addStatement("return $T.of()", List.class).build();
            }
            return method.addStatement("$T v = new $T()", VIOLATIONS, VIOLATIONS)
                    .addStatement(
                            "$N(v, $T.ROOT, json == null ? $T.getInstance() : json)",
                            check.get(),
                            POINTER,
                            NullNode.class)
                    .addStatement("return v.list()")
                    .build();
        }

        // ------------------------------------------------------------------ value positions

        /**
         * Checks a value held at a value position (the request, a field, an item) against {@code nodeId}:
         * {@code null} (unset) skips it, a {@code double} must be finite first, a passthrough value is read as JSON.
         *
         * @param holder the value's Java type where it is held ({@code JsonValue} for a passthrough field)
         */
        private void enter(
                CodeBlock.Builder code,
                String nodeId,
                JavaType holder,
                CodeBlock value,
                CodeBlock pointer,
                boolean nullable) {
            enter(code, nodeId, holder, value, pointer, nullable, true);
        }

        /**
         * As {@link #enter(CodeBlock.Builder, String, JavaType, CodeBlock, CodeBlock, boolean)}; a non-finite
         * {@code double} is reported only when {@code reportNonFinite} (once per value, by the schema that declares
         * it), and skipped silently otherwise.
         */
        private void enter(
                CodeBlock.Builder code,
                String nodeId,
                JavaType holder,
                CodeBlock value,
                CodeBlock pointer,
                boolean nullable,
                boolean reportNonFinite) {
            if (holder instanceof JavaType.Nullable n) {
                enterNullable(code, nodeId, n, value, pointer, reportNonFinite);
                return;
            }
            Optional<String> method = check(nodeId, holder);
            boolean dbl = holder instanceof JavaType.Scalar s && s.kind() == JavaType.ScalarKind.DOUBLE;
            if (method.isEmpty() && !dbl) {
                return;
            }
            CodeBlock arg = holder instanceof JavaType.Passthrough ? CodeBlock.of("$L.node()", value) : value;
            CodeBlock call = method.map(m -> CodeBlock.of("$N(v, $L, $L)", m, pointer, arg))
                    .orElse(null);
            if (dbl && !reportNonFinite && method.isEmpty()) {
                return;
            }
            CodeBlock finite = !dbl
                    ? null
                    : reportNonFinite
                            ? CodeBlock.of("$T.finite(v, $L, $L)", CHECKS, pointer, value)
                            : CodeBlock.of("$T.isFinite($L)", Double.class, value);
            if (nullable) {
                code.beginControlFlow("if ($L != null)", value);
            }
            if (finite != null && call != null) {
                code.beginControlFlow("if ($L)", finite)
                        .addStatement("$L", call)
                        .endControlFlow();
            } else {
                code.addStatement("$L", finite != null ? finite : call);
            }
            if (nullable) {
                code.endControlFlow();
            }
        }

        /**
         * A nullable value: an explicit {@code null} is checked as the JSON {@code null}, a value as the type it
         * holds, against the whole schema (its {@code null} branch included); unset skips both.
         */
        private void enterNullable(
                CodeBlock.Builder code,
                String nodeId,
                JavaType.Nullable holder,
                CodeBlock value,
                CodeBlock pointer,
                boolean reportNonFinite) {
            Optional<String> asNull = checkNull(nodeId);
            CodeBlock.Builder held = CodeBlock.builder();
            enter(held, nodeId, holder.value(), CodeBlock.of("$L.value()", value), pointer, false, reportNonFinite);
            CodeBlock ofValue = held.build();
            if (asNull.isPresent()) {
                code.beginControlFlow("if ($L.isNull())", value).addStatement("$N(v, $L)", asNull.get(), pointer);
                if (!ofValue.isEmpty()) {
                    code.nextControlFlow("else if ($L.hasValue())", value).add(ofValue);
                }
                code.endControlFlow();
            } else if (!ofValue.isEmpty()) {
                code.beginControlFlow("if ($L.hasValue())", value).add(ofValue).endControlFlow();
            }
        }

        // ------------------------------------------------------------------ check methods

        /** The method checking values held as {@code repr} against node {@code nodeId}; empty when it checks nothing. */
        private Optional<String> check(String nodeId, JavaType repr) {
            JavaType r = normal(repr);
            CheckKey key = new CheckKey(nodeId, Optional.of(r));
            Optional<String> known = checks.get(key);
            if (known != null) {
                if (inProgress.contains(key)) {
                    calledInProgress.add(key);
                }
                return known;
            }
            SchemaNode node = model.node(nodeId);
            if (isTrue(node)) {
                checks.put(key, Optional.empty());
                return Optional.empty();
            }
            String name = members.checkMethod(pointerFromRoot(node), r);
            checks.put(key, Optional.of(name));
            inProgress.add(key);
            int index = methods.size();
            methods.add(null); // keeps methods in the order they are first needed
            CodeBlock body = body(node, r);
            inProgress.remove(key);
            if (body.isEmpty() && !calledInProgress.contains(key)) {
                checks.put(key, Optional.empty());
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
                            .addParameter(JavaTypes.checked(r, pkg), "value")
                            .addJavadoc(
                                    "$L\n\n@param v the violations\n@param p the value's pointer\n"
                                            + "@param value the value\n",
                                    JavadocText.escape(schemaAt(node)))
                            .addCode(body)
                            .build());
            return Optional.of(name);
        }

        /**
         * The method checking the JSON value {@code null} (a {@code null} request) against node {@code nodeId}: only
         * {@code type}, {@code enum}, {@code const}, {@code false} and the schemas applied to the same value can
         * refuse it, and all but the last are decided here.
         */
        private Optional<String> checkNull(String nodeId) {
            CheckKey key = new CheckKey(nodeId, Optional.empty());
            Optional<String> known = checks.get(key);
            if (known != null) {
                return known;
            }
            SchemaNode node = model.node(nodeId);
            String name = members.nullCheckMethod(pointerFromRoot(node));
            checks.put(key, Optional.of(name));
            int index = methods.size();
            methods.add(null);
            CodeBlock.Builder code = CodeBlock.builder();
            CodeBlock nul = CodeBlock.of("$T.getInstance()", NullNode.class);
            if (node.alwaysFalse()) {
                code.addStatement("$T.never(v, p)", CHECKS);
            }
            if (!node.types().isEmpty() && !node.types().contains(JsonType.NULL)) {
                code.addStatement("$T.type(v, p, $L, $L)", CHECKS, nul, typeNames(node));
            }
            if (node.enumValues().isPresent()
                    && node.enumValues().get().stream().noneMatch(JsonNode::isNull)) {
                code.addStatement(
                        "$T.enumValue(v, p, $L, $N)",
                        CHECKS,
                        nul,
                        constants.enumValues(node.enumValues().get()));
            }
            if (node.constValue().isPresent() && !node.constValue().get().isNull()) {
                code.addStatement(
                        "$T.constValue(v, p, $L, $N)",
                        CHECKS,
                        nul,
                        constants.constValue(node.constValue().get()));
            }
            node.ref().flatMap(this::checkNull).ifPresent(m -> code.addStatement("$N(v, p)", m));
            for (String branch : node.allOf()) {
                checkNull(branch).ifPresent(m -> code.addStatement("$N(v, p)", m));
            }
            for (String keyword : List.of("anyOf", "oneOf")) {
                List<String> ids = keyword.equals("anyOf") ? node.anyOf() : node.oneOf();
                if (ids.isEmpty()
                        || (keyword.equals("anyOf")
                                && ids.stream().anyMatch(id -> model.node(id).onlyNull()))) {
                    continue; // an anyOf with a {type: "null"} branch admits null, whatever its other branches say
                }
                combine(code, keyword, ids.stream().map(this::checkNull).toList(), "p");
            }
            itemsAndConditionals.emitForNull(code, node);
            CodeBlock body = code.build();
            if (body.isEmpty()) {
                checks.put(key, Optional.empty());
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
                            .addJavadoc(
                                    "$L, for the JSON value {@code null}.\n\n@param v the violations\n"
                                            + "@param p the value's pointer\n",
                                    JavadocText.escape(schemaAt(node)))
                            .addCode(body)
                            .build());
            return Optional.of(name);
        }

        private CodeBlock body(SchemaNode node, JavaType repr) {
            CodeBlock.Builder code = CodeBlock.builder();
            if (repr instanceof JavaType.UnionRef
                    || repr instanceof JavaType.RecordRef r && recordDecl(r).keepsRest()) {
                wireForm(code, node, repr);
                return code.build();
            }
            if (node.alwaysFalse()) {
                code.addStatement("$T.never(v, p)", CHECKS);
                return code.build();
            }
            type(code, node, repr);
            enumAndConst(code, node, repr);
            numbers(code, node, repr);
            strings(code, node, repr);
            arrays(code, node, repr);
            objects(code, node, repr);
            itemsAndConditionals.emit(code, node, repr);
            objectKeywords.emit(code, node, repr);
            node.ref().flatMap(ref -> check(ref, repr)).ifPresent(m -> code.addStatement("$N(v, p, value)", m));
            for (String branch : node.allOf()) {
                check(branch, repr).ifPresent(m -> code.addStatement("$N(v, p, value)", m));
            }
            branches(code, node.anyOf(), "anyOf", repr);
            branches(code, node.oneOf(), "oneOf", repr);
            unevaluated(code, node, repr);
            return code.build();
        }

        /**
         * {@code unevaluatedProperties} of an object and {@code unevaluatedItems} of an array
         * ({@link EvaluatedCollectors}), on the value's JSON form: a typed value reaches here only in a type that
         * keeps every member and item (as {@code core.link} decides), whose wire form is then the value as read.
         */
        private void unevaluated(CodeBlock.Builder code, SchemaNode node, JavaType repr) {
            boolean json = repr instanceof JavaType.Passthrough;
            boolean object = json || repr instanceof JavaType.RecordRef || repr instanceof JavaType.MapOf;
            boolean array = json || repr instanceof JavaType.ListOf;
            if (!(object && node.unevaluated().properties().isPresent()
                    || array && node.unevaluated().items().isPresent())) {
                return;
            }
            CodeBlock value = json ? CodeBlock.of("value") : converters.wire(repr, CodeBlock.of("value"));
            evaluated.check(node.id()).ifPresent(m -> code.addStatement("$N(v, p, $L)", m, value));
        }

        /**
         * A union's value, a tuple, or a record with undeclared members: its wire form against every keyword of the
         * node, and no {@code NaN} in it (which a JSON number check would pass).
         */
        private void wireForm(CodeBlock.Builder code, SchemaNode node, JavaType repr) {
            code.addStatement("$T json = $L", JSON_NODE, converters.wire(repr, CodeBlock.of("value")));
            if (holdsDouble(repr, new HashSet<>())) {
                code.addStatement("$T.finiteNumbers(v, p, json)", CHECKS);
            }
            check(node.id(), JSON).ifPresent(m -> code.addStatement("$N(v, p, json)", m));
        }

        /** Whether a value held as {@code t} can contain a {@code double}, directly or through its parts. */
        private boolean holdsDouble(JavaType t, Set<String> seen) {
            if (t instanceof JavaType.ListOf l) {
                return holdsDouble(l.item(), seen);
            }
            if (t instanceof JavaType.Nullable n) {
                return holdsDouble(n.value(), seen);
            }
            if (t instanceof JavaType.RecordRef r) {
                return seen.add(r.simpleName())
                        && recordDecl(r).components().stream().anyMatch(f -> holdsDouble(f.type(), seen));
            }
            if (t instanceof JavaType.MapOf m) {
                return holdsDouble(m.value(), seen);
            }
            if (t instanceof JavaType.UnionRef u) {
                return unionDecl(u).alternatives().stream().anyMatch(a -> holdsDouble(new JavaType.RecordRef(a), seen));
            }
            return isScalar(t, JavaType.ScalarKind.DOUBLE);
        }

        /** {@code anyOf}/{@code oneOf}: each branch into its own {@code Violations}, then one verdict. */
        private void branches(CodeBlock.Builder code, List<String> ids, String keyword, JavaType repr) {
            if (ids.isEmpty()) {
                return;
            }
            // A typed value is never null: a {type: "null"} branch never matches it, so the verdict is the rest's,
            // and the rest's own when one is left (a nullable schema checks its value as the schema of that value).
            List<String> kept = repr instanceof JavaType.Passthrough
                    ? ids
                    : ids.stream().filter(id -> !model.node(id).onlyNull()).toList();
            if (kept.size() == 1 && ids.size() == 2) {
                check(kept.get(0), repr).ifPresent(m -> code.addStatement("$N(v, p, value)", m));
                return;
            }
            // Decided before any branch's method is made: an anyOf that always holds leaves no unused method behind.
            if (keyword.equals("anyOf") && ids.stream().anyMatch(id -> admitsEvery(model.node(id), repr))) {
                return;
            }
            combine(code, keyword, ids.stream().map(id -> check(id, repr)).toList(), "p, value");
        }

        /**
         * Evaluates each branch into its own {@code Violations} and lets {@code dev.pictor.runtime.validation.Checks}
         * judge; an {@code anyOf} with a branch that checks nothing always passes and is left out.
         */
        private void combine(CodeBlock.Builder code, String keyword, List<Optional<String>> checks, String args) {
            if (keyword.equals("anyOf") && checks.stream().anyMatch(Optional::isEmpty)) {
                return;
            }
            String local = members.local(keyword);
            code.addStatement("$T[] $N = new $T[$L]", VIOLATIONS, local, VIOLATIONS, checks.size());
            for (int i = 0; i < checks.size(); i++) {
                code.addStatement("$N[$L] = new $T()", local, i, VIOLATIONS);
                int at = i;
                checks.get(i).ifPresent(m -> code.addStatement("$N($N[$L], $L)", m, local, at, args));
            }
            code.addStatement("$T.$N(v, p, $N)", CHECKS, keyword, local);
        }

        // ------------------------------------------------------------------ keywords

        private void type(CodeBlock.Builder code, SchemaNode node, JavaType repr) {
            if (node.types().isEmpty()) {
                return;
            }
            CodeBlock names = typeNames(node);
            if (repr instanceof JavaType.Passthrough) {
                code.addStatement("$T.type(v, p, value, $L)", CHECKS, names);
                return;
            }
            JsonType own = jsonType(repr);
            if (node.admits(own)) {
                return;
            }
            if (JavaType.isFileList(repr) && node.types().equals(Set.of(JsonType.STRING))) {
                // Files have no JSON form: the list holds the single-file branch when it holds one file.
                code.addStatement("$T.oneFile(v, p, value.size())", CHECKS);
                return;
            }
            if (own == JsonType.NUMBER && node.types().contains(JsonType.INTEGER) && repr instanceof JavaType.Scalar) {
                code.beginControlFlow("if (value % 1 != 0)")
                        .addStatement("$T.type(v, p, $T.valueOf(value), $L)", CHECKS, DoubleNode.class, names)
                        .endControlFlow();
                return;
            }
            code.addStatement("$T.type(v, p, $L, $L)", CHECKS, converters.wire(repr, CodeBlock.of("value")), names);
        }

        private static CodeBlock typeNames(SchemaNode node) {
            return node.types().stream()
                    .sorted(Comparator.comparingInt(TYPE_ORDER::indexOf))
                    .map(t -> CodeBlock.of("$S", t.schemaName()))
                    .collect(CodeBlock.joining(", "));
        }

        private void enumAndConst(CodeBlock.Builder code, SchemaNode node, JavaType repr) {
            Optional<List<JsonNode>> values = node.enumValues();
            if (values.isPresent() && !enumHolds(repr, values.get())) {
                String constant = constants.enumValues(values.get());
                code.addStatement(
                        "$T.enumValue(v, p, $L, $N)", CHECKS, converters.wire(repr, CodeBlock.of("value")), constant);
            }
            Optional<JsonNode> constValue = node.constValue();
            if (constValue.isPresent() && !enumHolds(repr, List.of(constValue.get()))) {
                String constant = constants.constValue(constValue.get());
                code.addStatement(
                        "$T.constValue(v, p, $L, $N)", CHECKS, converters.wire(repr, CodeBlock.of("value")), constant);
            }
        }

        /**
         * Whether every constant of an enum representation is one of {@code allowed}, so the check always passes
         * (numbers compared by value: {@code 1} is {@code 1.0}). An open enum's value may be any string: never.
         */
        private boolean enumHolds(JavaType repr, List<JsonNode> allowed) {
            if (!(repr instanceof JavaType.EnumRef e)) {
                return false;
            }
            EnumDecl decl = enumDecl(e);
            if (decl.wireType() != JsonType.STRING) {
                List<BigDecimal> numbers = allowed.stream()
                        .filter(JsonNode::isNumber)
                        .map(JsonNode::decimalValue)
                        .toList();
                return decl.constants().stream()
                        .map(c -> new BigDecimal(c.wireValue()))
                        .allMatch(c -> numbers.stream().anyMatch(n -> n.compareTo(c) == 0));
            }
            Set<String> texts = allowed.stream()
                    .filter(JsonNode::isTextual)
                    .map(JsonNode::textValue)
                    .collect(Collectors.toSet());
            return decl.constants().stream().allMatch(c -> texts.contains(c.wireValue()));
        }

        private void numbers(CodeBlock.Builder code, SchemaNode node, JavaType repr) {
            // A number enum is checked on its wire value: a long, or an exact BigDecimal (checked as JSON numbers are).
            JsonType enumType = repr instanceof JavaType.EnumRef e ? enumDecl(e).wireType() : JsonType.STRING;
            JavaType form = enumType == JsonType.INTEGER ? LONG : repr;
            CodeBlock value = enumType == JsonType.STRING ? CodeBlock.of("value") : CodeBlock.of("value.wireValue()");
            if (!(form instanceof JavaType.Passthrough
                    || enumType == JsonType.NUMBER
                    || isScalar(form, JavaType.ScalarKind.LONG)
                    || isScalar(form, JavaType.ScalarKind.DOUBLE))) {
                return;
            }
            node.lower().ifPresent(b -> numberCheck(code, form, value, b.keyword(true), b.value()));
            node.upper().ifPresent(b -> numberCheck(code, form, value, b.keyword(false), b.value()));
            node.multipleOf().ifPresent(m -> {
                if (m.signum() <= 0) {
                    throw new IllegalArgumentException(
                            "multipleOf must be positive, is " + m + " at " + node.pointer() + " of " + model.file());
                }
                numberCheck(code, form, value, "multipleOf", m);
            });
        }

        /**
         * One numeric keyword, on the representation's own number type where the limit is exact in it.
         *
         * @param value the number checked: {@code value}, or a number enum's {@code value.wireValue()}
         */
        private void numberCheck(
                CodeBlock.Builder code, JavaType repr, CodeBlock value, String method, BigDecimal limit) {
            if (repr instanceof JavaType.Passthrough || repr instanceof JavaType.EnumRef) {
                code.addStatement("$T.$N(v, p, $L, $N)", CHECKS, method, value, constants.decimal(limit));
            } else if (isScalar(repr, JavaType.ScalarKind.LONG)) {
                if (isLong(limit)) {
                    code.addStatement("$T.$N(v, p, $L, $LL)", CHECKS, method, value, limit.longValueExact());
                } else {
                    code.addStatement(
                            "$T.$N(v, p, $T.valueOf($L), $N)",
                            CHECKS,
                            method,
                            BigDecimal.class,
                            value,
                            constants.decimal(limit));
                }
            } else if (isDouble(limit)) {
                code.addStatement("$T.$N(v, p, $L, $Ld)", CHECKS, method, value, Double.toString(limit.doubleValue()));
            } else {
                code.addStatement(
                        "$T.$N(v, p, $T.valueOf($L), $N)",
                        CHECKS,
                        method,
                        BigDecimal.class,
                        value,
                        constants.decimal(limit));
            }
        }

        private void strings(CodeBlock.Builder code, SchemaNode node, JavaType repr) {
            boolean any = node.minLength().isPresent()
                    || node.maxLength().isPresent()
                    || node.pattern().isPresent()
                    || node.assertedFormat().isPresent();
            if (!any) {
                return;
            }
            CodeBlock text;
            if (repr instanceof JavaType.Passthrough || isScalar(repr, JavaType.ScalarKind.STRING)) {
                text = CodeBlock.of("value");
            } else if ((repr instanceof JavaType.EnumRef e && enumDecl(e).wireType() == JsonType.STRING)
                    || repr instanceof JavaType.OpenEnumRef) {
                text = CodeBlock.of("value.wireValue()");
            } else if (repr instanceof JavaType.Bytes b && b.encoding() == JavaType.BytesEncoding.BASE64) {
                String local = members.local("text");
                code.addStatement(
                        "$T $N = $T.getEncoder().encodeToString(value.toByteArray())",
                        String.class,
                        local,
                        Base64.class);
                text = CodeBlock.of("$N", local);
            } else {
                return;
            }
            node.minLength().ifPresent(n -> code.addStatement("$T.minLength(v, p, $L, $L)", CHECKS, text, count(n)));
            node.maxLength().ifPresent(n -> code.addStatement("$T.maxLength(v, p, $L, $L)", CHECKS, text, count(n)));
            node.pattern()
                    .ifPresent(regex ->
                            code.addStatement("$T.pattern(v, p, $L, $N)", CHECKS, text, constants.pattern(regex)));
            node.assertedFormat()
                    .ifPresent(f -> code.addStatement("$T.format(v, p, $L, $L)", CHECKS, text, RuntimeTypes.format(f)));
        }

        private void arrays(CodeBlock.Builder code, SchemaNode node, JavaType repr) {
            boolean json = repr instanceof JavaType.Passthrough;
            boolean list = repr instanceof JavaType.ListOf;
            boolean bytes = repr instanceof JavaType.Bytes b && b.encoding() == JavaType.BytesEncoding.NUMBER_ARRAY;
            if (!json && !list && !bytes) {
                return;
            }
            CodeBlock count = json ? CodeBlock.of("value") : CodeBlock.of("value.size()");
            node.minItems().ifPresent(n -> code.addStatement("$T.minItems(v, p, $L, $L)", CHECKS, count, count(n)));
            node.maxItems().ifPresent(n -> code.addStatement("$T.maxItems(v, p, $L, $L)", CHECKS, count, count(n)));
            prefixItems(code, node, repr);
            if (node.items().isEmpty()) {
                return;
            }
            String items = node.items().get();
            String i = members.local("i");
            CodeBlock pointer = CodeBlock.of("p.item($N)", i);
            // items speaks only of the items after prefixItems
            int first = node.prefixItems().size();
            if (json) {
                check(items, JSON)
                        .ifPresent(m -> code.beginControlFlow("if (value.isArray())")
                                .beginControlFlow("for (int $1N = $2L; $1N < value.size(); $1N++)", i, first)
                                .addStatement("$N(v, $L, value.get($N))", m, pointer, i)
                                .endControlFlow()
                                .endControlFlow());
            } else if (list) {
                JavaType item = ((JavaType.ListOf) repr).item();
                CodeBlock.Builder loop = CodeBlock.builder();
                enter(loop, items, item, CodeBlock.of("value.get($N)", i), pointer, false);
                CodeBlock each = loop.build();
                if (!each.isEmpty()) {
                    code.beginControlFlow("for (int $1N = $2L; $1N < value.size(); $1N++)", i, first)
                            .add(each)
                            .endControlFlow();
                }
            } else if (first == 0 && !admitsEveryByte(model.node(items))) {
                check(items, LONG)
                        .ifPresent(m -> code.beginControlFlow("for (int $1N = 0; $1N < value.size(); $1N++)", i)
                                .addStatement("$N(v, $L, value.byteAt($N) & 0xFF)", m, pointer, i)
                                .endControlFlow());
            }
        }

        /** {@code prefixItems}: the item at each position, when the array is that long. */
        private void prefixItems(CodeBlock.Builder code, SchemaNode node, JavaType repr) {
            for (int at = 0; at < node.prefixItems().size(); at++) {
                String id = node.prefixItems().get(at);
                CodeBlock pointer = CodeBlock.of("p.item($L)", at);
                if (repr instanceof JavaType.Passthrough) {
                    int position = at;
                    check(id, JSON)
                            .ifPresent(m -> code.beginControlFlow("if (value.isArray() && value.size() > $L)", position)
                                    .addStatement("$N(v, $L, value.get($L))", m, pointer, position)
                                    .endControlFlow());
                } else if (repr instanceof JavaType.ListOf l) {
                    CodeBlock.Builder one = CodeBlock.builder();
                    enter(one, id, l.item(), CodeBlock.of("value.get($L)", at), pointer, false);
                    CodeBlock each = one.build();
                    if (!each.isEmpty()) {
                        code.beginControlFlow("if (value.size() > $L)", at)
                                .add(each)
                                .endControlFlow();
                    }
                } else {
                    throw new IllegalStateException("prefixItems on " + repr + " at " + node.pointer());
                }
            }
        }

        private void objects(CodeBlock.Builder code, SchemaNode node, JavaType repr) {
            boolean anything = !node.required().isEmpty()
                    || !node.properties().isEmpty()
                    || !node.patternProperties().isEmpty()
                    || node.additionalProperties().isPresent();
            if (!anything) {
                return;
            }
            if (repr instanceof JavaType.Passthrough) {
                dynamicObject(code, node);
            } else if (repr instanceof JavaType.RecordRef r) {
                typedObject(code, node, recordDecl(r));
            } else if (repr instanceof JavaType.MapOf m) {
                typedMap(code, node, m);
            }
        }

        private void typedObject(CodeBlock.Builder code, SchemaNode node, RecordDecl record) {
            for (String name : node.required()) {
                Optional<FieldDecl> field = field(record, name);
                // Reported at the object that lacks the member, as JSON Schema's output format has it.
                code.addStatement(
                        "$T.required(v, p, $L, $L)",
                        CHECKS,
                        StringLiterals.of(name),
                        field.map(f -> CodeBlock.of("value.$N()", f.javaName())).orElse(CodeBlock.of("null")));
            }
            boolean declaring = node.id().equals(record.nodeId());
            for (Map.Entry<String, String> p : node.properties().entrySet()) {
                field(record, p.getKey())
                        .ifPresent(f -> enter(
                                code,
                                p.getValue(),
                                f.type(),
                                CodeBlock.of("value.$N()", f.javaName()),
                                member(p.getKey()),
                                true,
                                declaring));
            }
            node.additionalProperties().ifPresent(extra -> {
                for (FieldDecl f : record.fields()) {
                    if (node.properties().containsKey(f.wireName())) {
                        continue;
                    }
                    if (model.node(extra).alwaysFalse()) {
                        code.beginControlFlow("if (value.$N() != null)", f.javaName())
                                .addStatement(
                                        "$T.additionalProperty(v, $L, $L)",
                                        CHECKS,
                                        member(f.wireName()),
                                        StringLiterals.of(f.wireName()))
                                .endControlFlow();
                    } else {
                        enter(
                                code,
                                extra,
                                f.type(),
                                CodeBlock.of("value.$N()", f.javaName()),
                                member(f.wireName()),
                                true,
                                false);
                    }
                }
            });
        }

        /**
         * A map holds what an object schema with no declared property (and no {@code required}, no pattern) says of
         * every member: its {@code additionalProperties}.
         */
        private void typedMap(CodeBlock.Builder code, SchemaNode node, JavaType.MapOf repr) {
            if (node.additionalProperties().isEmpty()) {
                return;
            }
            String extra = node.additionalProperties().get();
            String e = members.local("entry");
            CodeBlock.Builder each = CodeBlock.builder();
            if (model.node(extra).alwaysFalse()) {
                each.addStatement("$T.additionalProperty(v, p.member($N.getKey()), $N.getKey())", CHECKS, e, e);
            } else {
                enter(
                        each,
                        extra,
                        repr.value(),
                        CodeBlock.of("$N.getValue()", e),
                        CodeBlock.of("p.member($N.getKey())", e),
                        true);
            }
            CodeBlock body = each.build();
            if (!body.isEmpty()) {
                code.beginControlFlow(
                                "for ($T<$T, $T> $N : value.entrySet())",
                                Map.Entry.class,
                                String.class,
                                JavaTypes.of(repr.value(), pkg),
                                e)
                        .add(body)
                        .endControlFlow();
            }
        }

        private void dynamicObject(CodeBlock.Builder code, SchemaNode node) {
            CodeBlock.Builder inner = CodeBlock.builder();
            String m = members.local("member");
            for (String name : node.required()) {
                inner.addStatement(
                        "$T.required(v, p, $L, value.get($L))",
                        CHECKS,
                        StringLiterals.of(name),
                        StringLiterals.of(name));
            }
            int n = 0;
            for (Map.Entry<String, String> p : node.properties().entrySet()) {
                Optional<String> method = check(p.getValue(), JSON);
                if (method.isEmpty()) {
                    continue;
                }
                String local = JavaNames.ClassMembers.familyMember(m, n++);
                inner.addStatement("$T $N = value.get($L)", JSON_NODE, local, StringLiterals.of(p.getKey()))
                        .beginControlFlow("if ($N != null)", local)
                        .addStatement("$N(v, $L, $N)", method.get(), member(p.getKey()), local)
                        .endControlFlow();
            }
            undeclared(inner, node);
            CodeBlock body = inner.build();
            if (!body.isEmpty()) {
                code.beginControlFlow("if (value.isObject())").add(body).endControlFlow();
            }
        }

        /**
         * {@code patternProperties} on every member whose name a pattern finds, and {@code additionalProperties} on
         * each member neither declared nor matched by a pattern.
         */
        private void undeclared(CodeBlock.Builder inner, SchemaNode node) {
            Optional<String> extra = node.additionalProperties();
            boolean never = extra.map(id -> model.node(id).alwaysFalse()).orElse(false);
            Optional<String> extraCheck = extra.filter(id -> !never).flatMap(id -> check(id, JSON));
            boolean additional = never || extraCheck.isPresent();
            List<Map.Entry<String, Optional<String>>> patterns = node.patternProperties().entrySet().stream()
                    .map(e -> Map.entry(e.getKey(), check(e.getValue(), JSON)))
                    .toList();
            boolean anyPatternChecks =
                    patterns.stream().anyMatch(e -> e.getValue().isPresent());
            if (!additional && !anyPatternChecks) {
                return;
            }
            String e = members.local("entry");
            boolean track = additional && !patterns.isEmpty();
            String matched = track ? members.local("matched") : "";
            inner.beginControlFlow(
                    "for ($T<$T, $T> $N : value.properties())", Map.Entry.class, String.class, JSON_NODE, e);
            if (track) {
                inner.addStatement("boolean $N = false", matched);
            }
            for (Map.Entry<String, Optional<String>> pattern : patterns) {
                if (!track && pattern.getValue().isEmpty()) {
                    continue;
                }
                inner.beginControlFlow(
                        "if ($T.finds(v, p.member($N.getKey()), $N.getKey(), $N))",
                        CHECKS,
                        e,
                        e,
                        constants.pattern(pattern.getKey()));
                if (track) {
                    inner.addStatement("$N = true", matched);
                }
                pattern.getValue()
                        .ifPresent(m -> inner.addStatement("$N(v, p.member($N.getKey()), $N.getValue())", m, e, e));
                inner.endControlFlow();
            }
            if (additional) {
                List<CodeBlock> skip = new ArrayList<>();
                if (!node.properties().isEmpty()) {
                    skip.add(CodeBlock.of(
                            "$N.contains($N.getKey())",
                            constants.declaredNames(node.properties().keySet()),
                            e));
                }
                if (track) {
                    skip.add(CodeBlock.of("$N", matched));
                }
                if (!skip.isEmpty()) {
                    inner.beginControlFlow("if ($L)", CodeBlock.join(skip, " || "))
                            .addStatement("continue")
                            .endControlFlow();
                }
                if (never) {
                    inner.addStatement("$T.additionalProperty(v, p.member($N.getKey()), $N.getKey())", CHECKS, e, e);
                } else {
                    inner.addStatement("$N(v, p.member($N.getKey()), $N.getValue())", extraCheck.get(), e, e);
                }
            }
            inner.endControlFlow();
        }

        // ------------------------------------------------------------------ helpers

        /** The node's pointer from the request schema's root, when it lies under it; its own pointer otherwise. */
        private String pointerFromRoot(SchemaNode node) {
            boolean under =
                    node.location().file().equals(model.file()) && JsonPointer.isAtOrBelow(node.pointer(), rootPointer);
            return under ? node.pointer().substring(rootPointer.length()) : node.pointer();
        }

        /**
         * Where a check's schema is, as the first line of its Javadoc: the file only when not the model's own (the
         * file header names that one). A Javadoc rather than a {@code //} comment, because the generated code passes
         * {@code -Xdoclint:all}, which wants every private method documented, its parameters too.
         */
        private String schemaAt(SchemaNode node) {
            String file = node.location().file().equals(model.file())
                    ? ""
                    : node.location().file();
            return file + "#" + node.pointer();
        }

        /** The pointer of member {@code name} of the value at {@code p}. */
        private static CodeBlock member(String name) {
            return CodeBlock.of("p.member($L)", StringLiterals.of(name));
        }

        private Optional<FieldDecl> field(RecordDecl record, String wireName) {
            return record.fields().stream()
                    .filter(f -> f.wireName().equals(wireName))
                    .findFirst();
        }

        private RecordDecl recordDecl(JavaType.RecordRef r) {
            return model.record(r.simpleName())
                    .orElseThrow(
                            () -> new IllegalStateException("no record " + r.simpleName() + " in " + model.file()));
        }

        private UnionDecl unionDecl(JavaType.UnionRef u) {
            return model.union(u.simpleName())
                    .orElseThrow(() -> new IllegalStateException("no union " + u.simpleName() + " in " + model.file()));
        }

        private EnumDecl enumDecl(JavaType.EnumRef e) {
            return model.enumDecl(e.simpleName())
                    .orElseThrow(() -> new IllegalStateException("no enum " + e.simpleName() + " in " + model.file()));
        }

        /** Scalars are checked as {@code long}, {@code double}, {@code boolean} or {@code String}: ints as longs. */
        private static JavaType normal(JavaType t) {
            return isScalar(t, JavaType.ScalarKind.INT) ? LONG : t;
        }

        private static boolean isScalar(JavaType t, JavaType.ScalarKind kind) {
            return t instanceof JavaType.Scalar s && s.kind() == kind;
        }

        /** The JSON type every value held as {@code t} has. */
        private JsonType jsonType(JavaType t) {
            if (t instanceof JavaType.Scalar s) {
                return switch (s.kind()) {
                    case STRING -> JsonType.STRING;
                    case INT, LONG -> JsonType.INTEGER;
                    case DOUBLE -> JsonType.NUMBER;
                    case BOOLEAN -> JsonType.BOOLEAN;
                };
            }
            if (t instanceof JavaType.EnumRef e) {
                return enumDecl(e).wireType();
            }
            if (t instanceof JavaType.OpenEnumRef) {
                return JsonType.STRING;
            }
            if (t instanceof JavaType.RecordRef || t instanceof JavaType.UnionRef || t instanceof JavaType.MapOf) {
                return JsonType.OBJECT;
            }
            if (t instanceof JavaType.ListOf) {
                return JsonType.ARRAY;
            }
            if (t instanceof JavaType.Bytes b) {
                return b.encoding() == JavaType.BytesEncoding.NUMBER_ARRAY ? JsonType.ARRAY : JsonType.STRING;
            }
            throw new IllegalStateException("no fixed JSON type for " + t);
        }

        /** The schema {@code true} or {@code {}} (annotations only): every value passes. */
        private static boolean isTrue(SchemaNode n) {
            return n.types().isEmpty() && typeOnly(n);
        }

        /**
         * Whether every value held as {@code repr} passes the schema as it stands: {@code true}, or a {@code type}
         * with nothing else that the representation's JSON type satisfies (an open enum's {@code {type: string}}).
         */
        private boolean admitsEvery(SchemaNode n, JavaType repr) {
            return isTrue(n)
                    || (typeOnly(n) && !(repr instanceof JavaType.Passthrough) && n.admits(jsonType(normal(repr))));
        }

        /** No keyword but {@code type} (and annotations). */
        private static boolean typeOnly(SchemaNode n) {
            return !n.alwaysFalse()
                    && n.enumValues().isEmpty()
                    && n.constValue().isEmpty()
                    && n.lower().isEmpty()
                    && n.upper().isEmpty()
                    && n.multipleOf().isEmpty()
                    && n.minLength().isEmpty()
                    && n.maxLength().isEmpty()
                    && n.pattern().isEmpty()
                    && n.assertedFormat().isEmpty()
                    && n.items().isEmpty()
                    && n.minItems().isEmpty()
                    && n.maxItems().isEmpty()
                    && n.required().isEmpty()
                    && n.properties().isEmpty()
                    && n.additionalProperties().isEmpty()
                    && n.patternProperties().isEmpty()
                    && n.prefixItems().isEmpty()
                    && n.allOf().isEmpty()
                    && n.anyOf().isEmpty()
                    && n.oneOf().isEmpty()
                    && n.ref().isEmpty()
                    && !n.usesLaterFamilies();
        }

        /** Whether every integer 0 to 255 passes the item schema, so the bytes of an image need no check. */
        private boolean admitsEveryByte(SchemaNode item) {
            if (isTrue(item)) {
                return true;
            }
            boolean numericOnly = item.enumValues().isEmpty()
                    && item.constValue().isEmpty()
                    && item.multipleOf().isEmpty()
                    && item.allOf().isEmpty()
                    && item.anyOf().isEmpty()
                    && item.oneOf().isEmpty()
                    && item.ref().isEmpty()
                    && !item.usesLaterFamilies()
                    && !item.alwaysFalse();
            boolean lowOk = item.lower()
                    .map(b -> b.exclusive() ? b.value().signum() < 0 : b.value().signum() <= 0)
                    .orElse(true);
            BigDecimal max = BigDecimal.valueOf(255);
            boolean highOk = item.upper()
                    .map(b -> b.exclusive()
                            ? b.value().compareTo(max) > 0
                            : b.value().compareTo(max) >= 0)
                    .orElse(true);
            return numericOnly && item.admits(JsonType.INTEGER) && lowOk && highOk;
        }

        private static boolean isLong(BigDecimal d) {
            try {
                d.longValueExact();
                return true;
            } catch (ArithmeticException e) {
                return false;
            }
        }

        /**
         * Whether comparing {@code double}s gives the same verdict as comparing decimals: the limit is a finite
         * double whose shortest decimal form is the limit itself ({@code 0.1}, {@code 20}, {@code 1e-5}).
         */
        private static boolean isDouble(BigDecimal d) {
            double x = d.doubleValue();
            return Double.isFinite(x) && BigDecimal.valueOf(x).compareTo(d) == 0;
        }

        private static int count(long n) {
            return (int) Math.min(n, Integer.MAX_VALUE);
        }
    }
}
