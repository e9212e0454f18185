package cn.gov.yongzhou.qingfeng.directory;

import cn.gov.yongzhou.qingfeng.shared.web.FieldErrors;

/** What an admin's change to the directory gives back: the id of what was stored, or the reasons nothing was. */
public record EditResult(Long id, FieldErrors errors) {

    static EditResult done(Long id) {
        return new EditResult(id, new FieldErrors());
    }

    static EditResult refused(FieldErrors errors) {
        return new EditResult(null, errors);
    }

    public boolean ok() {
        return errors.isEmpty();
    }
}
