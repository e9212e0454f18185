package cn.gov.yongzhou.qingfeng.documents;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The approved PDF's bytes, sealed under the data key named beside them. */
@Entity
@Table(name = "case_document_content")
public class CaseDocumentContent extends PanacheEntityBase {

    @Id
    @Column(name = "document_id")
    public Long documentId;

    @Column(name = "key_id", nullable = false)
    public String keyId;

    @Column(nullable = false)
    public byte[] sealed;
}
