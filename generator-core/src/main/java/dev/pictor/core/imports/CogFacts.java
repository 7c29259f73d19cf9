package dev.pictor.core.imports;

import dev.pictor.core.diag.Diagnostics;
import dev.pictor.core.diag.Severity;
import dev.pictor.core.json.LocatedNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a model document needs beyond a Cog schema's Input and Output: the model id, version, snapshot date,
 * Replicate version id and task. An option given on import wins; otherwise a {@link ReplicateModelObject} gives the
 * model id, the version id and its creation day (the version and snapshot date: a version's schema never changes
 * after it is created), and {@link CogTaskInference} the task. A bare Cog schema carries none of them.
 *
 * @param model           the model id
 * @param version         the document's version
 * @param snapshot        the snapshot date
 * @param providerVersion Replicate's version id, when known
 * @param task            the task
 * @param object          the model object the schema came from, if it did
 * @param snapshotReason  the sentence of the document's source that says where the snapshot date comes from
 * @param taskReason      the sentence that says why the task was inferred, when it was
 */
record CogFacts(
        String model,
        String version,
        String snapshot,
        Optional<String> providerVersion,
        String task,
        Optional<ReplicateModelObject> object,
        String snapshotReason,
        Optional<String> taskReason) {

    /**
     * The facts of one Cog schema; empty when one is neither given nor carried (each reported, at {@code document}
     * for a bare schema, at the Output schema for a task that cannot be inferred).
     */
    static Optional<CogFacts> of(
            ImportOptions options,
            Optional<ReplicateModelObject> object,
            LocatedNode input,
            LocatedNode output,
            LocatedNode document,
            Diagnostics diagnostics) {
        boolean ok = true;
        Optional<String> model = Optional.ofNullable(options.model()).or(() -> object.map(ReplicateModelObject::model));
        if (model.isEmpty()) {
            ok = needed(
                    diagnostics,
                    document,
                    "a Cog schema does not name its model",
                    "give the Replicate model id (--model OWNER/NAME), or import the model object Replicate serves "
                            + "(GET /v1/models/OWNER/NAME)");
        }
        Optional<String> created = object.map(ReplicateModelObject::createdDate);
        Optional<String> snapshot = Optional.ofNullable(options.snapshot()).or(() -> created);
        Optional<String> version = Optional.ofNullable(options.version()).or(() -> snapshot);
        if (version.isEmpty()) {
            ok = needed(
                    diagnostics,
                    document,
                    "a Cog schema carries no version",
                    "give the capture date as the version (--doc-version 2025-11-20), or the version id with the "
                            + "capture date (--doc-version ID --snapshot 2025-11-20)");
        } else if (snapshot.isEmpty()) {
            ok = needed(
                    diagnostics,
                    document,
                    "version \"" + version.get() + "\" is not a date, and a Cog schema carries no capture date",
                    "give the snapshot date (--snapshot YYYY-MM-DD), the day the schema was captured");
        }
        Optional<String> task = Optional.ofNullable(options.task());
        Optional<String> taskReason = Optional.empty();
        if (task.isEmpty() && object.isPresent()) {
            List<String> why = new ArrayList<>();
            Optional<CogTaskInference.Inferred> inferred =
                    CogTaskInference.infer(input, output, object.get().example(), why);
            task = inferred.map(CogTaskInference.Inferred::task);
            taskReason = inferred.map(i -> "The task " + i.task() + " is inferred: " + i.reason() + ".");
            if (inferred.isEmpty()) {
                ok = needed(
                        diagnostics,
                        output,
                        "the task of " + object.get().model() + " cannot be inferred: " + String.join("; ", why),
                        "give the task (--task text-to-image, image-to-image, inpainting, text-to-speech, ...)");
            }
        } else if (task.isEmpty()) {
            ok = needed(
                    diagnostics,
                    document,
                    "a Cog schema does not say what the model does",
                    "give the task (--task text-to-image, image-to-image, inpainting, ...), or import the model "
                            + "object Replicate serves, from which the task is inferred");
        }
        if (!ok) {
            return Optional.empty();
        }
        boolean fromObject = options.snapshot() == null;
        String snapshotReason = fromObject
                ? "The snapshot date " + snapshot.get() + " is the UTC day of latest_version.created_at: a Replicate "
                        + "version's schema does not change after it is created."
                : "The schema carries no capture date; the snapshot date " + snapshot.get() + " was given on import.";
        return Optional.of(new CogFacts(
                model.get(),
                version.get(),
                snapshot.get(),
                Optional.ofNullable(options.providerVersion()).or(() -> object.map(ReplicateModelObject::versionId)),
                task.get(),
                object,
                snapshotReason,
                taskReason));
    }

    private static boolean needed(Diagnostics diagnostics, LocatedNode at, String message, String hint) {
        diagnostics.report(Severity.ERROR, "import.option-needed", at, message, hint);
        return false;
    }
}
