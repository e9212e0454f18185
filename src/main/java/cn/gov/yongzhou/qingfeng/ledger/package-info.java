/**
 * 执行力台账: per unit and period, what became of the reports about it (received, accepted, concluded, on time,
 * overdue, escalated, extended, rated, heads held accountable), the year-end ranking, the charts and the exports.
 * Read-only: every figure is an SQL aggregate over the case tables; no reporter's identity is ever read.
 */
package cn.gov.yongzhou.qingfeng.ledger;
