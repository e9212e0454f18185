package cn.gov.yongzhou.qingfeng.shared.web;

import jakarta.ws.rs.core.Response;

/** Pages with case content, personal data or a form's input: answered, never kept by a browser or a proxy. */
public final class NoStore {

    private NoStore() {
    }

    public static Response page(Object entity) {
        return page(200, entity);
    }

    /** The same with a status: 422 for a form shown again with its errors. */
    public static Response page(int status, Object entity) {
        return Response.status(status).entity(entity).header("Cache-Control", "no-store").build();
    }
}
