package uk.beacon;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;

import javax.sql.DataSource;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.jdbc.health.DataSourceHealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

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

	/**
	 * At start, waits up to {@code beacon.database.start-wait} for a database that is not
	 * accepting connections yet ({@link DatabaseAtStart}).
	 */
	@Bean
	static DatabaseAtStart databaseAtStart(Environment environment) {
		return new DatabaseAtStart(Binder.get(environment)
			.bind("beacon.database.start-wait", Duration.class)
			.orElse(Duration.ofMinutes(2)));
	}

	/**
	 * The database as the application uses it, for readiness: the connections Beacon
	 * works with, not the owner's that the embedded database keeps for migrations alone,
	 * so that a load balancer asking while the database is down hears within one
	 * connection timeout.
	 */
	@Bean
	HealthIndicator dbHealthIndicator(DataSource dataSource) {
		return new DataSourceHealthIndicator(dataSource);
	}

}
