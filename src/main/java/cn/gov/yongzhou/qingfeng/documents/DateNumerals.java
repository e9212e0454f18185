package cn.gov.yongzhou.qingfeng.documents;

import java.time.LocalDate;

/**
 * How a document writes its 成文日期. GB/T 9704-2012 (7.3.5.4) writes it in Arabic numerals, the year in full and
 * month and day without a leading zero ("2026年12月4日"); the 1999 standard before it wrote Chinese numerals with 〇
 * for zero ("二〇二六年十二月四日"), which many discipline bodies' notices still use. Which one is configured
 * ({@code qingfeng.documents.date-numerals}); the 印发日期 of the 版记 is always in Arabic numerals (7.4.3).
 */
public enum DateNumerals {
    ARABIC,
    CHINESE;

    private static final char[] DIGITS = { '〇', '一', '二', '三', '四', '五', '六', '七', '八', '九' };

    public String format(LocalDate date) {
        if (this == ARABIC) {
            return arabic(date);
        }
        StringBuilder year = new StringBuilder();
        for (char c : Integer.toString(date.getYear()).toCharArray()) {
            year.append(DIGITS[c - '0']);
        }
        return year + "年" + upToThirtyOne(date.getMonthValue()) + "月" + upToThirtyOne(date.getDayOfMonth()) + "日";
    }

    public static String arabic(LocalDate date) {
        return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }

    /** 1–31 as written in dates: 十, 十一, 二十, 二十一, 三十一 (never 一十). */
    static String upToThirtyOne(int n) {
        if (n < 1 || n > 31) {
            throw new IllegalArgumentException("not a month or day: " + n);
        }
        if (n < 10) {
            return String.valueOf(DIGITS[n]);
        }
        int tens = n / 10;
        int ones = n % 10;
        return (tens == 1 ? "" : String.valueOf(DIGITS[tens])) + "十" + (ones == 0 ? "" : String.valueOf(DIGITS[ones]));
    }
}
