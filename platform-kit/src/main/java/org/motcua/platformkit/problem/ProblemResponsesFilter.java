package org.motcua.platformkit.problem;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Documents in every service's OpenAPI the error answers each operation can give, as the platform gives them
 * ({@link ProblemMappers} and the HTTP guards): an RFC 9457 problem document ({@code Problem}) for 400 (invalid
 * parameters or body), 401 and 403 (a secured operation), 404 (an operation on a resource named in its path), 409
 * (a step the resource's state refuses), 413 and 415 (a body too large or of another type), 422 (a business rule)
 * and 500. An operation that declares one of these itself keeps its own.
 */
public class ProblemResponsesFilter implements OASFilter {

    static final String SCHEMA = "Problem";
    private static final String REF = "#/components/schemas/" + SCHEMA;

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        boolean anySecured = openAPI.getSecurity() != null && !openAPI.getSecurity().isEmpty();
        openAPI.getPaths().getPathItems().forEach((path, item) -> item.getOperations().forEach((method, operation) ->
                document(path, method, operation, anySecured)));
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        openAPI.getComponents().addSchema(SCHEMA, problemSchema());
    }

    private static void document(String path, PathItem.HttpMethod method, Operation operation, boolean securedByDefault) {
        Map<String, String> answers = new LinkedHashMap<>();
        boolean hasBody = operation.getRequestBody() != null;
        boolean changes = method != PathItem.HttpMethod.GET && method != PathItem.HttpMethod.HEAD;
        if (hasBody || (operation.getParameters() != null && !operation.getParameters().isEmpty())) {
            answers.put("400", "Dữ liệu không hợp lệ (các trường sai trong errors)");
        }
        boolean secured = operation.getSecurity() != null ? !operation.getSecurity().isEmpty() : securedByDefault;
        if (secured) {
            answers.put("401", "Chưa xác thực");
            answers.put("403", "Không có quyền (vai trò hoặc đơn vị)");
        }
        if (path.contains("{")) {
            answers.put("404", "Không tìm thấy");
        }
        if (changes) {
            answers.put("409", "Xung đột trạng thái (bước không hợp lệ lúc này, khóa idempotency dùng lại)");
        }
        if (hasBody) {
            answers.put("413", "Nội dung quá lớn");
            answers.put("415", "Kiểu nội dung không được hỗ trợ");
        }
        if (changes) {
            answers.put("422", "Vi phạm quy tắc nghiệp vụ");
        }
        answers.put("500", "Lỗi không mong đợi (đã ghi nhật ký)");
        APIResponses responses = operation.getResponses() != null ? operation.getResponses()
                : OASFactory.createAPIResponses();
        answers.forEach((status, description) -> {
            if (!responses.hasAPIResponse(status)) {
                responses.addAPIResponse(status, OASFactory.createAPIResponse().description(description)
                        .content(OASFactory.createContent().addMediaType(ProblemDetail.MEDIA_TYPE,
                                OASFactory.createMediaType().schema(OASFactory.createSchema().ref(REF)))));
            }
        });
        operation.setResponses(responses);
    }

    private static Schema problemSchema() {
        Schema text = OASFactory.createSchema().addType(Schema.SchemaType.STRING);
        return OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .description("Tài liệu lỗi RFC 9457 (application/problem+json), tiếng Việt")
                .required(List.of("type", "title", "status"))
                .addProperty("type", OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                        .description("Mã lỗi: urn:motcua:problem:<mã>").example("urn:motcua:problem:validation"))
                .addProperty("title", OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                        .example("Dữ liệu không hợp lệ"))
                .addProperty("status", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).example(400))
                .addProperty("detail", text)
                .addProperty("instance", OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                        .description("Đường dẫn của yêu cầu"))
                .addProperty("errors", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY)
                        .description("Các trường sai (lỗi dữ liệu)")
                        .items(OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                                .addProperty("field", OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                                        .example("applicant.citizenId"))
                                .addProperty("message", OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                                        .example("phải gồm 12 chữ số"))));
    }
}
