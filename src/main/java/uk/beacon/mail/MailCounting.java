package uk.beacon.mail;

import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Puts {@link CountedMailSender} around the mail sender Spring Boot configures, so that
 * every e-mail Beacon sends is counted, by whatever part of Beacon sends it, without each
 * having to remember to.
 */
@Component
class MailCounting implements BeanPostProcessor {

	private final ObjectProvider<MeterRegistry> meters;

	MailCounting(ObjectProvider<MeterRegistry> meters) {
		this.meters = meters;
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof JavaMailSender sender && !(bean instanceof CountedMailSender)) {
			return new CountedMailSender(sender, this.meters::getIfAvailable);
		}
		return bean;
	}

}
