package cn.gov.yongzhou.qingfeng.ledger;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** A count per 10,000 services (每万件办件量), as the ledger shows a rate: "1.25", or "—" without a service volume. */
public record PerTenThousand(long count, long services) {

    public boolean known() {
        return services > 0;
    }

    public double value() {
        return services == 0 ? 0 : count * 10_000.0 / services;
    }

    /** Two decimals, rounded half up; "—" without services. */
    public String text() {
        if (services == 0) {
            return Share.NONE;
        }
        return BigDecimal.valueOf(count * 10_000L).divide(BigDecimal.valueOf(services), 2, RoundingMode.HALF_UP)
                .toPlainString();
    }
}
