package cn.gov.yongzhou.qingfeng.intake;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The evidence bytes, sealed under the key named beside them (AES-GCM or SM4-GCM, as that key says). */
@Entity
@Table(name = "evidence_content")
public class EvidenceContent extends PanacheEntityBase {

    @Id
    @Column(name = "evidence_id")
    public Long evidenceId;

    @Column(name = "key_id", nullable = false)
    public String keyId;

    @Column(nullable = false)
    public byte[] sealed;
}
