package cn.gov.yongzhou.qingfeng.shared.web;

import java.util.Locale;

/** A name kept in Chinese and, where one exists, English: templates show {@code {x.local}}. */
public interface Bilingual {

    String name();

    String nameEn();

    default String in(Locale locale) {
        return Messages.isEnglish(locale) && nameEn() != null ? nameEn() : name();
    }

    static Bilingual of(String name, String nameEn) {
        return new Bilingual() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public String nameEn() {
                return nameEn;
            }
        };
    }
}
