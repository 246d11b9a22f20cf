package org.motcua.routing.domain;

/** What staff may do next with a dossier, as its state allows (the clerk frontend shows one form for each). */
public enum ProcessingAction {
    /** Nhận xử lý: an officer of the processing unit takes a queued dossier. */
    ACCEPT,
    /** Chuyển: to another competent unit, with a reason. */
    TRANSFER,
    /** Yêu cầu bổ sung (Mẫu 02), once. */
    REQUEST_SUPPLEMENTATION,
    /** Giải quyết or từ chối (Mẫu 03). */
    DECIDE,
    /** Xin lỗi và hẹn lại (Mẫu 04), once. */
    EXTEND,
    /** Trả kết quả. */
    RETURN_RESULT;

    /** Whether the step is the processing unit's own (the others: the receiving desk's too). */
    public boolean processingUnitOnly() {
        return this != RETURN_RESULT;
    }
}
