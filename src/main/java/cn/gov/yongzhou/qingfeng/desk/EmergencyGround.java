package cn.gov.yongzhou.qingfeng.desk;

/** Why an inspector may see a reporter's identity before a director approves (紧急查看); words in emergencyGround.*. */
public enum EmergencyGround {
    /** 举报人人身安全面临威胁 */
    SAFETY_THREAT,
    /** 违纪违法行为正在发生、可能造成严重后果 */
    ONGOING_HARM,
    /** 证据可能灭失、须立即联系举报人 */
    LOSS_OF_EVIDENCE
}
