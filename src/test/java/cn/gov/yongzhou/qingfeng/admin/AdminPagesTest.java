package cn.gov.yongzhou.qingfeng.admin;

import static org.hamcrest.Matchers.containsString;

import cn.gov.yongzhou.qingfeng.support.StaffClient;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AdminPagesTest {

    @Test
    void shouldShowTheAdminSectionsOnlyToAdmins() {
        StaffClient.admin("admin-wang").get("/staff/admin").then().statusCode(200)
                .header("Cache-Control", "no-store")
                .body(containsString("系统管理"), containsString("/staff/admin/units"),
                        containsString("管理日志"));
        for (String role : AdminForms.OTHER_ROLES) {
            StaffClient.as("someone", role).get("/staff/admin").then().statusCode(403);
        }
    }

    @Test
    void shouldShowTheCategoriesOfRulesEightAndNineWithTheirSubcategories() {
        StaffClient.admin("admin-wang").get("/staff/admin/categories").then().statusCode(200)
                .body(containsString("傲慢服务"), containsString("门好进、脸好看、事仍然难办"),
                        containsString("索拿卡要"), containsString("给了好处乱办事"), containsString("只作查看"));
        StaffClient.inspector("someone").get("/staff/admin/categories").then().statusCode(403);
    }
}
