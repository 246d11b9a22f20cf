package org.motcua.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.motcua.local.Platform;
import org.motcua.local.ServiceSpec;
import org.motcua.testsupport.EmbeddedInfrastructure;
import org.motcua.testsupport.PlatformInfrastructure;
import org.motcua.testsupport.TestTokens;

/** records-service alone (its packaged jar) on the given Kafka and PostgreSQL, as the archive's benchmarks run it. */
final class RecordsAlone {

    private RecordsAlone() {
    }

    static Platform start(Path root, PlatformInfrastructure infra) throws IOException {
        ServiceSpec records = ServiceSpec.ALL.stream().filter(s -> s.name().equals("records")).findFirst().orElseThrow()
                .withPort(EmbeddedInfrastructure.freePort());
        return Platform.start(root, infra, List.of(records), TestTokens.keys().publicKeyFile(), "http://127.0.0.1:9",
                Files.createDirectories(root.resolve("bench/target/logs")));
    }
}
