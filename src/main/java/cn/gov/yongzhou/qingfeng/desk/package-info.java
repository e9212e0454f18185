/**
 * The staff desk (工作台): the pages where inspectors, handlers and the supervision office work the cases. It
 * composes intake (the report), casework (state, limits, timeline) and the directory, so it sits above them.
 */
package cn.gov.yongzhou.qingfeng.desk;
