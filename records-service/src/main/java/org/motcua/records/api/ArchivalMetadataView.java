package org.motcua.records.api;

import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.motcua.records.domain.ArchivalMetadata;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/** The digitization metadata as JSON, under the names of the national guidance. */
@Schema(name = "ArchivalMetadata", description = "Siêu dữ liệu tài liệu số hóa (tên trường theo hướng dẫn số hóa quốc gia)")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ArchivalMetadataView(
        @JsonProperty("DocCode") @Schema(description = "Mã hồ sơ/tài liệu") String docCode,
        @JsonProperty("TypeName") @Schema(description = "Tên loại văn bản") String typeName,
        @JsonProperty("CodeNumber") @Schema(description = "Số của văn bản") String codeNumber,
        @JsonProperty("CodeNotation") @Schema(description = "Ký hiệu của văn bản") String codeNotation,
        @JsonProperty("IssuedDate") @Schema(description = "Ngày ban hành") LocalDate issuedDate,
        @JsonProperty("OrganName") @Schema(description = "Cơ quan, tổ chức ban hành") String organName,
        @JsonProperty("Subject") @Schema(description = "Trích yếu nội dung") String subject,
        @JsonProperty("Language") @Schema(description = "Ngôn ngữ") String language,
        @JsonProperty("PageAmount") @Schema(description = "Số trang (lấy từ tệp nếu không khai)") Integer pageAmount,
        @JsonProperty("Description") @Schema(description = "Ghi chú") String description,
        @JsonProperty("InforSign") @Schema(description = "Ký hiệu thông tin") String inforSign,
        @JsonProperty("Keyword") @Schema(description = "Từ khóa") String keyword,
        @JsonProperty("Mode") @Schema(description = "Chế độ sử dụng") String mode,
        @JsonProperty("ConfidenceLevel") @Schema(description = "Mức độ tin cậy") String confidenceLevel,
        @JsonProperty("Format") @Schema(description = "Tình trạng vật lý") String format) {

    static final ArchivalMetadataView NONE = new ArchivalMetadataView(null, null, null, null, null, null, null, null, null, null, null,
            null, null, null, null);

    ArchivalMetadata toDomain() {
        return new ArchivalMetadata(docCode, typeName, codeNumber, codeNotation, issuedDate, organName, subject, language,
                pageAmount, description, inforSign, keyword, mode, confidenceLevel, format);
    }

    static ArchivalMetadataView of(ArchivalMetadata m) {
        return new ArchivalMetadataView(m.docCode(), m.typeName(), m.codeNumber(), m.codeNotation(), m.issuedDate(), m.organName(),
                m.subject(), m.language(), m.pageAmount(), m.description(), m.inforSign(), m.keyword(), m.mode(),
                m.confidenceLevel(), m.format());
    }
}
