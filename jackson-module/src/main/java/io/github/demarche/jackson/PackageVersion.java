package io.github.demarche.jackson;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.core.Versioned;
import com.fasterxml.jackson.core.util.VersionUtil;
import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * The version of demarche-jackson, as Jackson modules report it, such as {@code 0.1.0-SNAPSHOT}
 * with group id {@code io.github.demarche} and artifact id {@code demarche-jackson}.
 *
 * <p>The build writes the pom's coordinates into the resource {@code demarche-jackson.properties}
 * beside this class; the version is read from it once.
 *
 * @since 0.1
 */
public final class PackageVersion implements Versioned {

    /** The version of this module, read from the resource the build filled in. */
    public static final Version VERSION = load();

    /** Creates an instance; {@link #VERSION} is the same for every instance. */
    public PackageVersion() {
    }

    /**
     * Gets the version of demarche-jackson.
     *
     * @return {@link #VERSION}, not null
     */
    @Override
    public Version version() {
        return VERSION;
    }

    private static Version load() {
        try (InputStream in = PackageVersion.class.getResourceAsStream("demarche-jackson.properties")) {
            if (in == null) {
                return Version.unknownVersion();
            }
            Properties properties = new Properties();
            properties.load(in);
            return VersionUtil.parseVersion(properties.getProperty("version"), properties.getProperty("groupId"),
                    properties.getProperty("artifactId"));
        } catch (IOException e) {
            return Version.unknownVersion();  // a jar that cannot be read has bigger problems than its version
        }
    }
}
