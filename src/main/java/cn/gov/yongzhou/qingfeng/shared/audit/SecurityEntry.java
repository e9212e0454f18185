package cn.gov.yongzhou.qingfeng.shared.audit;

import cn.gov.yongzhou.qingfeng.shared.ClockProducer;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** One line of the security log. Never a reporter's identity; the address masked, with a keyed hash beside it. */
@Entity
@Table(name = "security_event")
public class SecurityEntry extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public OffsetDateTime at;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public SecurityKind kind;

    /** The staff user name, or null (a reporter, an unknown caller, a failed sign-in). */
    public String actor;

    /** The client's network: 203.0.113.x, or the first 48 bits of an IPv6 address. */
    public String address;

    /** A keyed hash of the full address, to tell the events of one address together. */
    @Column(name = "address_hash")
    public String addressHash;

    @Column(nullable = false)
    public String detail;

    /** For an event copied from the identity provider: its id there ({@code keycloak:…}); else null. */
    @Column(name = "source_id")
    public String sourceId;

    /** Beijing time to the second: the order of events within a minute matters here. */
    public String beijingTime() {
        return at.atZoneSameInstant(ClockProducer.ZONE).format(SECONDS);
    }

    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    /** A page of the log, newest first, of one kind or of all (kind null). */
    public static List<SecurityEntry> page(SecurityKind kind, int page, int size) {
        Sort newestFirst = Sort.descending("at", "id");
        return (kind == null ? findAll(newestFirst) : find("kind", newestFirst, kind)).page(Page.of(page, size)).list();
    }

    public static long total(SecurityKind kind) {
        return kind == null ? count() : count("kind", kind);
    }
}
