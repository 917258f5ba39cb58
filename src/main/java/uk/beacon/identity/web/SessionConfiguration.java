package uk.beacon.identity.web;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.jdbc.config.annotation.web.http.EnableJdbcHttpSession;

/**
 * Sessions live in the database (tables from {@code V5__people_and_collection.sql}), so
 * that several instances behind a load balancer serve one council and a restart signs no
 * one out.
 */
@Configuration(proxyBeanMethods = false)
@EnableJdbcHttpSession(maxInactiveIntervalInSeconds = 8 * 60 * 60)
class SessionConfiguration {

	/** The session tables come from a migration, so sessions wait for Flyway. */
	@Bean
	static BeanFactoryPostProcessor sessionsAfterMigrations() {
		return beans -> {
			if (beans.containsBeanDefinition("sessionRepository")
					&& beans.containsBeanDefinition("flywayInitializer")) {
				beans.getBeanDefinition("sessionRepository").setDependsOn("flywayInitializer");
			}
		};
	}

}
