package cn.gov.yongzhou.qingfeng.disclosure;

import cn.gov.yongzhou.qingfeng.casework.CaseFile;
import cn.gov.yongzhou.qingfeng.category.Category;
import cn.gov.yongzhou.qingfeng.directory.Unit;
import cn.gov.yongzhou.qingfeng.intake.Report;
import cn.gov.yongzhou.qingfeng.shared.web.Bilingual;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Typical cases as the staff and the public pages show them: plain records, no reporter in any of them. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class DisclosureViews {

    public record Entry(long id, long caseId, String receiptNo, String title, String body, Category category,
            Bilingual unit, Bilingual area, int year, PublicationState state, String preparedBy,
            OffsetDateTime preparedAt, String approvedBy, OffsetDateTime publishedAt, String withdrawnBy,
            OffsetDateTime withdrawnAt, String withdrawalReason, int version) {

        /** The text as paragraphs, one a line. */
        public List<String> paragraphs() {
            return body.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        }
    }

    /** A 通报 of several cases, with the cases as they stand now. */
    public record CircularView(long id, String title, String lead, PublicationState state, String preparedBy,
            OffsetDateTime preparedAt, String approvedBy, OffsetDateTime publishedAt, String withdrawnBy,
            OffsetDateTime withdrawnAt, String withdrawalReason, List<Entry> cases) {

        public List<String> leadParagraphs() {
            return lead == null ? List.of() : lead.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        }

        /** The cases the public still sees, numbered as the circular numbers them: 一、二、三. */
        public List<Numbered> numbered() {
            List<Entry> shown = cases.stream().filter(e -> e.state() == PublicationState.PUBLISHED).toList();
            List<Numbered> out = new ArrayList<>();
            for (int i = 0; i < shown.size(); i++) {
                out.add(new Numbered(Circulars.chineseCount(i + 1), shown.get(i)));
            }
            return out;
        }

        /** The case ids, for the scope check. */
        public List<Long> caseIds() {
            return cases.stream().map(Entry::caseId).toList();
        }
    }

    public record Numbered(String number, Entry entry) {
    }

    public List<CircularView> circulars() {
        return Circular.<Circular> list("order by publication.preparedAt desc, id desc").stream().map(DisclosureViews::circular)
                .toList();
    }

    public Optional<CircularView> circular(long id) {
        return Circular.<Circular> findByIdOptional(id).map(DisclosureViews::circular);
    }

    public List<CircularView> publishedCirculars() {
        return Circular
                .<Circular> find("publication.state = ?1 order by publication.publishedAt desc, id desc",
                        PublicationState.PUBLISHED)
                .page(0, 50).list().stream().map(DisclosureViews::circular).toList();
    }

    public Optional<CircularView> publishedCircular(long id) {
        return circular(id).filter(c -> c.state() == PublicationState.PUBLISHED);
    }

    private static CircularView circular(Circular c) {
        Publication p = c.publication;
        return new CircularView(c.id, c.title, c.lead, p.state, p.preparedBy, p.preparedAt, p.approvedBy,
                p.publishedAt, p.withdrawnBy, p.withdrawnAt, p.withdrawalReason,
                c.cases.stream().map(DisclosureViews::entry).toList());
    }

    /** The public list's filters, as chosen; null where any. */
    public record Filter(Category category, String county, Integer year) {
    }

    public List<Entry> staffList() {
        return TypicalCase.<TypicalCase> list("order by publication.preparedAt desc, id desc").stream()
                .map(DisclosureViews::entry)
                .toList();
    }

    public Optional<Entry> one(long id) {
        return TypicalCase.<TypicalCase> findByIdOptional(id).map(DisclosureViews::entry);
    }

    public Optional<Entry> published(long id) {
        return TypicalCase.published(id).map(DisclosureViews::entry);
    }

    public List<Entry> published(Filter filter) {
        StringBuilder where = new StringBuilder("publication.state = :state");
        Parameters params = Parameters.with("state", PublicationState.PUBLISHED);
        if (filter.category() != null) {
            where.append(" and category = :category");
            params.and("category", filter.category());
        }
        if (filter.county() != null) {
            where.append(" and area.code = :county");
            params.and("county", filter.county());
        }
        if (filter.year() != null) {
            where.append(" and year = :year");
            params.and("year", filter.year());
        }
        return TypicalCase.<TypicalCase> find(where + " order by publication.publishedAt desc, id desc", params).page(0, 100)
                .list()
                .stream().map(DisclosureViews::entry).toList();
    }

    /** The counties, districts and zones a visitor can filter by. */
    public List<Area> areas() {
        List<Area> areas = new ArrayList<>();
        Unit.listActiveAreas().forEach(u -> areas.add(new Area(u.code, u.name, u.nameEn)));
        return areas;
    }

    /** An area with its code, for the filter's options. */
    public record Area(String code, String name, String nameEn) implements Bilingual {
    }

    public List<Integer> years() {
        return TypicalCase.getEntityManager().createQuery(
                "select distinct t.year from TypicalCase t where t.publication.state = :s order by t.year desc", Integer.class)
                .setParameter("s", PublicationState.PUBLISHED).getResultList();
    }

    private static Entry entry(TypicalCase t) {
        String receipt = CaseFile.<CaseFile> findByIdOptional(t.caseId)
                .map(f -> ((Report) Report.findById(f.reportId)).receiptNo).orElse("");
        return new Entry(t.id, t.caseId, receipt, t.title, t.body, t.category, Bilingual.of(t.unit.name, t.unit.nameEn),
                t.area == null ? null : Bilingual.of(t.area.name, t.area.nameEn), t.year, t.publication.state,
                t.publication.preparedBy, t.publication.preparedAt, t.publication.approvedBy,
                t.publication.publishedAt, t.publication.withdrawnBy, t.publication.withdrawnAt,
                t.publication.withdrawalReason, t.version);
    }
}
