package cn.gov.yongzhou.qingfeng.notify;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import jakarta.enterprise.context.ApplicationScoped;

/** Mail through the configured SMTP relay; a mail the server accepted counts as delivered (告知 by mail). */
@ApplicationScoped
public class MailSender implements Sender {

    private final Mailer mailer;

    MailSender(Mailer mailer) {
        this.mailer = mailer;
    }

    @Override
    public NoticeChannel channel() {
        return NoticeChannel.MAIL;
    }

    @Override
    public Handed send(Outgoing message) {
        Mail mail = Mail.withText(message.recipient(), message.subject(), message.body());
        if (message.html() != null) {
            mail.setHtml(message.html());
        }
        mailer.send(mail);
        return Handed.deliveredNow();
    }
}
