package cn.gov.yongzhou.qingfeng.intake;

/** Who reports under a real name: a person, or a unit or company (named, with its 经办人) — both count as real name. */
@io.quarkus.qute.TemplateEnum
public enum ReporterKind {
    PERSON,
    UNIT
}
