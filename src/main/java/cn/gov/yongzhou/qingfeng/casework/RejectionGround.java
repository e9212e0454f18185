package cn.gov.yongzhou.qingfeng.casework;

/**
 * 不予受理的理由: the coded grounds on which a registered report is not accepted. Where the matter belongs elsewhere,
 * the reporter is told where ({@link #namesChannel()}): a refusal never just closes the door.
 */
@io.quarkus.qute.TemplateEnum
public enum RejectionGround {
    /** 应当通过诉讼、仲裁、行政复议等法定途径解决的 */
    LEGAL_PROCEEDINGS(true),
    /** 属于其他机关职责范围的 (not a transfer: the reporter takes it there; 转办 is for what we pass on ourselves) */
    OTHER_BODY(true),
    /** 不属于本平台受理范围的 (not about a staff member's conduct under rules 8 and 9: e.g. a policy, a fee, a claim) */
    OUTSIDE_REMIT(true),
    /** 反映的问题没有实质内容或无法核实的 (no person, time, place or fact to check) */
    NO_SUBSTANCE(false),
    /** 重复件: the same matter is already being handled or was handled, and nothing new is raised */
    DUPLICATE(false);

    private final boolean namesChannel;

    RejectionGround(boolean namesChannel) {
        this.namesChannel = namesChannel;
    }

    /** Whether the refusal must name the proper channel (the court, the body, the hotline) for the reporter. */
    public boolean namesChannel() {
        return namesChannel;
    }

    /** The longest channel the timeline keeps. */
    public static final int MAX_CHANNEL = 200;
}
