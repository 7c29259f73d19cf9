package dev.pictor.emulator;

/** The failures every provider's API answers in its own shape. */
enum ErrorKind {
    /** The body is not the JSON the endpoint takes (not JSON, not an object, a member of the envelope missing). */
    BAD_REQUEST,
    /** No credential, or not the expected one. */
    UNAUTHORIZED,
    /** No such model, version, job or path. */
    NOT_FOUND,
    METHOD_NOT_ALLOWED,
    /** The body is over the emulator's cap. */
    TOO_LARGE,
    RATE_LIMITED,
    SERVER_ERROR,
    UNAVAILABLE
}
