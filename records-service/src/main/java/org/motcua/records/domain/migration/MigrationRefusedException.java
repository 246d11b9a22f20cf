package org.motcua.records.domain.migration;

import java.util.List;

import org.motcua.platformkit.problem.DomainException;
import org.motcua.platformkit.problem.FieldProblem;

/** An export file or a request about imports that is refused before anything is imported. */
public class MigrationRefusedException extends DomainException {

    private final int status;

    private MigrationRefusedException(int status, String code, String field, String message) {
        super(code, message, List.of(new FieldProblem(field, message)));
        this.status = status;
    }

    public static MigrationRefusedException unreadable(String why) {
        return new MigrationRefusedException(400, "migration-file-unreadable", "file", "Không đọc được tệp xuất: " + why);
    }

    public static MigrationRefusedException empty() {
        return new MigrationRefusedException(400, "migration-file-empty", "file", "Tệp xuất không có nội dung");
    }

    public static MigrationRefusedException badValue(String field, String message) {
        return new MigrationRefusedException(400, "migration-bad-request", field, message);
    }

    public static MigrationRefusedException review(String message) {
        return new MigrationRefusedException(409, "migration-review-decided", "reviewId", message);
    }

    @Override
    public int status() {
        return status;
    }

    @Override
    public String title() {
        return "Yêu cầu chuyển đổi dữ liệu không được chấp nhận";
    }
}
