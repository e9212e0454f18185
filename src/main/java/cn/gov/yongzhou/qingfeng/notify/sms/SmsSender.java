package cn.gov.yongzhou.qingfeng.notify.sms;

import cn.gov.yongzhou.qingfeng.notify.NoticeChannel;
import cn.gov.yongzhou.qingfeng.notify.Sender;
import jakarta.enterprise.context.ApplicationScoped;

/** Text messages through the gateway the configuration names (SMPP, the cloud API, or none). */
@ApplicationScoped
public class SmsSender implements Sender {

    private final SmsConfig config;
    private final SmppGateway smpp;
    private final AliyunSms aliyun;

    SmsSender(SmsConfig config, SmppGateway smpp, AliyunSms aliyun) {
        this.config = config;
        this.smpp = smpp;
        this.aliyun = aliyun;
    }

    @Override
    public NoticeChannel channel() {
        return NoticeChannel.SMS;
    }

    @Override
    public Handed send(Outgoing message) throws Exception {
        return switch (config.gateway()) {
            case SMPP -> smpp.send(message);
            case ALIYUN -> aliyun.send(message);
            case NONE -> throw new Sender.Permanent("no SMS gateway configured (qingfeng.sms.gateway)");
        };
    }
}
