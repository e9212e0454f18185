package cn.gov.yongzhou.qingfeng.casework;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A finding attachment's bytes, sealed under the key named beside them, apart so listings never load them. */
@Entity
@Table(name = "finding_attachment_content")
public class FindingAttachmentContent extends PanacheEntityBase {

    @Id
    @Column(name = "attachment_id")
    public Long attachmentId;

    @Column(name = "key_id", nullable = false)
    public String keyId;

    @Column(nullable = false)
    public byte[] sealed;
}
