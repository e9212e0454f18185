package cn.gov.yongzhou.qingfeng.shared.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.yongzhou.qingfeng.calendar.DayReason;
import cn.gov.yongzhou.qingfeng.casework.CaseAction;
import cn.gov.yongzhou.qingfeng.casework.CaseState;
import cn.gov.yongzhou.qingfeng.category.Category;
import cn.gov.yongzhou.qingfeng.category.Subcategory;
import cn.gov.yongzhou.qingfeng.intake.ContactPreference;
import cn.gov.yongzhou.qingfeng.routing.Conflict;
import cn.gov.yongzhou.qingfeng.routing.Handling;
import cn.gov.yongzhou.qingfeng.routing.RouteReason;
import cn.gov.yongzhou.qingfeng.routing.RuleChange;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every text a user reads exists in Chinese and in English, and every key a page asks for exists. */
class MessagesTest {

    static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream("/messages/" + name)) {
            p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void shouldHaveTheSameKeysInChineseAndEnglish() throws IOException {
        Set<String> zh = new TreeSet<>(load("msg.properties").stringPropertyNames());
        Set<String> en = new TreeSet<>(load("msg_en.properties").stringPropertyNames());
        Set<String> onlyZh = new TreeSet<>(zh);
        onlyZh.removeAll(en);
        Set<String> onlyEn = new TreeSet<>(en);
        onlyEn.removeAll(zh);
        assertEquals(Set.of(), onlyZh, "keys missing in English");
        assertEquals(Set.of(), onlyEn, "keys missing in Chinese");
    }

    @Test
    void shouldHoldOnlyWellFormedEntries() throws IOException {
        for (String name : new String[] { "msg.properties", "msg_en.properties" }) {
            try (InputStream in = MessagesTest.class.getResourceAsStream("/messages/" + name)) {
                String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                List<String> bad = text.lines().filter(l -> !l.isBlank() && !l.startsWith("#"))
                        .filter(l -> !l.matches("[A-Za-z0-9._-]+=.*")).toList();
                assertEquals(List.of(), bad, name + " has lines that are not key=value (a merge left behind?)");
            }
        }
    }

    @Test
    void shouldDefineEveryKeyOnce() throws IOException {
        // a key defined twice silently keeps the later text: 数据来源： then also shows where 来源 was meant
        for (String name : new String[] { "msg.properties", "msg_en.properties" }) {
            try (InputStream in = MessagesTest.class.getResourceAsStream("/messages/" + name)) {
                String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                Set<String> seen = new java.util.HashSet<>();
                Set<String> twice = new TreeSet<>();
                text.lines().filter(l -> !l.isBlank() && !l.startsWith("#") && l.contains("="))
                        .map(l -> l.substring(0, l.indexOf('=')))
                        .forEach(k -> {
                            if (!seen.add(k)) {
                                twice.add(k);
                            }
                        });
                assertEquals(Set.of(), twice, name + " defines these keys more than once");
            }
        }
    }

    @Test
    void shouldHaveEveryKeyThatATemplateAsksFor() throws IOException {
        Set<String> keys = load("msg.properties").stringPropertyNames();
        Pattern call = Pattern.compile("m:[tf]\\('([^']+)'");
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Matcher m = call.matcher(Files.readString(file));
                while (m.find()) {
                    if (!keys.contains(m.group(1))) {
                        missing.add(file.getFileName() + ": " + m.group(1));
                    }
                }
            }
        }
        for (cn.gov.yongzhou.qingfeng.casework.DeadlineStage stage : cn.gov.yongzhou.qingfeng.casework.DeadlineStage.values()) {
            if (!keys.contains(TemplateText.keyOf(stage) + ".staff")) {
                missing.add(TemplateText.keyOf(stage) + ".staff");
            }
        }
        assertEquals(Set.of(), missing);
    }

    @Test
    void shouldNameEveryChoiceAndStateInWords() throws IOException {
        Set<String> keys = load("msg.properties").stringPropertyNames();
        Set<String> missing = new TreeSet<>();
        for (Enum<?>[] values : new Enum<?>[][] { Category.values(), Subcategory.values(), ContactPreference.values(),
                CaseState.values(), CaseAction.values(), DayReason.values(), RouteReason.values(), Conflict.values(),
                Handling.values(), RuleChange.values(), cn.gov.yongzhou.qingfeng.casework.DeadlineStage.values(),
                cn.gov.yongzhou.qingfeng.casework.Transition.values(), cn.gov.yongzhou.qingfeng.intake.Channel.values(),
                cn.gov.yongzhou.qingfeng.shared.audit.AdminAction.values(),
                cn.gov.yongzhou.qingfeng.casework.Conclusion.values(),
                cn.gov.yongzhou.qingfeng.accountability.MatterTrigger.values(),
                cn.gov.yongzhou.qingfeng.accountability.HeadDecision.values(),
                cn.gov.yongzhou.qingfeng.accountability.DispositionKind.values(),
                cn.gov.yongzhou.qingfeng.accountability.DispositionFamily.values(),
                cn.gov.yongzhou.qingfeng.accountability.WaiverReason.values(),
                cn.gov.yongzhou.qingfeng.accountability.NameClearing.Manner.values(),
                cn.gov.yongzhou.qingfeng.accountability.FalseAccusation.PassedTo.values(),
                cn.gov.yongzhou.qingfeng.casework.CaseOfficers.RecusalGround.values(),
                cn.gov.yongzhou.qingfeng.accountability.AppealKind.values(),
                cn.gov.yongzhou.qingfeng.accountability.AppealOutcome.values(),
                cn.gov.yongzhou.qingfeng.accountability.DispositionChange.Change.values(),
                cn.gov.yongzhou.qingfeng.followthrough.SatisfactionLevel.values(),
                cn.gov.yongzhou.qingfeng.directory.UnitKind.values(),
                cn.gov.yongzhou.qingfeng.casework.DeadlinePolicy.DayKind.values(), java.time.DayOfWeek.values(),
                cn.gov.yongzhou.qingfeng.disclosure.PublicationState.values(),
                cn.gov.yongzhou.qingfeng.intake.ClusterReason.values(),
                cn.gov.yongzhou.qingfeng.shared.audit.AuditChain.Trail.values(),
                cn.gov.yongzhou.qingfeng.ledger.PeriodKind.values(), cn.gov.yongzhou.qingfeng.ledger.Standing.values() }) {
            for (Enum<?> v : values) {
                if (!keys.contains(TemplateText.keyOf(v))) {
                    missing.add(TemplateText.keyOf(v));
                }
            }
        }
        for (Enum<?>[] values : new Enum<?>[][] { CaseState.values(),
                cn.gov.yongzhou.qingfeng.casework.DeadlineStage.values() }) {
            for (Enum<?> v : values) {
                if (!keys.contains(TemplateText.keyOf(v) + ".explain")) {
                    missing.add(TemplateText.keyOf(v) + ".explain");
                }
            }
        }
        for (RouteReason reason : RouteReason.values()) {
            // a category's default route is explained by the category itself
            if (reason != RouteReason.CATEGORY_DEFAULT && !keys.contains(TemplateText.keyOf(reason) + ".explain")) {
                missing.add(TemplateText.keyOf(reason) + ".explain");
            }
        }
        // what a category needs besides its name: the form's hint, the home page's text, its default route, its
        // name in a 通报
        for (Category c : Category.values()) {
            for (String part : List.of(".hint", ".explain", ".route", ".notice")) {
                if (!keys.contains(TemplateText.keyOf(c) + part)) {
                    missing.add(TemplateText.keyOf(c) + part);
                }
            }
        }
        assertEquals(Set.of(), missing);
    }

    @Test
    void shouldKeepChineseTheDefaultWhateverTheServerLocale() {
        java.util.Locale saved = java.util.Locale.getDefault();
        try {
            java.util.Locale.setDefault(java.util.Locale.US);
            assertEquals("我要举报", Messages.get(Messages.CHINESE, "form.title"));
            assertEquals("File a report", Messages.get(Messages.ENGLISH, "form.title"));
            assertTrue(Messages.get(Messages.ENGLISH, "error.narrative.tooLong", 3000, 3001).contains("3001"));
        } finally {
            java.util.Locale.setDefault(saved);
        }
    }
}
