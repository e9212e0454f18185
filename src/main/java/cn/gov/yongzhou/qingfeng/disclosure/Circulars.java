package cn.gov.yongzhou.qingfeng.disclosure;

import cn.gov.yongzhou.qingfeng.category.Category;
import cn.gov.yongzhou.qingfeng.shared.web.FieldErrors;
import cn.gov.yongzhou.qingfeng.shared.web.Messages;
import cn.gov.yongzhou.qingfeng.shared.web.TemplateText;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * 通报 of several typical cases ("关于3起“索拿卡要”典型问题的通报", the cases numbered 一、二、三): prepared from cases already published, each of
 * which went through its own approval; approved by a second inspector; withdrawn with the reason kept. The title and
 * the lead are screened like a case's text, against every case in it.
 */
@ApplicationScoped
public class Circulars {

    public static final int MIN_CASES = 2;
    public static final int MAX_CASES = 20;
    public static final int MAX_LEAD = 2000;

    /** What preparing gave: the errors, or the new circular's id. */
    public record Prepared(FieldErrors errors, Long id) {
    }

    private final Clock clock;
    private final Disclosure disclosure;

    Circulars(Clock clock, Disclosure disclosure) {
        this.clock = clock;
        this.disclosure = disclosure;
    }

    /** The title a circular of these cases gets when the inspector leaves it blank. */
    public static String titleOf(List<TypicalCase> cases) {
        Set<String> labels = new LinkedHashSet<>();
        cases.stream().map(t -> t.category).sorted().map(Circulars::label).forEach(labels::add);
        return "关于" + cases.size() + "起" + String.join("和", labels) + "典型问题的通报";
    }

    private static String label(Category category) {
        return Messages.get(Messages.CHINESE, TemplateText.keyOf(category) + ".notice");
    }

    /** 1 to 99 as a 通报 numbers its parts (一、二、…十二、): the cases in a circular. */
    static String chineseCount(int n) {
        String digits = "零一二三四五六七八九";
        if (n < 10) {
            return String.valueOf(digits.charAt(n));
        }
        int tens = n / 10;
        int ones = n % 10;
        return (tens == 1 ? "" : String.valueOf(digits.charAt(tens))) + "十" + (ones == 0 ? "" : digits.charAt(ones));
    }

    @Transactional
    public Prepared prepare(List<Long> typicalIds, String title, String lead, String actor) {
        FieldErrors errors = new FieldErrors();
        List<TypicalCase> cases = new ArrayList<>();
        for (Long id : new LinkedHashSet<>(typicalIds)) {
            TypicalCase typical = id == null ? null : TypicalCase.findById(id);
            if (typical == null || !typical.publication.is(PublicationState.PUBLISHED)) {
                errors.add("cases", "pub.circ.error.notPublished");
                return new Prepared(errors, null);
            }
            cases.add(typical);
        }
        if (cases.size() < MIN_CASES || cases.size() > MAX_CASES) {
            errors.add("cases", "pub.circ.error.count", MIN_CASES, MAX_CASES);
            return new Prepared(errors, null);
        }
        String t = title == null || title.isBlank() ? titleOf(cases) : title.strip();
        String l = lead == null || lead.isBlank() ? null : lead.strip();
        check(errors, cases, t, l);
        if (!errors.isEmpty()) {
            return new Prepared(errors, null);
        }
        Circular circular = new Circular();
        circular.title = t;
        circular.lead = l;
        circular.cases.addAll(cases);
        circular.publication = Publication.draftBy(actor, OffsetDateTime.now(clock));
        circular.persist();
        return new Prepared(errors, circular.id);
    }

    /** A second inspector approves; published at once, as long as every case in it is still published. */
    @Transactional
    public FieldErrors approve(long id, String actor) {
        FieldErrors errors = new FieldErrors();
        Circular circular = Circular.findById(id);
        if (circular == null) {
            return errors.add("circular", "pub.error.notDraft");
        }
        if (!circular.publication.approvableBy(actor, "circular", errors)) {
            return errors;
        }
        if (circular.cases.stream().anyMatch(t -> !t.publication.is(PublicationState.PUBLISHED))) {
            return errors.add("approve", "pub.circ.error.caseWithdrawn");
        }
        check(errors, circular.cases, circular.title, circular.lead);
        if (!errors.isEmpty()) {
            return errors;
        }
        circular.publication.publish(actor, OffsetDateTime.now(clock));
        return errors;
    }

    @Transactional
    public FieldErrors withdraw(long id, String reason, String actor) {
        FieldErrors errors = new FieldErrors();
        Circular circular = Circular.findById(id);
        if (circular == null) {
            return errors.add("circular", "pub.error.notPublished");
        }
        circular.publication.withdraw(reason, actor, OffsetDateTime.now(clock), "circular", errors);
        return errors;
    }

    /** Lengths, then the title and the lead against each case: its reporter, its unit's staff in full. */
    private void check(FieldErrors errors, List<TypicalCase> cases, String title, String lead) {
        if (title.length() > Disclosure.MAX_TITLE) {
            errors.add("title", "pub.error.tooLong", Disclosure.MAX_TITLE);
        }
        if (lead != null && lead.length() > MAX_LEAD) {
            errors.add("lead", "pub.error.tooLong", MAX_LEAD);
        }
        if (!errors.isEmpty()) {
            return;
        }
        String words = title + "\n" + (lead == null ? "" : lead);
        for (TypicalCase typical : cases) {
            FieldErrors found = new FieldErrors();
            disclosure.screen(found, "lead", typical.caseId, words);
            found.all().stream().filter(e -> errors.all().stream().noneMatch(x -> x.key().equals(e.key())))
                    .forEach(e -> errors.add("lead", e.key(), e.args()));
        }
    }
}
