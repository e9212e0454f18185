/**
 * The admin's pages (系统管理): the directory (units, heads over time, windows and their posters, staff, which
 * units a handler works for), routing rules, deadline policy, the working-day calendar, the mail outbox and the
 * admin log. Like the desk it composes the features below it; every change goes through a feature's service and
 * is written to the admin log in the same transaction.
 */
package cn.gov.yongzhou.qingfeng.admin;
