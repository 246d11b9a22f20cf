package org.motcua.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.utils.Exit;
import org.junit.jupiter.api.Test;
import org.motcua.eventcontracts.EventContracts;
import org.motcua.eventcontracts.TopicSpec;

class EmbeddedInfrastructureTest {

    @Test
    void everyTopicOfTheContractsExistsWithItsPartitionCount() throws Exception {
        PlatformInfrastructure infra = TestInfrastructure.shared();
        List<String> names = EventContracts.topics().stream().map(TopicSpec::name).toList();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, infra.kafkaBootstrapServers()))) {
            Map<String, TopicDescription> topics = admin.describeTopics(names).allTopicNames().get(30, TimeUnit.SECONDS);
            assertThat(topics).hasSize(names.size());
            assertThat(topics.values()).allSatisfy(t -> assertThat(t.partitions()).hasSize(6));
        }
    }

    @Test
    void eachServiceGetsItsOwnRealPostgresDatabase() throws Exception {
        PlatformInfrastructure infra = TestInfrastructure.shared();
        infra.ensureDatabase("probe_one");
        infra.ensureDatabase("probe_one");
        try (Connection connection = DriverManager.getConnection(infra.jdbcUrl("probe_one"), infra.databaseUser(),
                infra.databasePassword()); ResultSet rs = connection.createStatement().executeQuery("SHOW server_version")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).startsWith("17.");
        }
    }

    @Test
    void aFatalBrokerExitThrowsInsteadOfEndingTheJvm() {
        EmbeddedKafka.installExitGuard();
        assertThatThrownBy(() -> Exit.exit(1, "simulated fatal broker error"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("simulated fatal broker error");
        assertThatThrownBy(() -> Exit.halt(1)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void tokensAreSignedWithTheKeyTheServicesVerify() throws Exception {
        String token = TestTokens.clerk("21025");
        String[] parts = token.split("\\.");
        assertThat(parts).hasSize(3);
        java.security.Signature rsa = java.security.Signature.getInstance("SHA256withRSA");
        rsa.initVerify(TestTokens.keys().publicKey());
        rsa.update((parts[0] + "." + parts[1]).getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        assertThat(rsa.verify(java.util.Base64.getUrlDecoder().decode(parts[2]))).isTrue();
        String claims = new String(java.util.Base64.getUrlDecoder().decode(parts[1]), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(claims).contains("\"groups\":[\"clerk\"]").contains("\"unit\":[\"21025\"]");
    }
}
