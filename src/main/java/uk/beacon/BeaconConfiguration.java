package uk.beacon;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Application-wide beans that belong to no one module.
 */
@Configuration(proxyBeanMethods = false)
class BeaconConfiguration {

	/**
	 * "Overdue" and "in the last 12 months" are judged against this clock; tests may fix
	 * it.
	 */
	@Bean
	Clock clock() {
		return Clock.systemDefaultZone();
	}

}
