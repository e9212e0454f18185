package cn.gov.yongzhou.qingfeng.documents;

import static cn.gov.yongzhou.qingfeng.support.TestCases.INSPECTOR;
import static cn.gov.yongzhou.qingfeng.support.TestClock.at;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.yongzhou.qingfeng.accountability.Accountability;
import cn.gov.yongzhou.qingfeng.accountability.AccountabilityMatter;
import cn.gov.yongzhou.qingfeng.accountability.HeadDecision;
import cn.gov.yongzhou.qingfeng.casework.CaseEvent;
import cn.gov.yongzhou.qingfeng.casework.CaseFile;
import cn.gov.yongzhou.qingfeng.casework.Casework;
import cn.gov.yongzhou.qingfeng.casework.Chasing;
import cn.gov.yongzhou.qingfeng.casework.Conclusion;
import cn.gov.yongzhou.qingfeng.casework.DeadlineStage;
import cn.gov.yongzhou.qingfeng.casework.Transition;
import cn.gov.yongzhou.qingfeng.disclosure.Disclosure;
import cn.gov.yongzhou.qingfeng.disclosure.TypicalCase;
import cn.gov.yongzhou.qingfeng.shared.crypto.Sha256;
import cn.gov.yongzhou.qingfeng.shared.web.FieldErrors;
import cn.gov.yongzhou.qingfeng.support.TestCases;
import cn.gov.yongzhou.qingfeng.support.TestReports;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A case's documents from the step that drafts them to the signed PDF a reader opens. */
@QuarkusTest
class DocumentsTest {

    static final Set<String> INSPECTORS = Set.of("inspector");
    static final Set<String> SUPERVISORS = Set.of("supervisor");

    @Inject
    Casework casework;

    @Inject
    Chasing chasing;

    @Inject
    Accountability accountability;

    @Inject
    Disclosure disclosure;

    @Inject
    Documents documents;

    @Inject
    EntityManager em;

    long file() {
        return file("2026-11-20");
    }

    long file(String occurredOn) {
        Map<String, String> form = TestReports.valid();
        form.put("occurredDate", occurredOn);
        String receipt = TestReports.api(form).post("/api/v1/reports").then().statusCode(201)
                .extract().path("receipt");
        return TestReports.caseOf(em, receipt);
    }

    static List<CaseDocument> of(long caseId) {
        return QuarkusTransaction.requiringNew().call(() -> CaseDocument.ofCase(caseId));
    }

    static CaseDocument reload(long id) {
        return QuarkusTransaction.requiringNew().call(() -> CaseDocument.<CaseDocument> findById(id));
    }

    static CaseDocument only(long caseId, DocumentKind kind) {
        List<CaseDocument> docs = of(caseId).stream().filter(d -> d.kind == kind).toList();
        assertEquals(1, docs.size(), kind + " drafts of case " + caseId);
        return docs.get(0);
    }

    byte[] pdf(CaseDocument doc) {
        return QuarkusTransaction.requiringNew().call(() -> documents.pdf(reload(doc.id)).orElseThrow());
    }

    @Test
    void shouldDraftEveryKindAtItsStepAndIssueItNumberedTitledAndDated() throws Exception {
        at("2027-03-05T10:00:00");
        // a petty-corruption report found true: accepted, assigned, approved; its head's matter decided; published
        long found = file();
        TestCases.conclude(casework, em, found, "LL-JW", Conclusion.SUBSTANTIATED);
        long matter = QuarkusTransaction.requiringNew().call(() -> AccountabilityMatter.ofCase(found).get(0).id);
        assertTrue(accountability.decide(matter, HeadDecision.ADMONITION, "对窗口人员作风问题失管失察。",
                new Accountability.Collective("区纪委常委会会议", java.time.LocalDate.parse("2027-03-05"), "示例书记甲、示例副书记乙"),
                null, null, "inspector-wang").isEmpty());
        long staff = QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select id from staff where badge_no = 'LL0301'").getSingleResult()).longValue());
        assertTrue(accountability.dispose(found, staff, cn.gov.yongzhou.qingfeng.accountability.DispositionKind.WARNING,
                java.time.LocalDate.parse("2027-03-05"), null, "inspector-wang").isEmpty());
        String[] typical = disclosure.draftText(found).orElseThrow();
        assertTrue(disclosure.prepare(found, typical[0], typical[1].replace("（查证的事实）", "该工作人员暗示办事群众给予好处属实"),
                "inspector-a").isEmpty());
        long typicalId = QuarkusTransaction.requiringNew().call(() -> TypicalCase.ofCase(found).get().id);
        assertTrue(disclosure.approve(typicalId, "inspector-b").isEmpty());
        // one refused, one transferred, one chased and escalated by the supervision office
        long refused = file();
        casework.reject(refused, INSPECTOR, cn.gov.yongzhou.qingfeng.casework.RejectionGround.OTHER_BODY, "向零陵区市场监督管理局反映",
                "反映的问题已由其他机关依法处理。", null, 0);
        long transferred = file();
        casework.perform(transferred, Transition.TRANSFER, INSPECTOR, "被反映人属市管干部。", 0);
        long late = file();
        int v = casework.perform(late, Transition.ACCEPT, INSPECTOR, null, 0).version();
        casework.assign(late, TestReports.unitId(em, "LL-JW"), INSPECTOR, null, v);
        assertEquals(Chasing.Manual.DONE, chasing.chase(late, DeadlineStage.INVESTIGATION, "ducha"));
        assertEquals(Chasing.Manual.DONE, chasing.escalate(late, DeadlineStage.INVESTIGATION, "ducha"));

        Map<DocumentKind, CaseDocument> drafts = new EnumMap<>(DocumentKind.class);
        for (DocumentKind kind : List.of(DocumentKind.ACCEPTANCE_NOTICE, DocumentKind.ASSIGNMENT_LETTER,
                DocumentKind.FEEDBACK_OPINION, DocumentKind.ACCOUNTABILITY_DECISION, DocumentKind.CIRCULAR)) {
            drafts.put(kind, only(found, kind));
        }
        drafts.put(DocumentKind.REJECTION_NOTICE, only(refused, DocumentKind.REJECTION_NOTICE));
        drafts.put(DocumentKind.TRANSFER_LETTER, only(transferred, DocumentKind.TRANSFER_LETTER));
        drafts.put(DocumentKind.CHASE_NOTICE, only(late, DocumentKind.CHASE_NOTICE));
        drafts.put(DocumentKind.SUPERVISION_LETTER, only(late, DocumentKind.SUPERVISION_LETTER));
        assertEquals(Set.of(DocumentKind.values()), drafts.keySet());
        drafts.values().forEach(d -> assertEquals(null, d.number, "a draft has no number"));

        // the transfer letter's addressee is the inspector's to fill in before it can go
        CaseDocument transfer = drafts.get(DocumentKind.TRANSFER_LETTER);
        assertTrue(documents.approve(transfer.id, "inspector-he", INSPECTORS).has("recipient"));
        assertTrue(documents.edit(transfer.id, new Documents.Text(transfer.title, "中共永州市纪律检查委员会",
                transfer.body, "", ""), "inspector-he", INSPECTORS).isEmpty());

        Path dump = System.getProperty("docdump") == null ? null
                : Files.createDirectories(Path.of(System.getProperty("docdump")));
        for (CaseDocument draft : drafts.values()) {
            Set<String> roles = draft.kind.issuer == cn.gov.yongzhou.qingfeng.directory.UnitKind.SUPERVISION_OFFICE
                    ? SUPERVISORS
                    : INSPECTORS;
            FieldErrors errors = documents.approve(draft.id, "approver", roles);
            assertTrue(errors.isEmpty(), draft.kind + ": " + errors.all());
            CaseDocument issued = reload(draft.id);
            assertTrue(issued.number.matches("[^〔]{2,6}〔2027〕[1-9]\\d*号"), issued.number);
            byte[] pdf = pdf(issued);
            String text = Pdfs.text(pdf);
            assertTrue(text.contains(issued.number), draft.kind + " shows its number: " + text);
            assertTrue(text.contains(issued.title.replaceAll("\\s+", "")), draft.kind + " shows its title: " + text);
            assertTrue(text.contains("2027年3月5日"), draft.kind + " shows the date it was issued: " + text);
            assertEquals(issued.kind.forReporter(), text.contains("测试人："),
                    draft.kind + ": the reporter is the addressee of their own documents and nowhere else");
            if (dump != null) {
                Files.write(dump.resolve(draft.kind + ".pdf"), pdf);
            }
        }
        assertTrue(Pdfs.text(pdf(reload(drafts.get(DocumentKind.ASSIGNMENT_LETTER).id))).contains("前将核查情况"),
                "the assignment letter says by when to report back");
        assertEquals("零纪信", reload(drafts.get(DocumentKind.ACCEPTANCE_NOTICE).id).word,
                "Lingling's discipline body: its first character and the series");
        assertEquals("永政督", reload(drafts.get(DocumentKind.SUPERVISION_LETTER).id).word,
                "the city's supervision office, as configured");
    }

    @Test
    void shouldGiveTheSameBytesOnEveryPrintAndRecordTheirDigestOnTheTimeline() {
        at("2027-03-08T09:00:00");
        long id = file();
        casework.perform(id, Transition.ACCEPT, INSPECTOR, null, 0);
        CaseDocument notice = only(id, DocumentKind.ACCEPTANCE_NOTICE);
        assertTrue(documents.approve(notice.id, "inspector-he", INSPECTORS).isEmpty());

        CaseDocument issued = reload(notice.id);
        byte[] first = pdf(issued);
        byte[] again = pdf(issued);
        assertArrayEquals(first, again);
        assertEquals(issued.sha256, Sha256.hex(first));
        String note = QuarkusTransaction.requiringNew().call(() -> CaseEvent.<CaseEvent> find(
                "caseFile = ?1 and action = cn.gov.yongzhou.qingfeng.casework.CaseAction.DOCUMENT_ISSUED",
                CaseFile.<CaseFile> findById(id)).firstResult().note);
        assertTrue(note.contains(issued.number) && note.contains(issued.sha256), note);
        // approved is frozen: no second number, no edit
        assertTrue(documents.approve(notice.id, "inspector-he", INSPECTORS).has("document"));
        assertTrue(documents.edit(notice.id, new Documents.Text("改", "改", "改", "", ""), "inspector-he", INSPECTORS)
                .has("document"));
        assertEquals(issued.number, reload(notice.id).number);
    }

    @Test
    void shouldRefuseAStaffDocumentThatNamesTheReporter() {
        at("2027-03-09T09:00:00");
        long id = file();
        int v = casework.perform(id, Transition.ACCEPT, INSPECTOR, null, 0).version();
        casework.assign(id, TestReports.unitId(em, "LL-JW"), INSPECTOR, null, v);
        CaseDocument letter = only(id, DocumentKind.ASSIGNMENT_LETTER);

        FieldErrors errors = documents.edit(letter.id, new Documents.Text(letter.title, letter.recipient,
                letter.body + "\n举报人测试人可以配合核查。", "", ""), "inspector-he", INSPECTORS);

        assertTrue(errors.has("body"));
        assertEquals("doc.error.reporter", errors.all().get(0).key());
        assertFalse(reload(letter.id).body.contains("测试人"), "nothing stored");
    }

    @Test
    void shouldRefuseAReporterDocumentThatNamesStaffTheReporterDidNotName() {
        at("2027-03-10T09:00:00");
        long id = file();
        casework.perform(id, Transition.ACCEPT, INSPECTOR, null, 0);
        CaseDocument notice = only(id, DocumentKind.ACCEPTANCE_NOTICE);

        FieldErrors errors = documents.edit(notice.id, new Documents.Text(notice.title, notice.recipient,
                notice.body + "\n经查，当班人员为窗口人员22。", "", ""), "inspector-he", INSPECTORS);

        assertEquals("doc.error.staffName", errors.all().get(0).key());
        assertEquals("窗口人员22", errors.all().get(0).args()[0]);
    }

    @Inject
    cn.gov.yongzhou.qingfeng.casework.Retention retention;

    @Test
    void shouldEraseTheReportersCopyWithTheirDataAndKeepTheRegisterEntry() {
        at("2020-05-06T10:00:00");
        long id = file("2020-05-01");
        casework.reject(id, INSPECTOR, cn.gov.yongzhou.qingfeng.casework.RejectionGround.OUTSIDE_REMIT, "拨打12345热线", "不属于受理范围。",
                null, 0);
        CaseDocument notice = only(id, DocumentKind.REJECTION_NOTICE);
        assertTrue(documents.approve(notice.id, "inspector-he", INSPECTORS).isEmpty());
        String digest = reload(notice.id).sha256;

        at("2025-06-01T10:00:00");
        while (retention.eraseDue() > 0) {
            // every case ended before the period, a batch at a time
        }

        CaseDocument kept = reload(notice.id);
        assertTrue(QuarkusTransaction.requiringNew().call(() -> documents.pdf(reload(notice.id)).isEmpty()),
                "the PDF named the reporter: erased");
        assertEquals("", kept.recipient);
        assertEquals(digest, kept.sha256, "number and digest stay in the register");
        assertTrue(kept.number.contains("〔2020〕"));
    }

    @Test
    void shouldLetOnlyTheConfiguredRolesApproveAKind() {
        at("2027-03-11T09:00:00");
        long id = file();
        casework.perform(id, Transition.ACCEPT, INSPECTOR, null, 0);
        CaseDocument notice = only(id, DocumentKind.ACCEPTANCE_NOTICE);

        assertTrue(documents.approve(notice.id, "ducha", SUPERVISORS).has("document"));
        assertTrue(documents.approve(notice.id, "lingling", Set.of("handler")).has("document"));
        assertEquals(CaseDocument.State.DRAFT, reload(notice.id).state);
        assertTrue(documents.approve(notice.id, "inspector-he", INSPECTORS).isEmpty());
    }
}
