package uk.beacon;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Application-wide beans that belong to no one module.
 */
@Configuration(proxyBeanMethods = false)
class BeaconConfiguration {

	/**
	 * "Today", "overdue" and "in the last 12 months" are judged against this clock, in
	 * the council's time zone ({@code beacon.time-zone}, Europe/London unless set)
	 * whatever the host's: a review made just after midnight in London in British Summer
	 * Time is made that day, not the day before. Tests may fix it.
	 */
	@Bean
	Clock clock(@Value("${beacon.time-zone:Europe/London}") String zone) {
		return Clock.system(ZoneId.of(zone));
	}

}
