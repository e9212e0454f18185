package cn.gov.yongzhou.qingfeng.desk;

/** How a reporter's details look until an inspector reveals them with a reason. */
final class Masks {

    private Masks() {
    }

    /** 13912345678 → 139****5678 */
    static String phone(String phone) {
        return phone == null || phone.length() < 7 ? "****"
                : phone.substring(0, 3) + "****"
                        + phone.substring(phone.length() - 4);
    }

    /** 431102199001011239 → 431102********1239: the region stays (it routes nothing, but tells the area). */
    static String idNumber(String id) {
        return id == null || id.length() < 10 ? "****"
                : id.substring(0, 6) + "*".repeat(id.length() - 10)
                        + id.substring(id.length() - 4);
    }

    /** someone@example.cn → s***@***: the domain goes too (a work address names the employer). */
    static String email(String email) {
        if (email == null) {
            return null;
        }
        int at = email.indexOf('@');
        return at <= 0 ? "***" : email.charAt(0) + "***@***";
    }
}
