package cn.gov.yongzhou.qingfeng.intake;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class IntakeServiceTest {

    /** A limit of no concurrent submissions at all: whatever comes is turned away before anything is read. */
    @Test
    void shouldTurnASubmissionAwayWhenNoTurnIsFreeInTime() {
        IntakeConfig config = new IntakeConfig() {
            public Evidence evidence() {
                return null;
            }

            public Narrative narrative() {
                return null;
            }

            public Tracking tracking() {
                return null;
            }

            public int maxConcurrentSubmissions() {
                return 0;
            }

            public Duration submissionWait() {
                return Duration.ofMillis(10);
            }
        };
        IntakeService intake = new IntakeService(null, null, null, config, null, null);
        assertInstanceOf(Submission.Busy.class,
                intake.submit(new ReportForm(), Channel.WEB, "web", "key", java.util.Locale.CHINA));
    }
}
