package uk.beacon.identity.web;

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

}
