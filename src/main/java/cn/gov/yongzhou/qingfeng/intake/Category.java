package cn.gov.yongzhou.qingfeng.intake;

/** What the regulation lets citizens report: rule 8 and rule 9 of 永政发〔2018〕1号. */
@io.quarkus.qute.TemplateEnum
public enum Category {
    /** 傲慢服务, rule 8: only the person directly served may report it. */
    ARROGANT_SERVICE,
    /** 索拿卡要, rule 9: the unit's head answers for it too. */
    PETTY_CORRUPTION;

    public java.util.List<Subcategory> subcategories() {
        return Subcategory.of(this);
    }
}
