package org.motcua.records.domain;

import java.util.List;

import org.motcua.platformkit.problem.DomainException;
import org.motcua.platformkit.problem.FieldProblem;

/** An upload that is not kept: empty, too large, not the type it claims, or damaged. Nothing of it is stored. */
public class DocumentRefusedException extends DomainException {

    private final int status;

    private DocumentRefusedException(int status, String code, String message) {
        super(code, message, List.of(new FieldProblem("file", message)));
        this.status = status;
    }

    public static DocumentRefusedException empty() {
        return new DocumentRefusedException(400, "document-empty", "Tệp tải lên không có nội dung");
    }

    public static DocumentRefusedException tooLarge(long maxBytes) {
        return new DocumentRefusedException(413, "document-too-large",
                "Tệp vượt quá dung lượng cho phép (" + maxBytes / (1024 * 1024) + " MB)");
    }

    public static DocumentRefusedException unsupported(String declaredType) {
        return new DocumentRefusedException(415, "document-type-unsupported", "Chỉ nhận tệp PDF, PNG, TIFF hoặc JPEG (khai báo: "
                + declaredType + ")");
    }

    public static DocumentRefusedException mismatch(String declaredType, DocumentFormat actual) {
        return new DocumentRefusedException(415, "document-type-mismatch", "Nội dung tệp là " + (actual == null
                ? "một định dạng không được nhận" : actual.name()) + ", không phải " + declaredType + " như khai báo");
    }

    public static DocumentRefusedException damaged(DocumentFormat format, String why) {
        return new DocumentRefusedException(422, "document-damaged", "Tệp " + format.name() + " bị hỏng hoặc không đầy đủ: " + why);
    }

    /** A PDF that runs something or carries other files: JavaScript, a launch action, embedded files, an XFA form. */
    public static DocumentRefusedException activeContent(String what) {
        return new DocumentRefusedException(422, "document-active-content", "Tệp PDF chứa " + what
                + ": không nhận tài liệu có nội dung thực thi hoặc tệp đính kèm; hãy in ra PDF thường rồi tải lên lại");
    }

    /** More pages than a dossier's document may have. */
    public static DocumentRefusedException tooManyPages(int pages, int maxPages) {
        return new DocumentRefusedException(422, "document-too-many-pages", "Tài liệu có " + pages
                + " trang, vượt quá " + maxPages + " trang cho phép");
    }

    @Override
    public int status() {
        return status;
    }

    @Override
    public String title() {
        return "Tệp tài liệu không được chấp nhận";
    }
}
