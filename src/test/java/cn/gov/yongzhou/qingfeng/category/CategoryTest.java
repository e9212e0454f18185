package cn.gov.yongzhou.qingfeng.category;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * What a category needs besides its constant, checked for every constant: adding one to {@link Category} without its
 * subcategories, its starting route and limit, or the migration that teaches the database its rules fails here (its
 * messages are checked by MessagesTest). The database keeps each category's rules as a second line of defence, so
 * they are tried against it row by row, in a transaction that is rolled back.
 */
@QuarkusTest
class CategoryTest {

    @Inject
    DataSource dataSource;

    @Test
    void shouldGiveEveryCategoryItsOwnSubcategories() {
        for (Category c : Category.values()) {
            assertFalse(c.subcategories().isEmpty(), c + " has subcategories");
            assertTrue(c.subcategories().stream().allMatch(s -> s.category == c));
        }
        assertEquals(Subcategory.values().length,
                java.util.Arrays.stream(Category.values()).mapToInt(c -> c.subcategories().size()).sum());
    }

    @Test
    void shouldStartEveryCategoryWithADefaultRouteAndAVerificationLimit() throws SQLException {
        try (Connection db = dataSource.getConnection()) {
            for (Category c : Category.values()) {
                assertEquals(1, count(db, "select count(*) from routing_rule where category = ? and unit_id is null "
                        + "and unit_kind is null and active", c), c + ": the rule for any unit");
                assertEquals(1, count(db, "select count(*) from deadline_policy where stage = 'INVESTIGATION' "
                        + "and category = ? and subcategory is null and valid_to is null", c), c + ": its limit");
            }
        }
    }

    @Test
    void shouldHaveTheDatabaseKeepEachCategorysRules() throws SQLException {
        try (Connection db = dataSource.getConnection()) {
            db.setAutoCommit(false);
            try {
                for (Category c : Category.values()) {
                    assertFalse(accepted(db, """
                            insert into routing_rule (category, unit_id, handling, explanation_zh, explanation_en)
                            select ?, id, 'OWN_UNIT', '测试', 'test' from unit where code = 'QY-GA'""", c),
                            c + ": a rule that keeps its reports in the accused's unit, no exception");
                    assertEquals(c.mayStayWithTheAccusedUnit(), accepted(db, """
                            insert into routing_rule (category, unit_id, handling, explanation_zh, explanation_en,
                                                      exception_reason)
                            select ?, id, 'OWN_UNIT', '测试', 'test', '例外理由' from unit where code = 'QY-GA'""", c),
                            c + ": the same as an explicit, reasoned exception");
                    assertEquals(!c.directServiceRequired(), accepted(db, """
                            insert into report (receipt_no, password_hash, submission_key_hash, fingerprint, channel,
                                category, subcategory, unit_id, occurred_on, place_enc, accused_name, narrative_enc,
                                reporter_name_enc, reporter_id_no_enc, reporter_phone_enc, reporter_id_no_index,
                                reporter_phone_index, directly_served, contact_preference, declared_truthful,
                                consented_processing, locale, received_at)
                            select 'CATEGORY-TEST', 'x', md5(random()::text), 'x', 'WEB', ?, 'x', id, current_date,
                                   'x', '某人', 'x', 'x', 'x', 'x', 'x', 'x', false, 'PHONE', true, true, 'zh-CN', now()
                            from unit where code = 'QY-GA'""", c), c + ": a report by someone not directly served");
                }
            } finally {
                db.rollback();
            }
        }
    }

    @Test
    void shouldColourEveryCategoryInTheLedgersTrend() throws Exception {
        String css = Files.readString(Path.of("src/main/resources/META-INF/resources/css/qingfeng.css"));
        for (Category c : Category.values()) {
            assertTrue(css.contains(".chart-" + (char) ('a' + c.ordinal()) + " {"), c + " has a bar colour");
        }
    }

    private static long count(Connection db, String sql, Category c) throws SQLException {
        try (PreparedStatement s = db.prepareStatement(sql)) {
            s.setString(1, c.name());
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    /** Whether the database takes the row; a refusal by a check constraint is a no, anything else an error. */
    private static boolean accepted(Connection db, String sql, Category c) throws SQLException {
        Savepoint before = db.setSavepoint();
        try (PreparedStatement s = db.prepareStatement(sql)) {
            s.setString(1, c.name());
            assertEquals(1, s.executeUpdate(), "one row tried");
            return true;
        } catch (SQLException e) {
            assertEquals("23514", e.getSQLState(), "refused by a check, not by a mistake in the test: " + e.getMessage());
            return false;
        } finally {
            db.rollback(before);
        }
    }
}
