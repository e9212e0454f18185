package cn.gov.yongzhou.qingfeng.notify.sms;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/** Text messages: which gateway, how to reach it, how texts are signed. README: "Text messages (SMS)". */
@ConfigMapping(prefix = "qingfeng.sms")
public interface SmsConfig {

    enum Gateway {
        /** SMPP 3.4: a carrier's SMSC or a provincial 政务短信 platform. */
        SMPP,
        /** Alibaba Cloud SMS (dysmsapi), its signed HTTP API with a registered signature and template codes. */
        ALIYUN,
        /** No gateway: texts fail at once and become tasks on the inspectors' queue (请电话告知). */
        NONE
    }

    @WithDefault("NONE")
    Gateway gateway();

    /** The registered signature (签名) every text starts with, in 【】; the cloud API adds it itself. */
    @WithDefault("清风")
    String signature();

    Smpp smpp();

    Aliyun aliyun();

    LocalPeer localPeer();

    interface Smpp {
        /** The SMSC; empty with the local peer running (dev, tests), which is then used. */
        Optional<String> host();

        @WithDefault("2775")
        int port();

        @WithDefault("qingfeng")
        String systemId();

        /** The bind password, from the environment ({@code QINGFENG_SMS_SMPP_PASSWORD}). */
        Optional<String> password();

        /** system_type of the bind, if the operator asks for one. */
        Optional<String> systemType();

        /** The sender number the operator assigned (the 106 service code). */
        @WithDefault("10690000")
        String sourceAddress();

        /** Prefixed to the mainland mobile number: "86" for international format, "" for national. */
        @WithDefault("86")
        String destinationPrefix();

        /** How long to wait for the bind and for each submit_sm_resp. */
        @WithDefault("10S")
        Duration responseTimeout();

        /** enquire_link interval, so a dead link is noticed before a text is tried on it. */
        @WithDefault("30S")
        Duration enquireLink();
    }

    interface Aliyun {
        @WithDefault("https://dysmsapi.aliyuncs.com")
        String endpoint();

        Optional<String> accessKeyId();

        /** From the environment ({@code QINGFENG_SMS_ALIYUN_ACCESS_KEY_SECRET}); never in a file. */
        Optional<String> accessKeySecret();

        @WithDefault("cn-hangzhou")
        String regionId();

        /** The registered signature name (签名名称), e.g. 清风. */
        Optional<String> signName();

        /** Our template names (RECEIPT, ACCEPTED, … CODE) → the template codes the provider approved (SMS_1234). */
        Map<String, String> templates();

        @WithDefault("10S")
        Duration timeout();

        /** How often delivery reports are fetched with QuerySendDetails ({@code off}: never, tests by hand). */
        @WithDefault("60s")
        String pollEvery();
    }

    interface LocalPeer {
        /** Runs an in-process SMSC (SMPP server) in dev and tests, whose received texts the dev page shows. */
        @WithDefault("false")
        boolean enabled();

        /** 0: any free port. */
        @WithDefault("0")
        int port();

        /** How long after accepting a text the local SMSC sends its delivery receipt. */
        @WithDefault("200MS")
        Duration receiptDelay();
    }
}
