package org.motcua.platformkit.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.core.Response;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;

class ProblemMappersTest {

    private final ProblemMappers mappers = new ProblemMappers();

    @Test
    void anUnexpectedErrorIsA500WithAnErrorIdAndNoInternals() {
        Response response = mappers.unexpected(new NullPointerException("secret internals at Foo.java:12"), null);
        ProblemDetail problem = (ProblemDetail) response.getEntity();
        assertThat(response.getStatus()).isEqualTo(500);
        assertThat(response.getMediaType()).hasToString(ProblemDetail.MEDIA_TYPE);
        assertThat(problem.type()).isEqualTo("urn:motcua:problem:internal");
        assertThat(problem.detail()).contains("mã lỗi").doesNotContain("secret", "NullPointer", "Foo.java");
    }

    @Test
    void domainExceptionsKeepTheirStatusCodeAndFields() {
        Response conflict = mappers.domain(new ConflictException("already-decided", "Hồ sơ đã có quyết định"), null);
        assertThat(conflict.getStatus()).isEqualTo(409);
        assertThat(((ProblemDetail) conflict.getEntity()).type()).isEqualTo("urn:motcua:problem:already-decided");

        Response refused = mappers.domain(new RuleViolationException("dossier-refused", "Hồ sơ không thể tiếp nhận",
                List.of(new FieldProblem("procedureCode", "không có thủ tục này"))), null);
        assertThat(refused.getStatus()).isEqualTo(422);
        assertThat(((ProblemDetail) refused.getEntity()).errors()).extracting(FieldProblem::field)
                .containsExactly("procedureCode");

        Response missing = mappers.domain(new ResourceNotFoundException("Hồ sơ", "x"), null);
        assertThat(missing.getStatus()).isEqualTo(404);
    }

    @Test
    void securityFailuresAre401And403() {
        Response unauthenticated = mappers.unauthenticated(new UnauthorizedException(), null);
        assertThat(unauthenticated.getStatus()).isEqualTo(401);
        assertThat(unauthenticated.getHeaderString("WWW-Authenticate")).isEqualTo("Bearer");
        assertThat(mappers.forbidden(new ForbiddenException(), null).getStatus()).isEqualTo(403);
    }

    @Test
    void anUnreadableBodyWrappedByTheFrameworkIsStillAJsonProblem() throws Exception {
        JsonParseException cause;
        try {
            new ObjectMapper().readTree("{\"a\": ");
            throw new AssertionError("expected a parse error");
        } catch (JsonParseException e) {
            cause = e;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            cause = new JsonParseException(null, "unexpected end");
        }
        Response response = mappers.web(new BadRequestException(cause), null);
        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(((ProblemDetail) response.getEntity()).type()).isEqualTo("urn:motcua:problem:malformed-json");
    }

    @Test
    void theProblemDocumentOmitsEmptyMembers() throws Exception {
        String json = new ObjectMapper().writeValueAsString(ProblemDetail.of("not-found", "Không tìm thấy", 404,
                "Hồ sơ x không tồn tại", null, List.of()));
        assertThat(json).doesNotContain("errors").doesNotContain("instance").contains("\"status\":404");
    }
}
