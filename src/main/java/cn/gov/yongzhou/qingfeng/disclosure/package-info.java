/**
 * 处理结果公开曝光: typical cases written for publication from concluded cases, approved by a second inspector,
 * published on the public pages and withdrawn with the reason kept.
 */
package cn.gov.yongzhou.qingfeng.disclosure;
