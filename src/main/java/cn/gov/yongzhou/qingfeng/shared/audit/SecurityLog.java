package cn.gov.yongzhou.qingfeng.shared.audit;

import cn.gov.yongzhou.qingfeng.shared.crypto.KeyedHash;
import cn.gov.yongzhou.qingfeng.shared.web.ClientAddress;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.Period;
import org.jboss.logging.Logger;

/**
 * Writes the security log, in the transaction of what it records, and one line per event to the log category
 * {@code qingfeng.security} for the log collector. Callers pass no personal data: a staff user name as the actor,
 * ids and codes in the detail.
 */
@ApplicationScoped
public class SecurityLog {

    @ConfigMapping(prefix = "qingfeng.security-log")
    public interface Config {
        /** How long events stay in the table (the Cybersecurity Law asks for at least six months of logs). */
        @WithDefault("P1Y")
        Period keepFor();

        /**
         * Failed sign-ins from one address written to the table per hour; beyond it only the log line, so a
         * flood of forged tokens cannot fill the table.
         */
        @WithDefault("100")
        int failedSignInsStoredPerAddress();

        /** Sign-in events copied from the identity provider: see {@link ProviderSignInEvents}. */
        ProviderEvents providerEvents();

        interface ProviderEvents {
            /**
             * How often Keycloak's failed sign-ins and lock-outs are copied into the log ({@code off} for a provider
             * that is not Keycloak).
             */
            @WithDefault("1m")
            String every();
        }
    }

    private static final Logger LOG = Logger.getLogger("qingfeng.security");
    private static final int MAX_DETAIL = 500;

    private final Clock clock;
    private final KeyedHash keyedHash;
    private final EntityManager em;
    private final Config config;

    SecurityLog(Clock clock, KeyedHash keyedHash, EntityManager em, Config config) {
        this.clock = clock;
        this.keyedHash = keyedHash;
        this.em = em;
        this.config = config;
    }

    public Config config() {
        return config;
    }

    @Scheduled(cron = "${qingfeng.retention.cron:0 30 2 * * ?}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void nightly() {
        prune();
    }

    /** Events older than {@code qingfeng.security-log.keep-for} leave the table; answers how many. */
    @Transactional
    public int prune() {
        return em.createNativeQuery("delete from security_event where at < ?1")
                .setParameter(1, OffsetDateTime.now(clock).minus(config.keepFor())).executeUpdate();
    }

    /** One line to the log collector only, for an event the table does not keep. */
    public void logOnly(SecurityKind kind, String clientAddress, String detail) {
        LOG.infof("%s actor=- address=%s %s (not stored: over the hour's allowance for this address)", kind,
                clientAddress == null ? "-" : mask(clientAddress), detail);
    }

    /** With the address of the current request, if there is one. */
    @Transactional
    public void record(SecurityKind kind, String actor, String detail) {
        record(kind, actor, currentAddress(), detail);
    }

    @Transactional
    public void record(SecurityKind kind, String actor, String clientAddress, String detail) {
        SecurityEntry entry = new SecurityEntry();
        entry.at = OffsetDateTime.now(clock);
        entry.kind = kind;
        entry.actor = actor;
        entry.address = clientAddress == null ? null : mask(clientAddress);
        entry.addressHash = clientAddress == null ? null
                : keyedHash.hex("security-address", clientAddress)
                        .substring(0, 16);
        entry.detail = detail == null ? "" : detail.length() <= MAX_DETAIL ? detail : detail.substring(0, MAX_DETAIL);
        entry.persist();
        LOG.infof("%s actor=%s address=%s addressHash=%s %s", kind, actor == null ? "-" : actor,
                entry.address == null ? "-" : entry.address, entry.addressHash == null ? "-" : entry.addressHash,
                entry.detail);
    }

    /**
     * An event that happened at the identity provider, stored once whatever the number of instances copying it:
     * answers whether it was new.
     */
    @Transactional
    public boolean recordFromProvider(SecurityKind kind, String actor, String clientAddress, OffsetDateTime at,
            String detail, String sourceId) {
        String masked = clientAddress == null ? null : mask(clientAddress);
        String hash = clientAddress == null ? null : keyedHash.hex("security-address", clientAddress).substring(0, 16);
        String text = detail.length() <= MAX_DETAIL ? detail : detail.substring(0, MAX_DETAIL);
        int inserted = em.createNativeQuery("""
                insert into security_event (at, kind, actor, address, address_hash, detail, source_id)
                values (?1, ?2, ?3, ?4, ?5, ?6, ?7) on conflict (source_id) do nothing""")
                .setParameter(1, at).setParameter(2, kind.name()).setParameter(3, actor).setParameter(4, masked)
                .setParameter(5, hash).setParameter(6, text).setParameter(7, sourceId).executeUpdate();
        if (inserted > 0) {
            LOG.infof("%s actor=%s address=%s addressHash=%s %s", kind, actor == null ? "-" : actor,
                    masked == null ? "-" : masked, hash == null ? "-" : hash, text);
        }
        return inserted > 0;
    }

    /** Whether the provider's event of this id is already in the log. */
    public boolean storedFromProvider(String sourceId) {
        return !em.createNativeQuery("select 1 from security_event where source_id = ?1").setParameter(1, sourceId)
                .getResultList().isEmpty();
    }

    /** When the latest event copied from the provider happened, to ask it only for what came after. */
    public java.util.Optional<OffsetDateTime> latestFromProvider(String sourcePrefix) {
        Object latest = em.createNativeQuery("select max(at) from security_event where source_id like ?1")
                .setParameter(1, sourcePrefix + "%").getSingleResult();
        return java.util.Optional.ofNullable(latest).map(v -> v instanceof OffsetDateTime o ? o
                : v instanceof java.time.Instant i ? i.atOffset(java.time.ZoneOffset.UTC)
                        : OffsetDateTime.parse(v.toString()));
    }

    /** 203.0.113.57 → 203.0.113.x; 2001:db8:1:2::5 → 2001:db8:1::/48: the network, not the subscriber. */
    static String mask(String address) {
        if (address.indexOf(':') < 0) {
            int last = address.lastIndexOf('.');
            return last < 0 ? "?" : address.substring(0, last) + ".x";
        }
        String[] groups = address.split(":", -1);
        StringBuilder masked = new StringBuilder();
        for (int i = 0; i < 3 && i < groups.length && !groups[i].isEmpty(); i++) {
            masked.append(groups[i]).append(':');
        }
        return masked.append(":/48").toString();
    }

    private static String currentAddress() {
        return ClientAddress.current().orElse(null);
    }
}
