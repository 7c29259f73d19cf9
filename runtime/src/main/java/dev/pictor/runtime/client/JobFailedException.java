package dev.pictor.runtime.client;

import dev.pictor.runtime.ModelId;

/**
 * An asynchronous job ended failed: a Replicate prediction with status {@code failed}, a RunPod job
 * {@code FAILED} (RunPod validates the input in the worker, so an input it refuses ends this way).
 */
public class JobFailedException extends ProviderRejectedException {

    private static final long serialVersionUID = 1L;

    private final String jobId;
    private final String jobStatus;

    public JobFailedException(ModelId model, String jobId, String jobStatus, String error, String body) {
        super(prefix(model) + "job " + jobId + " ended " + jobStatus + ": " + error, model, 200, error, body);
        this.jobId = jobId;
        this.jobStatus = jobStatus;
    }

    /** The provider's id of the job (prediction id, RunPod job id). */
    public String jobId() {
        return jobId;
    }

    /** The terminal status as the provider spelled it ({@code failed}, {@code FAILED}). */
    public String jobStatus() {
        return jobStatus;
    }
}
