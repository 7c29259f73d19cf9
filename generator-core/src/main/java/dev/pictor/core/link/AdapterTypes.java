package dev.pictor.core.link;

import java.util.List;

/**
 * The types a generated adapter may name by their simple name, qualified: the runtime's adapter classes and what they
 * take, and the JDK types an adapter template may use. The adapter emitter imports those a rendered adapter names;
 * {@link JavaNames} keeps their simple names from every generated type, since the adapter shares its package with
 * them. One list, so that a template cannot name a type that is neither imported nor reserved.
 */
public final class AdapterTypes {

    private static final String RUNTIME = "dev.pictor.runtime.";
    private static final String TRANSPORT = RUNTIME + "transport.";

    /** Every type an adapter may name, qualified, sorted. */
    public static final List<String> QUALIFIED = List.of(
            RUNTIME + "Base64Image",
            RUNTIME + "DataUri",
            RUNTIME + "ImageBytes",
            RUNTIME + "ImageResult",
            RUNTIME + "ModelId",
            RUNTIME + "json.PictorJson",
            TRANSPORT + "BinaryImageAdapter",
            TRANSPORT + "CallContext",
            TRANSPORT + "FoundImages",
            TRANSPORT + "GeneratedAdapter",
            TRANSPORT + "ImageFetcher",
            TRANSPORT + "JobFlow",
            TRANSPORT + "JsonRecordAdapter",
            TRANSPORT + "ModelAdapter",
            TRANSPORT + "OperationInfo",
            TRANSPORT + "ProviderInfo",
            TRANSPORT + "Reply",
            TRANSPORT + "SelfTransport",
            RUNTIME + "validation.Violation",
            "java.io.IOException",
            "java.lang.InterruptedException",
            "java.net.URI",
            "java.time.LocalDate",
            "java.util.ArrayList",
            "java.util.List",
            "java.util.Locale",
            "java.util.Map",
            "java.util.Objects",
            "java.util.stream.Stream");

    private AdapterTypes() {}

    /** The simple name of a qualified name. */
    public static String simpleName(String qualified) {
        return qualified.substring(qualified.lastIndexOf('.') + 1);
    }

    /** The simple names of {@link #QUALIFIED}. */
    public static List<String> simpleNames() {
        return QUALIFIED.stream().map(AdapterTypes::simpleName).toList();
    }
}
