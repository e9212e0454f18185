package cn.gov.yongzhou.qingfeng.ledger;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Rule 10: the ranking is off by default, and on only with the approval it runs under. */
class LedgerApprovalTest {

    static Ledger ledger(boolean enabled, String approval) {
        LedgerConfig config = new LedgerConfig() {
            public int base() {
                return 100;
            }

            public int perSubstantiated() {
                return 5;
            }

            public int perOverdue() {
                return 2;
            }

            public int perAccountability() {
                return 10;
            }

            public int perDissatisfied() {
                return 1;
            }

            public int aboveAt() {
                return 95;
            }

            public int belowUnder() {
                return 80;
            }

            public Ranking ranking() {
                return new Ranking() {
                    public boolean enabled() {
                        return enabled;
                    }

                    public Optional<String> approval() {
                        return Optional.ofNullable(approval);
                    }
                };
            }

            public Praise praise() {
                return () -> 3;
            }
        };
        return new Ledger(null, null, config, java.time.Clock.systemUTC());
    }

    @Test
    void shouldNotRankWithoutBeingSwitchedOn() {
        assertNull(ledger(false, "永政函〔2027〕12号").approval(), "an approval alone does not switch it on");
        assertDoesNotThrow(() -> ledger(false, null).check(null));
    }

    @Test
    void shouldRefuseToStartARankingWithoutItsApproval() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> ledger(true, null).check(null));
        assertTrue(e.getMessage().contains("qingfeng.ledger.ranking.approval"), e.getMessage());
        assertThrows(IllegalStateException.class, () -> ledger(true, "  ").check(null));
        assertEquals("永政函〔2027〕12号", ledger(true, " 永政函〔2027〕12号 ").approval());
    }

    @Test
    void shouldScoreSubstantiatedCasesPerTenThousandServicesOnlyWithAWholePeriodOfVolumes() {
        Ledger l = ledger(true, "x");
        // a busy centre (100,000 services, 3 substantiated) and a quiet office (2,000 services, 1 substantiated)
        assertEquals(99, l.score(row(3, 100_000, 12), 12), "100 − 5 × 0.3 = 98.5, rounded half up");
        assertEquals(75, l.score(row(1, 2_000, 12), 12), "100 − 5 × 5");
        assertEquals(85, l.score(row(3, 100_000, 11), 12), "a month missing: per case, 100 − 5 × 3");
        assertEquals(0, l.score(row(30, 1_000, 12), 12), "never below zero");
    }

    static Ledger.Row row(long substantiated, long services, int months) {
        return new Ledger.Row("X", null, null, 0, 0, substantiated, substantiated, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
                services, months, 0, 0, null);
    }
}
