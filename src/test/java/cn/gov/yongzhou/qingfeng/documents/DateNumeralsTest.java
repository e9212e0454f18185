package cn.gov.yongzhou.qingfeng.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateNumeralsTest {

    @ParameterizedTest
    @CsvSource({
            "2026-12-04, 二〇二六年十二月四日, 2026年12月4日",
            "2027-01-01, 二〇二七年一月一日, 2027年1月1日",
            "2030-10-10, 二〇三〇年十月十日, 2030年10月10日",
            "2028-11-19, 二〇二八年十一月十九日, 2028年11月19日",
            "2029-02-20, 二〇二九年二月二十日, 2029年2月20日",
            "2031-03-31, 二〇三一年三月三十一日, 2031年3月31日",
            "2000-05-25, 二〇〇〇年五月二十五日, 2000年5月25日" })
    void shouldWriteTheDateOfADocumentInEitherStyle(LocalDate date, String chinese, String arabic) {
        assertEquals(chinese, DateNumerals.CHINESE.format(date));
        assertEquals(arabic, DateNumerals.ARABIC.format(date));
    }
}
