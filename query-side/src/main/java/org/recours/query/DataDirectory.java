package org.recours.query;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code recours.data-dir}: where Recours keeps its files — the embedded PostgreSQL's cluster ({@code postgres/}),
 * the generated signing key ({@code signing/}), the first administrator's password, exports being written.
 *
 * @param dataDir the directory ({@code /var/lib/recours} in the container image)
 */
@ConfigurationProperties("recours")
public record DataDirectory(@DefaultValue("./data") Path dataDir) {

    /** A file or directory inside it. */
    public Path resolve(String first, String... more) {
        return dataDir.resolve(Path.of(first, more));
    }
}
