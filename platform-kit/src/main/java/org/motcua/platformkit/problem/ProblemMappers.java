package org.motcua.platformkit.problem;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;

/**
 * Turns every error of every service into an RFC 9457 problem document. Unexpected errors are logged
 * with an id that the response repeats; the response itself never shows internals.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    Response validation(ConstraintViolationException e, UriInfo uri) {
        List<FieldProblem> fields = e.getConstraintViolations().stream()
                .map(v -> new FieldProblem(fieldPath(v), v.getMessage()))
                .sorted(Comparator.comparing(FieldProblem::field))
                .toList();
        return problem(ProblemDetail.of("validation", "Dữ liệu không hợp lệ", 400,
                "Một số trường không hợp lệ", path(uri), fields));
    }

    @ServerExceptionMapper
    Response unreadableJson(JsonParseException e, UriInfo uri) {
        return problem(ProblemDetail.of("malformed-json", "Nội dung JSON không đọc được", 400,
                "Nội dung yêu cầu không phải JSON hợp lệ", path(uri), List.of()));
    }

    @ServerExceptionMapper
    Response mismatchedJson(MismatchedInputException e, UriInfo uri) {
        return wrongJson(e, uri);
    }

    @ServerExceptionMapper
    Response wrongJson(JsonMappingException e, UriInfo uri) {
        String field = jsonPath(e);
        List<FieldProblem> fields = field.isEmpty() ? List.of()
                : List.of(new FieldProblem(field, "kiểu dữ liệu hoặc giá trị không đúng"));
        return problem(ProblemDetail.of("validation", "Dữ liệu không hợp lệ", 400,
                "Nội dung JSON không đúng cấu trúc yêu cầu", path(uri), fields));
    }

    @ServerExceptionMapper
    Response otherJson(JsonProcessingException e, UriInfo uri) {
        return unreadableJson(null, uri);
    }

    @ServerExceptionMapper
    Response domain(DomainException e, UriInfo uri) {
        Response problem = problem(ProblemDetail.of(e.code(), e.title(), e.status(), e.getMessage(), path(uri), e.fields()));
        if (e instanceof TooManyRequestsException limited) {
            problem.getHeaders().putSingle("Retry-After", String.valueOf(limited.retryAfterSeconds()));
        }
        return problem;
    }

    @ServerExceptionMapper({ UnauthorizedException.class, AuthenticationFailedException.class })
    Response unauthenticated(RuntimeException e, UriInfo uri) {
        return unauthenticatedProblem(uri);
    }

    static Response unauthenticatedProblem(UriInfo uri) {
        return Response.status(401)
                .header("WWW-Authenticate", "Bearer")
                .type(ProblemDetail.MEDIA_TYPE)
                .entity(ProblemDetail.of("unauthenticated", "Chưa xác thực", 401,
                        "Cần mã truy cập (bearer token) hợp lệ", path(uri), List.of()))
                .build();
    }

    @ServerExceptionMapper
    Response forbidden(ForbiddenException e, UriInfo uri) {
        return forbiddenProblem(e.getMessage(), uri);
    }

    static Response forbiddenProblem(String detail, UriInfo uri) {
        return problem(ProblemDetail.of("forbidden", "Không có quyền", 403,
                detail == null || detail.isBlank() ? "Vai trò hoặc đơn vị của bạn không được phép" : detail,
                path(uri), List.of()));
    }

    @ServerExceptionMapper
    Response web(WebApplicationException e, UriInfo uri) {
        // Quarkus REST reports an unreadable body as a 400 whose cause is the Jackson error.
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof JsonMappingException mapping) {
                return wrongJson(mapping, uri);
            }
            if (cause instanceof JsonProcessingException) {
                return unreadableJson(null, uri);
            }
        }
        return httpProblem(e.getResponse().getStatus(), uri);
    }

    /** The problem of an HTTP-level refusal (unknown address, method or media type), titled in Vietnamese. */
    static Response httpProblem(int status, UriInfo uri) {
        String title = switch (status) {
            case 400 -> "Yêu cầu không hợp lệ";
            case 404 -> "Không tìm thấy";
            case 405 -> "Phương thức không được hỗ trợ";
            case 406 -> "Không có định dạng trả về phù hợp";
            case 409 -> "Xung đột trạng thái";
            case 413 -> "Nội dung quá lớn";
            case 415 -> "Kiểu nội dung không được hỗ trợ";
            default -> "Lỗi HTTP " + status;
        };
        return problem(ProblemDetail.of("http-" + status, title, status, null, path(uri), List.of()));
    }

    /** A multipart body the REST layer cannot parse (no boundary, cut off) is the client's error; other I/O is ours. */
    @ServerExceptionMapper
    Response io(java.io.IOException e, UriInfo uri) {
        boolean multipart = e.getStackTrace().length > 0 && e.getStackTrace()[0].getClassName().contains(".multipart.");
        if (!multipart) {
            return unexpected(e, uri);
        }
        return problem(ProblemDetail.of("malformed-multipart", "Nội dung biểu mẫu không đọc được", 400,
                "Nội dung multipart/form-data không đúng định dạng (thiếu ranh giới hoặc bị cắt)", path(uri), List.of()));
    }

    @ServerExceptionMapper
    Response unexpected(Exception e, UriInfo uri) {
        String errorId = UUID.randomUUID().toString();
        LOG.errorf(e, "unexpected error %s on %s", errorId, path(uri));
        return problem(ProblemDetail.of("internal", "Lỗi hệ thống", 500,
                "Đã có lỗi không mong muốn; mã lỗi " + errorId, path(uri), List.of()));
    }

    private static Response problem(ProblemDetail problem) {
        return Response.status(problem.status()).type(ProblemDetail.MEDIA_TYPE).entity(problem).build();
    }

    static String path(UriInfo uri) {
        return uri == null ? null : "/" + uri.getPath().replaceFirst("^/", "");
    }

    /**
     * {@code submit.request.applicant.fullName} becomes {@code applicant.fullName}; a violation of a
     * parameter itself (a query parameter) is named after the parameter.
     */
    private static String fieldPath(ConstraintViolation<?> violation) {
        List<String> parts = new ArrayList<>();
        String parameter = null;
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.PARAMETER) {
                parameter = node.getName();
                continue;
            }
            if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.CONSTRUCTOR
                    || node.getKind() == ElementKind.RETURN_VALUE) {
                continue;
            }
            String name = node.getName() == null ? "" : node.getName();
            if (node.getIndex() != null) {
                name = name + "[" + node.getIndex() + "]";
            }
            if (!name.isEmpty()) {
                parts.add(name);
            }
        }
        if (parts.isEmpty()) {
            return parameter == null ? "body" : parameter;
        }
        return String.join(".", parts);
    }

    private static String jsonPath(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (path.length() > 0) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}
