package cn.gov.yongzhou.qingfeng.category;

import java.util.List;
import java.util.Locale;

/**
 * What the regulation lets citizens report (rule 8 and rule 9 of 永政发〔2018〕1号), with what each kind of report
 * means for the features that consult it. Adding a category is a constant here with its behaviour, its
 * {@link Subcategory subcategories}, its messages ({@code category.X}, {@code .hint}, {@code .explain},
 * {@code .route}, {@code .notice}), and one migration (the database's category checks, the routing rule and the
 * verification limit it starts with).
 */
@io.quarkus.qute.TemplateEnum
public enum Category {
    /**
     * 傲慢服务, rule 8: its guarantee (一律严肃处理) is for a real-name report by the person directly served; anyone
     * else's report is registered and handled too, marked as not from that person. Verified by the body that verifies
     * for the discipline body (a service centre's managing office, a department's discipline group), never by the
     * accused's unit unless an explicit, reasoned routing exception says so.
     */
    ARROGANT_SERVICE(true, DefaultHandler.VERIFYING_BODY, true, HeadAccountability.REPEATED_FOUND_CASES),
    /** 索拿卡要, rule 9: never handled by the accused's unit; the unit's head answers for every found case. */
    PETTY_CORRUPTION(false, DefaultHandler.DISCIPLINE_BODY, false, HeadAccountability.EVERY_FOUND_CASE);

    /** Who verifies a report of the category when no routing rule says otherwise. */
    public enum DefaultHandler {
        /**
         * The unit's verifying body (核查机构: a service centre's managing office, a department's resident discipline
         * group), else the area's discipline body; supervised by the supervision office when it is not a discipline
         * body.
         */
        VERIFYING_BODY,
        /** The discipline body of the accused unit's area; never the accused's unit, whatever a rule says. */
        DISCIPLINE_BODY
    }

    /** When the head of the accused unit answers for a found (substantiated or partly) report of the category. */
    public enum HeadAccountability {
        /** Every found case opens a matter for whoever headed the unit on the day of the conduct (rule 9). */
        EVERY_FOUND_CASE,
        /** Found cases repeated within the configured window open one (qingfeng.accountability.*). */
        REPEATED_FOUND_CASES
    }

    private final boolean directServiceMatters;
    private final DefaultHandler defaultHandler;
    private final boolean ownUnitByException;
    private final HeadAccountability headAccountability;

    Category(boolean directServiceMatters, DefaultHandler defaultHandler, boolean ownUnitByException,
            HeadAccountability headAccountability) {
        this.directServiceMatters = directServiceMatters;
        this.defaultHandler = defaultHandler;
        this.ownUnitByException = ownUnitByException;
        this.headAccountability = headAccountability;
    }

    /**
     * Whether rule 8's guarantee turns on the reporter being the person directly served: the report is marked either way
     * (a bystander's report is registered and handled, never refused: art. 14 of the 2020 rules registers every one).
     */
    public boolean directServiceMatters() {
        return directServiceMatters;
    }

    public DefaultHandler defaultHandler() {
        return defaultHandler;
    }

    /**
     * Whether a case of the category may be handled inside the accused's own unit at all: never by default, only by a
     * routing rule an admin marked as an explicit, reasoned exception, and only when the report does not name the
     * head. Otherwise it must leave the unit, whatever a routing rule says.
     */
    public boolean mayStayWithTheAccusedUnit() {
        return ownUnitByException;
    }

    /**
     * Whether the public form and the API take a report of the category without a real name. Rule 9 asks for none
     * (petty corruption is reported anonymously too, as 12388 takes it; real-name reports are handled first); rule 8's
     * guarantee is for the person served, reporting under their real name, so arrogant service stays real-name. An
     * anonymous letter is registered whatever its category (逐件登记, art. 14 of the national rules): staff do that.
     */
    public boolean acceptsAnonymous() {
        return switch (this) {
            case ARROGANT_SERVICE -> false;
            case PETTY_CORRUPTION -> true;
        };
    }

    public HeadAccountability headAccountability() {
        return headAccountability;
    }

    public List<Subcategory> subcategories() {
        return Subcategory.of(this);
    }

    /** The name of the category's figures in open data: {@code arrogant_service} in CSV, {@code arrogantService} in JSON. */
    public String openDataName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String jsonName() {
        StringBuilder camel = new StringBuilder();
        for (String word : openDataName().split("_")) {
            camel.append(camel.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1));
        }
        return camel.toString();
    }
}
