package cn.gov.yongzhou.qingfeng.directory;

import cn.gov.yongzhou.qingfeng.shared.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A staff member who signs in, as others read them: a name instead of a login id, the roles of their last sign-in
 * (the identity provider owns the roles; this only remembers them for display) and the body they work for.
 */
@Entity
@Table(name = "staff_account")
public class StaffAccount extends BaseEntity {

    @Column(name = "user_name", nullable = false, unique = true)
    public String userName;

    @Column(name = "display_name")
    public String displayName;

    /** Comma-separated role names of the last sign-in. */
    @Column(nullable = false)
    public String roles = "";

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "unit_id")
    public Unit unit;

    @Column(name = "last_sign_in_at")
    public OffsetDateTime lastSignInAt;

    public static Optional<StaffAccount> findByUserName(String userName) {
        return find("from StaffAccount a left join fetch a.unit where a.userName = ?1", userName).firstResultOptional();
    }

    public static List<StaffAccount> listAll() {
        return find("from StaffAccount a left join fetch a.unit order by a.userName").list();
    }

    /** The accounts recorded in this unit whose last sign-in carried this role, by name. */
    public static List<StaffAccount> withRoleIn(String role, long unitId) {
        return StaffAccount.<StaffAccount> find("from StaffAccount a where a.unit.id = ?1 order by a.userName", unitId)
                .list().stream().filter(a -> a.roleNames().contains(role)).toList();
    }

    public List<String> roleNames() {
        return Arrays.stream(roles.split(",")).map(String::strip).filter(r -> !r.isEmpty()).toList();
    }
}
