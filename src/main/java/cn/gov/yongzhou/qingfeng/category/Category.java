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
     * 傲慢服务, rule 8: reported by the person directly served; verified by the body that verifies for the discipline
     * body (a service centre's managing office, a department's discipline group), never by the accused's unit unless
     * an explicit, reasoned routing exception says so.
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

    private final boolean directServiceRequired;
    private final DefaultHandler defaultHandler;
    private final boolean ownUnitByException;
    private final HeadAccountability headAccountability;

    Category(boolean directServiceRequired, DefaultHandler defaultHandler, boolean ownUnitByException,
            HeadAccountability headAccountability) {
        this.directServiceRequired = directServiceRequired;
        this.defaultHandler = defaultHandler;
        this.ownUnitByException = ownUnitByException;
        this.headAccountability = headAccountability;
    }

    /** Only the person directly served may report it (the form refuses anyone else; so does the database). */
    public boolean directServiceRequired() {
        return directServiceRequired;
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
