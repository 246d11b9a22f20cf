package org.motcua.platformkit.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.junit.jupiter.api.Test;

class ProblemResponsesFilterTest {

    @Test
    void aSecuredReadOfOneResourceDocumentsTheAnswersItCanGive() {
        Operation read = operation().security(List.of(OASFactory.createSecurityRequirement().addScheme("jwt")))
                .addParameter(OASFactory.createParameter().name("id").in(Parameter.In.PATH));
        filter("/api/v1/dossiers/{id}", OASFactory.createPathItem().GET(read));
        assertThat(read.getResponses().getAPIResponses()).containsOnlyKeys("200", "400", "401", "403", "404", "500");
        assertThat(read.getResponses().getAPIResponse("404").getContent().getMediaType("application/problem+json")
                .getSchema().getRef()).isEqualTo("#/components/schemas/Problem");
    }

    @Test
    void aPublicPostWithABodyHasNoAuthenticationAnswersButItsBodysOnes() {
        Operation submit = operation().requestBody(OASFactory.createRequestBody());
        filter("/api/v1/public/lookups", OASFactory.createPathItem().POST(submit));
        assertThat(submit.getResponses().getAPIResponses())
                .containsOnlyKeys("200", "400", "409", "413", "415", "422", "500");
    }

    @Test
    void anAnswerTheOperationDeclaresItselfIsKept() {
        Operation read = operation().addParameter(OASFactory.createParameter().name("code").in(Parameter.In.PATH));
        read.getResponses().addAPIResponse("404", OASFactory.createAPIResponse().description("Không có mã hồ sơ này"));
        OpenAPI openAPI = filter("/api/v1/public/dossiers/{code}", OASFactory.createPathItem().GET(read));
        assertThat(read.getResponses().getAPIResponse("404").getDescription()).isEqualTo("Không có mã hồ sơ này");
        assertThat(openAPI.getComponents().getSchemas().get("Problem").getRequired())
                .containsExactly("type", "title", "status");
    }

    private static Operation operation() {
        return OASFactory.createOperation().responses(OASFactory.createAPIResponses()
                .addAPIResponse("200", OASFactory.createAPIResponse().description("OK")));
    }

    private static OpenAPI filter(String path, org.eclipse.microprofile.openapi.models.PathItem item) {
        OpenAPI openAPI = OASFactory.createOpenAPI().paths(OASFactory.createPaths().addPathItem(path, item));
        new ProblemResponsesFilter().filterOpenAPI(openAPI);
        return openAPI;
    }
}
