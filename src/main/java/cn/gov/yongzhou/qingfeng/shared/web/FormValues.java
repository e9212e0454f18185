package cn.gov.yongzhou.qingfeng.shared.web;

/** What a form posted, read leniently: a choice that is not one of the options reads as no choice. */
public final class FormValues {

    private FormValues() {
    }

    /** The constant named {@code value}, or null when none or an unknown one was posted. */
    public static <E extends Enum<E>> E choice(Class<E> type, String value) {
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(value)) {
                return constant;
            }
        }
        return null;
    }
}
