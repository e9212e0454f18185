package cn.gov.yongzhou.qingfeng.documents;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * 发文登记: gives the next number of a body's series for a year. One upsert takes it: the first document of a
 * series inserts 1, every later one adds 1 to the row, and the row stays locked until the approving transaction
 * ends. Another approval in the same series, on this instance or another, waits for that end: on a commit it
 * takes the next number, on a rollback the same one. So numbers are never given twice and never lost; what a
 * waiting approval pays is the time the first one takes to render and sign (well under a second).
 */
@ApplicationScoped
public class DocumentRegister {

    /** The statement, also what a test runs from a second, plain JDBC connection as another instance would. */
    public static final String NEXT_NUMBER = """
            insert into document_register (issuer_unit_id, word, year, last_number) values (?, ?, ?, 1)
            on conflict (issuer_unit_id, word, year) do update set last_number = document_register.last_number + 1
            returning last_number""";

    private final EntityManager em;

    DocumentRegister(EntityManager em) {
        this.em = em;
    }

    /** The next number, inside the caller's transaction (the approval's), which must commit for it to count. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int next(long issuerUnitId, String word, int year) {
        return ((Number) em.createNativeQuery(NEXT_NUMBER.replace("?, ?, ?", "?1, ?2, ?3"))
                .setParameter(1, issuerUnitId).setParameter(2, word).setParameter(3, year).getSingleResult())
                .intValue();
    }

    /** The last number given in a series, 0 before the first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public int last(long issuerUnitId, String word, int year) {
        return ((Number) em.createNativeQuery("""
                select coalesce(max(last_number), 0) from document_register
                where issuer_unit_id = ?1 and word = ?2 and year = ?3""")
                .setParameter(1, issuerUnitId).setParameter(2, word).setParameter(3, year).getSingleResult())
                .intValue();
    }
}
