/**
 * The HTTP side of a call: {@link ModelAdapter}, the interface every generated adapter implements (endpoint, encoding
 * of the request, decoding of the reply), with what adapters do in {@link GeneratedAdapter} and the class of each shape
 * of answer a generated adapter extends ({@link BinaryImageAdapter}, {@link JsonRecordAdapter} with
 * {@link FoundImages}), and one {@link Transport} per kind of provider API
 * ({@link CloudflareTransport}, {@link ReplicateTransport}, {@link RunPodTransport}, {@link JsonGatewayTransport}), and
 * one declarative transport for every imported OpenAPI operation, {@link OpenApiTransport}, driven by the facts the
 * adapter carries ({@link OperationInfo}) and, for asynchronous jobs, by the provider's description of them
 * ({@link JobFlow}). A transport writes the API's envelope, sends it through the {@link TransportContext} the client gives it and waits for
 * an asynchronous job where the API has one; for a kind the runtime does not know, the generated adapter is abstract
 * and implements {@link SelfTransport}, whose {@code send} the user writes.
 *
 * <h2>What a job description can express of Replicate's and RunPod's flows</h2>
 *
 * A {@link JobFlow} says where the id, the polling URL, the status and the result are (JSON Pointers), which status
 * values mean running, succeeded, failed or cancelled, the waits between polls, and a cancel request. Replicate's
 * predictions fit it in the main: id {@code /id}, polling URL {@code /urls/get}, status {@code /status} with
 * {@code starting}/{@code processing}, {@code succeeded}, {@code failed}, {@code canceled}/{@code aborted}, result
 * {@code /output}, error {@code /error}, cancel {@code POST /predictions/{id}/cancel}. RunPod's too: id {@code /id},
 * poll {@code GET /status/{id}}, {@code IN_QUEUE}/{@code IN_PROGRESS}, {@code COMPLETED}, {@code FAILED}/{@code
 * TIMED_OUT}, {@code CANCELLED}, result {@code /output}, error {@code /error}, cancel {@code POST /cancel/{id}}. What
 * it cannot say, and why those two keep their Java: the submit envelope ({@code {"version", "input"}} around the
 * model's input, the version taken from the model path, and Replicate's choice between {@code /predictions} and
 * {@code /models/{owner}/{name}/predictions}): the operation's body is the request itself; asking for the finished
 * job ({@code Prefer: wait=n} with the seconds left, RunPod's {@code /runsync} instead of {@code /run}); a cancel
 * request at a URL the submit answer gives ({@code urls.cancel}), since a cancel is a path relative to the base URL;
 * a polling URL taken only when it is on the base URL's origin and has no query (Replicate's guard), where the
 * description trusts the polling URL and scopes the credential by host instead.
 */
package dev.pictor.runtime.transport;
