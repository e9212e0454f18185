/**
 * The reporter's follow-through after the conclusion: the 好差评 rating (a bad one opens a follow-up for the
 * inspectors) and the objection within the objection window, which reopens the case for review. Keyed by the case;
 * intake's tracking page finds the case from the receipt and offers what {@link FollowThrough#options} allows.
 * Owns the {@code satisfaction} table and its read model {@code case_rating}.
 */
package cn.gov.yongzhou.qingfeng.followthrough;
