package dev.pictor.core.conformance;

import java.util.List;
import java.util.SortedMap;

/**
 * What one suite file's run found.
 *
 * @param dialect         the suite's dialect folder ({@code draft2020-12}, {@code draft7})
 * @param file            the file's name ({@code minProperties.json})
 * @param cases           every case of the file
 * @param run             the cases of the groups Pictor generated, each validated
 * @param agreed          the cases run whose verdict is the suite's
 * @param refused         the cases of the groups whose schema Pictor refused
 * @param typed           the cases run that bound to the typed request, validated by {@code validate}
 * @param jsonForm        the cases run that did not bind, validated on their JSON form by {@code validateJson}
 * @param networkntAgreed the cases (of every group, refused or not) on which networknt's verdict is the suite's
 * @param refusalCodes    for each diagnostic code that refused a group, how many groups it refused
 * @param refusals        one line per refused group: its description and the diagnostics that refused it
 * @param disagreements   one line per case run whose verdict is not the suite's (or that could not be run)
 * @param networkntDisagreements one line per case on which networknt's verdict is not the suite's
 */
record FileTally(
        String dialect,
        String file,
        int cases,
        int run,
        int agreed,
        int refused,
        int typed,
        int jsonForm,
        int networkntAgreed,
        SortedMap<String, Integer> refusalCodes,
        List<String> refusals,
        List<String> disagreements,
        List<String> networkntDisagreements) {

    /** What fails the test in this file: every refusal and every disagreement. */
    List<String> failures() {
        return java.util.stream.Stream.concat(refusals.stream(), disagreements.stream())
                .toList();
    }
}
