package cn.gov.yongzhou.qingfeng.ledger;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The year-end assessment score (考核得分): every unit starts from {@link #base()} points and loses points for what
 * the ledger counts against it in the period; the score never falls below zero.
 */
@ConfigMapping(prefix = "qingfeng.ledger")
public interface LedgerConfig {

    @WithDefault("100")
    int base();

    /** Points lost per case concluded as substantiated or partly substantiated (查证属实、部分属实). */
    @WithDefault("5")
    int perSubstantiated();

    /** Points lost per limit that fell due in the period and was missed (超期). */
    @WithDefault("2")
    int perOverdue();

    /** Points lost per accountability matter opened for the unit's head (问责). */
    @WithDefault("10")
    int perAccountability();

    /** Points lost per dissatisfied or very dissatisfied rating (差评). */
    @WithDefault("1")
    int perDissatisfied();

    /** A score at or above this is marked above the line (先进). */
    @WithDefault("95")
    int aboveAt();

    /** A score below this is marked below the line (后进). */
    @WithDefault("80")
    int belowUnder();
}
