package io.github.demarche.jackson;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.Version;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

/**
 * The versions of Jackson 2 that this module runs on, 2.15 and later, and the parts of its API that
 * came later than 2.15 and are used only where present.
 *
 * <p>The jar is compiled against the newest Jackson, so a later method called directly would link
 * on 2.15 and fail there with {@code NoSuchMethodError}. Such methods are looked up here once, by
 * name: the limits on the length of a field name and of a document
 * ({@code StreamReadConstraints.Builder.maxNameLength}, {@code maxDocumentLength}, Jackson 2.16)
 * are set where the running Jackson has them and left out on 2.15, where Jackson has no such
 * limits. Everything else the module calls exists in 2.15.
 */
final class JacksonRange {

    /** The oldest minor version of Jackson 2 supported, 2.15: the line that Spark 3.5 pins. */
    static final int MIN_MINOR = 15;

    /** The first minor version whose parsers limit the length of names and of documents. */
    static final int NAME_AND_DOCUMENT_LIMITS_MINOR = 16;

    private JacksonRange() {
    }

    /**
     * Checks that the Jackson on the class or module path is one this module runs on.
     *
     * @throws IllegalStateException naming the minimum and the versions found, if jackson-core or
     *     jackson-databind is older than 2.15
     */
    static void requireSupported() {
        requireSupported(com.fasterxml.jackson.core.json.PackageVersion.VERSION,
                com.fasterxml.jackson.databind.cfg.PackageVersion.VERSION);
    }

    /** Checks that the given versions of jackson-core and jackson-databind are supported. */
    static void requireSupported(Version core, Version databind) {
        if (!isSupported(core) || !isSupported(databind)) {
            throw new IllegalStateException("demarche-jackson needs Jackson 2." + MIN_MINOR + " or a later 2.x, got "
                    + "jackson-core " + core + " and jackson-databind " + databind
                    + ": align the Jackson versions of your build, for instance with the jackson-bom");
        }
    }

    private static boolean isSupported(Version version) {
        // an unknown version (0.0.0, a jar whose version file is missing) is given the benefit of the doubt
        return version.isUnknownVersion()
                || version.getMajorVersion() == 2 && version.getMinorVersion() >= MIN_MINOR;
    }

    /**
     * Checks if the running Jackson limits the length of field names and of documents, as 2.16 and
     * later do.
     */
    static boolean hasNameAndDocumentLimits() {
        return Handles.MAX_NAME_LENGTH != null && Handles.MAX_DOCUMENT_LENGTH != null;
    }

    /**
     * Sets the longest field name and the longest document on a builder of constraints, where the
     * running Jackson has these limits; on 2.15 the builder is returned unchanged.
     */
    static StreamReadConstraints.Builder nameAndDocumentLimits(StreamReadConstraints.Builder builder,
            int maxNameLength, long maxDocumentLength) {
        if (!hasNameAndDocumentLimits()) {
            return builder;
        }
        try {
            StreamReadConstraints.Builder named =
                    (StreamReadConstraints.Builder) Handles.MAX_NAME_LENGTH.invoke(builder, maxNameLength);
            return (StreamReadConstraints.Builder) Handles.MAX_DOCUMENT_LENGTH.invoke(named, maxDocumentLength);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException("StreamReadConstraints.Builder must accept the limits, got " + e, e);
        }
    }

    /**
     * The methods of 2.16, looked up when first used rather than when the version is checked: on a
     * Jackson older than 2.15, {@code StreamReadConstraints} itself is missing, and the check must
     * come first to say so.
     */
    private static final class Handles {

        static final MethodHandle MAX_NAME_LENGTH = builderMethod("maxNameLength", int.class);
        static final MethodHandle MAX_DOCUMENT_LENGTH = builderMethod("maxDocumentLength", long.class);

        private Handles() {
        }
    }

    private static MethodHandle builderMethod(String name, Class<?> parameter) {
        try {
            return MethodHandles.publicLookup().findVirtual(StreamReadConstraints.Builder.class, name,
                    MethodType.methodType(StreamReadConstraints.Builder.class, parameter));
        } catch (NoSuchMethodException e) {
            return null;  // Jackson 2.15
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("StreamReadConstraints.Builder." + name + " must be public, got " + e, e);
        }
    }
}
