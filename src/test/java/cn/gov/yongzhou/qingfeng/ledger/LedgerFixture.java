package cn.gov.yongzhou.qingfeng.ledger;

import cn.gov.yongzhou.qingfeng.accountability.Accountability;
import cn.gov.yongzhou.qingfeng.accountability.WaiverReason;
import cn.gov.yongzhou.qingfeng.casework.CaseRole;
import cn.gov.yongzhou.qingfeng.casework.Casework;
import cn.gov.yongzhou.qingfeng.casework.Chasing;
import cn.gov.yongzhou.qingfeng.casework.Conclusion;
import cn.gov.yongzhou.qingfeng.casework.DeadlineStage;
import cn.gov.yongzhou.qingfeng.casework.Extensions;
import cn.gov.yongzhou.qingfeng.casework.Transition;
import cn.gov.yongzhou.qingfeng.followthrough.FollowThrough;
import cn.gov.yongzhou.qingfeng.followthrough.SatisfactionLevel;
import cn.gov.yongzhou.qingfeng.support.TestClock;
import cn.gov.yongzhou.qingfeng.support.TestReports;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;

/**
 * The hand-counted fixture of the ledger tests: five reports about two units of 江永县 (JY) in 2022, a county and a
 * year no other test uses, taken through the case life cycle on fixed dates. What each contributes is written beside
 * it; {@link LedgerTest} asserts the sums.
 *
 * <pre>
 * A  JY-GA    petty corruption  received Tue 2022-03-01, accepted 03-02, substantiated 03-11 (8 working days), the
 *                               head's matter opened 03-11, rated satisfied 03-15, closed 03-18: 5 limits, all met
 * B  JY-GA    arrogant service  received Mon 2022-03-07, acceptance due 03-14 escalated 03-15 and met late 03-16,
 *                               investigation extended (granted 03-17), unsubstantiated 03-23 (12 working days), rated
 *                               dissatisfied 03-24, never closed: the result notice (due 04-14) stays open and missed
 * C  JY-GA    petty corruption  received Sat 2022-12-31 23:30 Beijing (15:30 UTC): counts in 2022; accepted 2023-01-04
 * D  JY-ZRZY  arrogant service  received Mon 2022-06-06, partly substantiated 06-13 (5 working days), rated very
 *                               satisfied and closed 06-14: 5 limits, all met
 * E  JY-ZRZY  petty corruption  received Wed 2022-06-08, rejected 06-09: 2 limits, both met
 * </pre>
 *
 * <p>
 * Every case is assigned to 江永县纪委监委 (JY-JW), the county's discipline body: so every limit of A … E is charged to
 * JY-JW (its own acceptance, telling, review and result limits, and signing for and verifying as the handling unit),
 * and so are the three ratings of the handling (A satisfied, B dissatisfied, D very satisfied). JY-GA and JY-ZRZY
 * answer only for what they are accused of. D is verified by a second handler ({@link #HANDLER_D}), whose only rated
 * case was rated very satisfied.
 *
 * <p>
 * Service volumes (办件量): JY-GA 2,500 a month for all of 2022 (30,000, imported from a CSV file), JY-ZRZY 400 a
 * month for January to June only (2,400, typed in one by one).
 */
@ApplicationScoped
public class LedgerFixture {

    static final Casework.Actor INSPECTOR = new Casework.Actor("inspector-ledger", CaseRole.INSPECTOR);
    static final Casework.Actor HANDLER = new Casework.Actor("handler-jyjw", CaseRole.HANDLER);
    static final Casework.Actor HANDLER_D = new Casework.Actor("handler-jyjw-2", CaseRole.HANDLER);
    /** The reporter of every fixture report: none of it may appear in an export. */
    static final String REPORTER_NAME = "欧阳台账";
    static final String REPORTER_ID = "431102198503154219";
    static final String REPORTER_PHONE = "13907460417";
    static final String NARRATIVE = "窗口工作人员暗示送点土特产才给办理，台账测试专用叙述。";

    /** Receipts of A … E. */
    private final String[] receipts = new String[5];
    private boolean built;

    @Inject
    Casework casework;

    @Inject
    Extensions extensions;

    @Inject
    Chasing chasing;

    @Inject
    FollowThrough followThrough;

    @Inject
    EntityManager em;

    @Inject
    Accountability accountability;

    @Inject
    ServiceVolumes volumes;

    @Inject
    cn.gov.yongzhou.qingfeng.casework.Telling telling;

    @Inject
    java.time.Clock clock;

    /** The reporter was told by phone, now (告知 and 反馈 close their limits only when given). */
    private void told(long caseId, DeadlineStage stage) {
        require(telling.recordByStaff(caseId, stage, cn.gov.yongzhou.qingfeng.casework.ReporterNotice.Method.CALL,
                java.time.OffsetDateTime.now(clock), "电话告知", null, INSPECTOR.name()) == null);
    }

    public static void at(String beijingTime) {
        cn.gov.yongzhou.qingfeng.support.TestClock.at(beijingTime);
    }

    /** Builds the fixture once per test run (the database is shared by every test class and cleaned only at start). */
    public synchronized void ensure() {
        if (built) {
            return;
        }
        // A
        TestClock.at("2022-03-01T10:00:00");
        String a = file("JY-GA", "PETTY_CORRUPTION", "HINTING", "2022-02-28");
        long caseA = caseOf(a);
        TestClock.at("2022-03-02T10:00:00");
        int v = casework.perform(caseA, Transition.ACCEPT, INSPECTOR, null, 0).version();
        told(caseA, DeadlineStage.ACCEPTANCE_NOTICE);
        v = casework.assign(caseA, unit("JY-JW"), INSPECTOR, null, v).version();
        TestClock.at("2022-03-03T10:00:00");
        v = casework.perform(caseA, Transition.SIGN_FOR, HANDLER, null, v).version();
        TestClock.at("2022-03-10T10:00:00");
        v = casework.submitFindings(caseA, HANDLER, "查实", Conclusion.SUBSTANTIATED, List.of(), v).version();
        TestClock.at("2022-03-11T10:00:00");
        v = casework.perform(caseA, Transition.APPROVE, INSPECTOR, null, Conclusion.SUBSTANTIATED, v).version();
        TestClock.at("2022-03-15T10:00:00");
        require(followThrough.rate(caseA, SatisfactionLevel.SATISFIED, null).isEmpty());
        TestClock.at("2022-03-18T10:00:00");
        noDisposition(caseA);
        require(casework.perform(caseA, Transition.CLOSE, INSPECTOR, null, version(caseA)) instanceof Casework.Done);
        told(caseA, DeadlineStage.RESULT_NOTICE);

        // B
        TestClock.at("2022-03-07T10:00:00");
        String b = file("JY-GA", "ARROGANT_SERVICE", "HARD_FACE", "2022-03-07");
        long caseB = caseOf(b);
        TestClock.at("2022-03-15T10:00:00");
        require(chasing.escalate(caseB, DeadlineStage.ACCEPTANCE, "ducha-ledger") == Chasing.Manual.DONE);
        TestClock.at("2022-03-16T10:00:00");
        v = casework.perform(caseB, Transition.ACCEPT, INSPECTOR, null, version(caseB)).version();
        told(caseB, DeadlineStage.ACCEPTANCE_NOTICE);
        v = casework.assign(caseB, unit("JY-JW"), INSPECTOR, null, v).version();
        v = casework.perform(caseB, Transition.SIGN_FOR, HANDLER, null, v).version();
        require(extensions.request(caseB, DeadlineStage.INVESTIGATION, 5, "需调取录像", HANDLER.name()) == null);
        TestClock.at("2022-03-17T10:00:00");
        require(extensions.decide(caseB, DeadlineStage.INVESTIGATION, true, null, INSPECTOR.name()) == null);
        TestClock.at("2022-03-22T10:00:00");
        v = casework.submitFindings(caseB, HANDLER, "未查实", Conclusion.UNSUBSTANTIATED, List.of(), version(caseB))
                .version();
        TestClock.at("2022-03-23T10:00:00");
        casework.perform(caseB, Transition.APPROVE, INSPECTOR, null, Conclusion.UNSUBSTANTIATED, v);
        TestClock.at("2022-03-24T10:00:00");
        require(followThrough.rate(caseB, SatisfactionLevel.DISSATISFIED, null).isEmpty());

        // C
        TestClock.at("2022-12-31T23:30:00");
        String c = file("JY-GA", "PETTY_CORRUPTION", "EXTORTION", "2022-12-30");
        TestClock.at("2023-01-04T10:00:00");
        casework.perform(caseOf(c), Transition.ACCEPT, INSPECTOR, null, 0);
        told(caseOf(c), DeadlineStage.ACCEPTANCE_NOTICE);

        // D
        TestClock.at("2022-06-06T10:00:00");
        String d = file("JY-ZRZY", "ARROGANT_SERVICE", "HARD_TO_DO", "2022-06-06");
        long caseD = caseOf(d);
        TestClock.at("2022-06-07T10:00:00");
        v = casework.perform(caseD, Transition.ACCEPT, INSPECTOR, null, 0).version();
        told(caseD, DeadlineStage.ACCEPTANCE_NOTICE);
        v = casework.assign(caseD, unit("JY-JW"), INSPECTOR, null, v).version();
        v = casework.perform(caseD, Transition.SIGN_FOR, HANDLER_D, null, v).version();
        TestClock.at("2022-06-10T10:00:00");
        v = casework.submitFindings(caseD, HANDLER_D, "部分属实", Conclusion.PARTLY_SUBSTANTIATED, List.of(), v).version();
        TestClock.at("2022-06-13T10:00:00");
        v = casework.perform(caseD, Transition.APPROVE, INSPECTOR, null, Conclusion.PARTLY_SUBSTANTIATED, v).version();
        TestClock.at("2022-06-14T10:00:00");
        require(followThrough.rate(caseD, SatisfactionLevel.VERY_SATISFIED, null).isEmpty());
        noDisposition(caseD);
        require(casework.perform(caseD, Transition.CLOSE, INSPECTOR, null, version(caseD)) instanceof Casework.Done);
        told(caseD, DeadlineStage.RESULT_NOTICE);

        // E
        TestClock.at("2022-06-08T10:00:00");
        String e = file("JY-ZRZY", "PETTY_CORRUPTION", "BANQUET", "2022-06-07");
        TestClock.at("2022-06-09T10:00:00");
        casework.reject(caseOf(e), INSPECTOR, cn.gov.yongzhou.qingfeng.casework.RejectionGround.OUTSIDE_REMIT, "拨打12345热线",
                "不属于本平台受理范围", null, 0);
        told(caseOf(e), DeadlineStage.ACCEPTANCE_NOTICE);

        // the service volumes
        TestClock.at("2023-01-05T10:00:00");
        StringBuilder csv = new StringBuilder("单位代码,月份,办件量\r\n");
        for (int m = 1; m <= 12; m++) {
            csv.append("JY-GA,2022-").append(m < 10 ? "0" : "").append(m).append(",\"2,500\"\r\n");
        }
        require(volumes.importFile(csv.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8), "ducha-ledger")
                .stored() == 12);
        for (int m = 1; m <= 6; m++) {
            require(volumes.enter("JY-ZRZY", "2022年" + m + "月", "400", "ducha-ledger").ok());
        }

        receipts[0] = a;
        receipts[1] = b;
        receipts[2] = c;
        receipts[3] = d;
        receipts[4] = e;
        built = true;
    }

    /** The receipt of A (0) … E (4). */
    public String receipt(int which) {
        return receipts[which];
    }

    private String file(String unit, String category, String subcategory, String occurred) {
        Map<String, String> form = TestReports.valid();
        form.put("category", category);
        form.put("subcategory", subcategory);
        form.put("unit", unit);
        form.remove("window");
        form.remove("accusedBadge");
        form.put("place", "江永县 办事大厅");
        form.put("occurredDate", occurred);
        form.put("narrative", NARRATIVE);
        form.put("reporterName", REPORTER_NAME);
        form.put("idNumber", REPORTER_ID);
        form.put("phone", REPORTER_PHONE);
        return TestReports.api(form).post("/api/v1/reports").then().statusCode(201).extract().path("receipt");
    }

    /** The closing rule: the person at fault was not identified, proposed and approved by two inspectors. */
    private void noDisposition(long caseId) {
        require(accountability.proposeWaiver(caseId, null, WaiverReason.PERSON_UNKNOWN, "窗口无录像，无法确定具体人员",
                INSPECTOR.name()).isEmpty());
        require(accountability.approveWaiver(caseId, waiverOf(caseId), "inspector-ledger-2").isEmpty());
    }

    @Transactional
    long waiverOf(long caseId) {
        return ((Number) em.createNativeQuery("select id from disposition_waiver where case_id = ?1")
                .setParameter(1, caseId).getSingleResult()).longValue();
    }

    @Transactional
    long caseOf(String receipt) {
        return TestReports.caseOf(em, receipt);
    }

    @Transactional
    long unit(String code) {
        return TestReports.unitId(em, code);
    }

    @Transactional
    int version(long caseId) {
        return ((Number) em.createNativeQuery("select version from case_file where id = ?1").setParameter(1, caseId)
                .getSingleResult()).intValue();
    }

    private static void require(boolean ok) {
        if (!ok) {
            throw new IllegalStateException("fixture step refused");
        }
    }
}
