package cn.gov.yongzhou.qingfeng.shared.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.yongzhou.qingfeng.calendar.CalendarEdits;
import cn.gov.yongzhou.qingfeng.directory.ServiceWindow;
import cn.gov.yongzhou.qingfeng.directory.Unit;
import cn.gov.yongzhou.qingfeng.directory.UnitEdits;
import cn.gov.yongzhou.qingfeng.directory.WindowEdits;
import cn.gov.yongzhou.qingfeng.support.PackagedApp;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two instances on one database, as behind a load balancer: this test's application (A) and the packaged jar started
 * as a second process (B) in production mode. An admin's edit on A is on B's pages within a second. Run by failsafe
 * after {@code package} ({@code ./mvnw verify}), since it needs {@code target/quarkus-app/quarkus-run.jar}.
 */
@QuarkusTest
class TwoInstancesIT {

    static PackagedApp other;

    @Inject
    CalendarEdits calendar;

    @Inject
    UnitEdits units;

    @Inject
    WindowEdits windows;

    @BeforeAll
    static void startTheOtherInstance() throws Exception {
        other = PackagedApp.start();
    }

    @AfterAll
    static void stopTheOtherInstance() throws InterruptedException {
        if (other != null) {
            other.close();
        }
    }

    @Test
    void shouldShowACalendarEditOnTheOtherInstanceWithinASecond() throws Exception {
        String day = "/api/v1/calendar/2026-03-10"; // a Tuesday, no holiday
        assertTrue(body(day).contains("\"workingDay\":true"), body(day)); // B has read its calendar now
        try {
            assertEquals(0, calendar.putDay(2026, new CalendarEdits.DayEntry("2026-03-10", "两实例测试", "off",
                    "两个实例的测试"), "admin-test").all().size());
            long ms = waitFor(day, b -> b.contains("\"workingDay\":false") && b.contains("两实例测试"));
            assertTrue(ms <= 1000, "B saw the edit after " + ms + " ms");
        } finally {
            calendar.removeDay(2026, "2026-03-10", "两个实例的测试结束", "admin-test");
        }
        long ms = waitFor(day, b -> b.contains("\"workingDay\":true"));
        assertTrue(ms <= 1000, "B saw the removal after " + ms + " ms");
    }

    @Test
    void shouldShowAUnitAndWindowEditOnTheOtherInstancesFormWithinASecond() throws Exception {
        assertTrue(body("/w/LL-03").contains("零陵区政务服务中心"));
        Unit unit = QuarkusTransaction.requiringNew().call(() -> Unit.findByCode("LL-ZWFW").orElseThrow());
        ServiceWindow window = QuarkusTransaction.requiringNew()
                .call(() -> ServiceWindow.findByCode("LL-03").orElseThrow());
        String unitName = unit.name;
        String windowName = window.name;
        try {
            assertTrue(units.changeUnit(unit.id, new UnitEdits.UnitInput(unit.code, "零陵区政务服务大厅（改名）",
                    unit.nameEn, null, null, unit.mailbox, unit.dutyPhone, true), "admin-test").ok());
            long ms = waitFor("/report", b -> b.contains("零陵区政务服务大厅（改名）"));
            assertTrue(ms <= 1000, "B's form showed the unit's new name after " + ms + " ms");
            assertTrue(windows.changeWindow(window.id, new WindowEdits.WindowInput(window.code, "两实例测试窗口",
                    window.nameEn, true), "admin-test").ok());
            ms = waitFor("/w/LL-03", b -> b.contains("两实例测试窗口") && b.contains("零陵区政务服务大厅（改名）"));
            assertTrue(ms <= 1000, "B's window form showed the new name after " + ms + " ms");
            assertTrue(windows.setWindowActive(window.id, false, "admin-test").ok());
            long until = System.nanoTime();
            while (status("/w/LL-03") != 404) {
                assertTrue(System.nanoTime() - until < 1_000_000_000L, "B still opens a closed window's form");
                Thread.sleep(20);
            }
        } finally {
            windows.setWindowActive(window.id, true, "admin-test");
            windows.changeWindow(window.id, new WindowEdits.WindowInput(window.code, windowName, window.nameEn,
                    true), "admin-test");
            units.changeUnit(unit.id, new UnitEdits.UnitInput(unit.code, unitName, unit.nameEn, null, null,
                    unit.mailbox, unit.dutyPhone, true), "admin-test");
        }
    }

    /** Milliseconds until B's page at {@code path} satisfies {@code seen}; fails after 5 s. */
    static long waitFor(String path, Predicate<String> seen) throws Exception {
        long start = System.nanoTime();
        while (true) {
            if (seen.test(body(path))) {
                return (System.nanoTime() - start) / 1_000_000;
            }
            if (System.nanoTime() - start > 5_000_000_000L) {
                throw new AssertionError("B never showed the change at " + path);
            }
            Thread.sleep(20);
        }
    }

    static String body(String path) throws IOException, InterruptedException {
        return other.body(path);
    }

    static int status(String path) {
        return other.status(path);
    }
}
