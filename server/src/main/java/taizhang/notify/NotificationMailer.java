package taizhang.notify;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Mails each stored notice to the users it reached who gave an address and did not opt out, once
 * the notice is committed, off the request's thread. Without a mail server ({@code spring.mail.host}
 * unset, so no {@link JavaMailSender}) it does nothing; a failed mail is logged, the inbox has it.
 */
@Component
class NotificationMailer {

    private static final Logger log = LoggerFactory.getLogger(NotificationMailer.class);

    private final ObjectProvider<JavaMailSender> sender;
    private final NotificationRepository notifications;
    private final Executor executor;
    private final String from;
    private final String baseUrl;

    NotificationMailer(
            ObjectProvider<JavaMailSender> sender,
            NotificationRepository notifications,
            @Qualifier("applicationTaskExecutor") Executor executor,
            @Value("${taizhang.notify.mail-from:taizhang@localhost}") String from,
            @Value("${taizhang.notify.base-url:http://localhost:8080}") String baseUrl) {
        this.sender = sender;
        this.notifications = notifications;
        this.executor = executor;
        this.from = from;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    @TransactionalEventListener
    void on(NotificationCreated event) {
        JavaMailSender mail = sender.getIfAvailable();
        if (mail == null) {
            return;
        }
        List<NotificationRepository.MailRecipient> recipients =
                notifications.mailRecipients(event.payload().noticeId());
        if (!recipients.isEmpty()) {
            executor.execute(() -> recipients.forEach(r -> send(mail, r, event.payload())));
        }
    }

    private void send(JavaMailSender mail, NotificationRepository.MailRecipient to, NotificationCreated.Payload n) {
        try {
            MimeMessage message = mail.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(message, StandardCharsets.UTF_8.name());
            helper.setFrom(from);
            helper.setTo(to.email());
            helper.setSubject("【整改台账】" + n.title());
            helper.setText(body(to.displayName(), n));
            mail.send(message);
        } catch (MessagingException | MailException e) {
            log.warn("Could not mail notice {} to {}: {}", n.noticeId(), to.email(), e.getMessage());
        }
    }

    String body(String name, NotificationCreated.Payload n) {
        return name + "，您好：\n\n" + n.text() + "\n\n查看详情：" + baseUrl + n.link() + "\n\n"
                + "——整改台账系统自动发送，请勿直接回复。不需要邮件提醒时，可在“我的设置”中关闭：" + baseUrl + "/settings\n";
    }
}
