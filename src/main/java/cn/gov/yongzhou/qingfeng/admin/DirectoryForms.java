package cn.gov.yongzhou.qingfeng.admin;

import cn.gov.yongzhou.qingfeng.directory.HeadTerms;
import cn.gov.yongzhou.qingfeng.directory.StaffEdits;
import cn.gov.yongzhou.qingfeng.directory.UnitEdits;
import cn.gov.yongzhou.qingfeng.directory.WindowEdits;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jboss.resteasy.reactive.RestForm;

/** The directory's forms as posted; each keeps what was typed so a refused form comes back with it. */
final class DirectoryForms {

    private DirectoryForms() {
    }

    private static Map<String, String> map(String... pairs) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put(pairs[i], pairs[i + 1]);
        }
        return m;
    }

    private static String bool(boolean b) {
        return b ? "true" : "";
    }

    public static class UnitForm {
        @RestForm
        public String code;
        @RestForm
        public String name;
        @RestForm
        public String nameEn;
        @RestForm
        public String kind;
        @RestForm
        public String parent;
        @RestForm
        public String mailbox;
        @RestForm
        public String dutyPhone;
        @RestForm
        public boolean active;

        UnitEdits.UnitInput input() {
            return new UnitEdits.UnitInput(code, name, nameEn, kind, parent, mailbox, dutyPhone, active);
        }

        Map<String, String> values() {
            return map("code", code, "name", name, "nameEn", nameEn, "kind", kind, "parent", parent,
                    "mailbox", mailbox, "dutyPhone", dutyPhone, "active", bool(active));
        }
    }

    public static class HeadForm {
        @RestForm
        public String name;
        @RestForm
        public String title;
        @RestForm
        public String startDate;
        @RestForm
        public String endDate;
        @RestForm
        public String mailbox;
        @RestForm
        public String personRef;

        HeadTerms.HeadInput input() {
            return new HeadTerms.HeadInput(name, title, startDate, endDate, mailbox, personRef);
        }

        Map<String, String> values() {
            return map("name", name, "title", title, "startDate", startDate, "endDate", endDate, "mailbox", mailbox,
                    "personRef", personRef);
        }
    }

    public static class WindowForm {
        @RestForm
        public String code;
        @RestForm
        public String name;
        @RestForm
        public String nameEn;
        @RestForm
        public boolean active;

        WindowEdits.WindowInput input() {
            return new WindowEdits.WindowInput(code, name, nameEn, active);
        }

        Map<String, String> values() {
            return map("code", code, "name", name, "nameEn", nameEn, "active", bool(active));
        }
    }

    public static class StaffForm {
        @RestForm
        public String unit;
        @RestForm
        public String window;
        @RestForm
        public String name;
        @RestForm
        public String badgeNo;
        @RestForm
        public boolean active;

        StaffEdits.StaffInput input() {
            return new StaffEdits.StaffInput(unit, window, name, badgeNo, active);
        }

        Map<String, String> values() {
            return map("unit", unit, "window", window, "name", name, "badgeNo", badgeNo, "active", bool(active));
        }
    }
}
