package cn.gov.yongzhou.qingfeng.ledger;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** A part of a whole, as the ledger shows a rate: "85.7%", or "—" when there is nothing to divide by. */
public record Share(long part, long whole) {

    public static final String NONE = "—";

    public boolean known() {
        return whole > 0;
    }

    public double ratio() {
        return whole == 0 ? 0 : (double) part / whole;
    }

    /** The rate in percent with one decimal, rounded half up; "—" without a whole. */
    public String percent() {
        if (whole == 0) {
            return NONE;
        }
        return BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP) + "%";
    }
}
