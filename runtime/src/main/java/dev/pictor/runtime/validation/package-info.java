/**
 * What generated validators call: {@link Checks}, one static check per JSON Schema keyword, {@link Violations}, which
 * collects what they find, and {@link Violation}, one broken constraint with its JSON {@link Pointer}, keyword and
 * message. A generated validator is plain Java calling these classes; no schema is interpreted at run time.
 */
package dev.pictor.runtime.validation;
