package cn.gov.yongzhou.qingfeng.documents;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The documents' numbering, dates, approvers, wording of the 版记 and the signing key. */
@ConfigMapping(prefix = "qingfeng.documents")
public interface DocumentsConfig {

    /**
     * How a 发文字号 is written: {@code {word}} the 机关代字, {@code {year}} the year in full, {@code {n}} the number
     * without leading zeros (GB/T 9704 7.2.5: 〔〕 around the year, no 第, no 虚位).
     */
    @WithDefault("{word}〔{year}〕{n}号")
    String numberPattern();

    /**
     * The 机关代字 per issuing body, keyed by unit code ({@code "CITY-JW"=永纪信}), or by unit code and kind for a kind
     * with its own series ({@code "CITY-JW.ACCOUNTABILITY_DECISION"=永纪问}). Without one, the first character of the
     * body's name and the kind's series ({@link DocumentKind#series}). A 代字 has its own run of numbers each year.
     */
    Map<String, String> words();

    /** A number pattern for one body, or one body and kind, keyed as {@link #words()}. */
    Map<String, String> patterns();

    /**
     * Who approves a kind: OIDC role names per kind ({@code approvers.SUPERVISION_LETTER=supervisor,director}); a
     * kind not listed keeps {@link DocumentKind#defaultApprovers}.
     */
    Map<DocumentKind, List<String>> approvers();

    /** 成文日期 in Arabic numerals (GB/T 9704-2012) or Chinese numerals (the 1999 standard's way). */
    @WithDefault("ARABIC")
    DateNumerals dateNumerals();

    /** The office that prints for a body (印发机关), keyed by unit code; without one, the body's own name. */
    Map<String, String> printedBy();

    /** 抄送 of a kind, keyed by kind: the bodies that receive a copy; without one, no 抄送 line. */
    Map<DocumentKind, String> copyTo();

    /** 主送 of a 通报: the bodies a circular goes to. */
    @WithDefault("各县（市、区）纪委监委，市直各单位")
    String circularRecipients();

    /** Working days a body has to report on a 督办函 (the 交办函's date is the verification's limit). */
    @WithDefault("5")
    int supervisionReplyWorkingDays();

    /** Whether the deadline sweep's own escalations (督办 by the clock) draft a 督办函, as the board's do. */
    @WithDefault("true")
    boolean draftOnSweepEscalation();

    Signing signing();

    interface Signing {
        /** The document key: PKCS#8 PEM (RSA or EC), from the environment; never logged. */
        Optional<String> key();

        /** Its certificate, PEM, optionally followed by the chain up to the root. */
        Optional<String> certificate();

        /** Dev and test: no key given, so one is made at start with a self-signed certificate. */
        @WithDefault("false")
        boolean selfSigned();

        /** The name the signature carries (签名者), and the place. */
        @WithDefault("永州市清风实名举报平台")
        String name();

        @WithDefault("湖南省永州市")
        String location();
    }
}
