package cn.gov.yongzhou.qingfeng.desk;

import jakarta.ws.rs.QueryParam;

/** A queue's query string, as both desks read it. */
public class QueueParams {

    @QueryParam("state")
    String state;
    @QueryParam("category")
    String category;
    @QueryParam("area")
    String area;
    @QueryParam("channel")
    String channel;
    @QueryParam("overdue")
    boolean overdue;
    @QueryParam("dueWithin")
    String dueWithin;
    /** The key of the last row of the page before. */
    @QueryParam("after")
    String after;

    QueueFilter filter() {
        return QueueFilter.of(state, category, area, channel, overdue, dueWithin);
    }
}
