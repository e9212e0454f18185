package cn.gov.yongzhou.qingfeng.ledger;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Optional;

/**
 * The year-end assessment score (考核得分): every unit starts from {@link #base()} points and loses points for what
 * the ledger charges to it in the period; the score never falls below zero. The ranking by it (先进/后进) is a ranking
 * scheme in the sense of rule 10 of 永政发〔2018〕1号 (no new ranking without the city government's approval): it is
 * off unless {@link Ranking#enabled()} and then states the approval it runs under.
 */
@ConfigMapping(prefix = "qingfeng.ledger")
public interface LedgerConfig {

    @WithDefault("100")
    int base();

    /**
     * Points lost per case concluded as substantiated or partly substantiated (查证属实、部分属实) per 10,000 services of
     * the unit in the period (its 办件量); per case where no service volume was entered for the period.
     */
    @WithDefault("5")
    int perSubstantiated();

    /** Points lost per limit that fell due in the period and was missed (超期), by the body that had to meet it. */
    @WithDefault("2")
    int perOverdue();

    /** Points lost per accountability matter opened for the unit's head (问责). */
    @WithDefault("10")
    int perAccountability();

    /** Points lost per dissatisfied or very dissatisfied rating (差评) of the handling, by the body that handled it. */
    @WithDefault("1")
    int perDissatisfied();

    /** A score at or above this is marked above the line (先进). */
    @WithDefault("95")
    int aboveAt();

    /** A score below this is marked below the line (后进). */
    @WithDefault("80")
    int belowUnder();

    Ranking ranking();

    Praise praise();

    /** The 先进/后进 ranking: off by default (rule 10); when on, the approval it runs under is said on every page. */
    interface Ranking {
        @WithDefault("false")
        boolean enabled();

        /** The city government's approval of the scheme, as the page states it (永政函〔2027〕12号 …). */
        Optional<String> approval();
    }

    /** 通报表扬: units and staff whose handling the reporters rated well in the period. */
    interface Praise {
        /** At least this many ratings in the period, none of them dissatisfied. */
        @WithDefault("3")
        int minRatings();
    }
}
