package cn.gov.yongzhou.qingfeng.casework;

/**
 * A rule another feature adds to a step of the life cycle (accountability's closing rule: a found case closes only
 * when its people have been dealt with). {@link Casework} asks every guard inside the step's transaction, after the
 * table's own checks; a guard reads, it never writes.
 */
public interface TransitionGuard {

    /** Why {@code transition} may not happen to {@code file} now; null when this rule has nothing against it. */
    Transition.Refusal refuse(CaseFile file, Transition transition);
}
