package cn.gov.yongzhou.qingfeng.category;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The kinds of conduct under each {@link Category} (DOMAIN.md, "Categories"). */
public enum Subcategory {
    HARD_TO_ENTER(Category.ARROGANT_SERVICE),
    HARD_FACE(Category.ARROGANT_SERVICE),
    HARD_TO_DO(Category.ARROGANT_SERVICE),
    STILL_HARD_TO_DO(Category.ARROGANT_SERVICE),
    /** 超过承诺时限: the matter was not done within the time the window promised (rule 6's explicit limits). */
    OVERDUE_PROMISE(Category.ARROGANT_SERVICE),
    /** 未一次性告知: what was needed was not said all at once, so the applicant had to come back. */
    NOT_TOLD_AT_ONCE(Category.ARROGANT_SERVICE),
    /** 首问不负责 / 推诿: the first person asked did not take responsibility, or passed the applicant on. */
    BUCK_PASSING(Category.ARROGANT_SERVICE),
    /** 让群众多头跑: the applicant was sent from one office to another for one matter. */
    MULTIPLE_TRIPS(Category.ARROGANT_SERVICE),
    OTHER_ATTITUDE(Category.ARROGANT_SERVICE),
    BANQUET(Category.PETTY_CORRUPTION),
    MONEY_OR_GIFTS(Category.PETTY_CORRUPTION),
    OBSTRUCTION(Category.PETTY_CORRUPTION),
    HINTING(Category.PETTY_CORRUPTION),
    EXTORTION(Category.PETTY_CORRUPTION),
    NO_BENEFIT_NO_SERVICE(Category.PETTY_CORRUPTION),
    BENEFIT_IMPROPER_SERVICE(Category.PETTY_CORRUPTION),
    OTHER_CORRUPTION(Category.PETTY_CORRUPTION);

    public final Category category;

    Subcategory(Category category) {
        this.category = category;
    }

    public static List<Subcategory> of(Category category) {
        return Arrays.stream(values()).filter(s -> s.category == category).toList();
    }

    public static Optional<Subcategory> parse(String value) {
        return Arrays.stream(values()).filter(s -> s.name().equals(value)).findFirst();
    }
}
