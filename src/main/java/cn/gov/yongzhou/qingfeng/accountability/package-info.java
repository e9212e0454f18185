/**
 * Rule 9's second half: what happens to the staff involved in a concluded case (dispositions, formal sanctions with
 * their effect periods), and to the head of the unit (accountability matters, opened by the system for whoever
 * headed the unit at the time, decided by an inspector).
 */
package cn.gov.yongzhou.qingfeng.accountability;
