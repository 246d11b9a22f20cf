-- Documents (tài liệu số hóa): content-addressed blobs, and the documents that refer to them with the
-- metadata of the national digitization guidance.

-- One row per distinct content: identical bytes uploaded twice are stored once.
CREATE TABLE document_content (
    sha256        varchar(64)  PRIMARY KEY,
    size_bytes    bigint       NOT NULL CHECK (size_bytes > 0),
    format        varchar(10)  NOT NULL,            -- PDF, PNG, TIFF, JPEG: detected from the bytes
    pdfa_part     integer,                           -- PDF/A part and conformance level from the XMP metadata
    pdfa_level    varchar(2),
    page_count    integer      NOT NULL,
    stored_at     timestamptz  NOT NULL
);

CREATE TABLE document (
    id                uuid          PRIMARY KEY,
    sha256            varchar(64)   NOT NULL REFERENCES document_content (sha256),
    dossier_id        uuid,
    unit_code         varchar(5),                     -- the uploader's unit (null for province-wide callers)
    file_name         varchar(255)  NOT NULL,
    declared_type     varchar(100)  NOT NULL,
    uploaded_by       varchar(200)  NOT NULL,
    uploaded_at       timestamptz   NOT NULL,
    -- metadata of the national digitization guidance
    doc_code          varchar(100),                   -- DocCode: mã hồ sơ / tài liệu
    type_name         varchar(200),                   -- TypeName: tên loại văn bản
    code_number       varchar(50),                    -- CodeNumber: số của văn bản
    code_notation     varchar(100),                   -- CodeNotation: ký hiệu
    issued_date       date,                           -- IssuedDate: ngày ban hành
    organ_name        varchar(500),                   -- OrganName: cơ quan ban hành
    subject           varchar(1000),                  -- Subject: trích yếu nội dung
    language          varchar(50),                    -- Language: ngôn ngữ
    page_amount       integer,                        -- PageAmount: số trang (from the file unless given)
    description       varchar(2000),                  -- Description: ghi chú
    infor_sign        varchar(100),                   -- InforSign: ký hiệu thông tin
    keyword           varchar(500),                   -- Keyword: từ khóa
    mode              varchar(50),                    -- Mode: chế độ sử dụng
    confidence_level  varchar(50),                    -- ConfidenceLevel: mức độ tin cậy
    format            varchar(50)                     -- Format: tình trạng vật lý / định dạng
);
CREATE INDEX document_dossier ON document (dossier_id);
CREATE INDEX document_sha256 ON document (sha256);
