package uk.beacon;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Component;

/**
 * Beacon as the step that upgrades the database, run with the owner's credentials before
 * the instances start ({@code --beacon.migrate-only=true}, with {@code --server.port=0
 * --server.address=127.0.0.1} so that it serves nobody meanwhile): Flyway migrates, the
 * first administrator and any demo data are made, and Beacon stops. The instances then
 * run with the application's role alone and {@code spring.flyway.enabled=false}, so that
 * no running instance holds the owner's password (docs/operations.md).
 */
@Component
@ConditionalOnBooleanProperty("beacon.migrate-only")
class MigrateOnly implements ApplicationListener<ApplicationReadyEvent> {

	private static final Logger log = LoggerFactory.getLogger(MigrateOnly.class);

	/** Once every start-up runner (the first administrator, the demo data) is done. */
	@Override
	public void onApplicationEvent(ApplicationReadyEvent event) {
		log.info("The database is migrated and set up; Beacon stops here (beacon.migrate-only)");
		event.getApplicationContext().close();
	}

}
