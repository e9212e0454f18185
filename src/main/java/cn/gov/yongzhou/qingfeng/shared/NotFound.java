package cn.gov.yongzhou.qingfeng.shared;

/**
 * What was asked for does not exist, or is not there for this user: the same answer for both, so that an address
 * tells nobody what exists. The web layer answers it with the 404 page.
 */
public class NotFound extends RuntimeException {

    public NotFound() {
        super(null, null, false, false);
    }
}
