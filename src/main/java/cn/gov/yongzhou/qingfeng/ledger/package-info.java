/**
 * 执行力台账: per unit and period, what became of the reports about it (received, accepted, concluded, substantiated,
 * per 10,000 services), the limits it had to meet (on time, overdue, escalated, extended), the ratings of its
 * handling, heads held accountable, the ranking (only when approved), the praise, the charts and the exports. The
 * figures are SQL aggregates over the case read models; the one table it owns is the units' monthly service volumes
 * ({@code service_volume}). No reporter's identity is ever read.
 */
package cn.gov.yongzhou.qingfeng.ledger;
