package uk.beacon;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 17: the database is upgraded by a step of its own, run with the owner's
 * credentials, so that the instances serving people need only the application's role. Run
 * so, Beacon migrates, makes the first administrator, and stops without serving.
 */
@ExtendWith(OutputCaptureExtension.class)
class MigrateOnlyIntegrationTest {

	@Test
	void theMigrationStepMigratesSetsUpAndStops(CapturedOutput output) {
		// as arguments, which outrank application.properties (properties() would only be
		// defaults, and the data would go to ./beacon-data)
		ConfigurableApplicationContext context = new SpringApplicationBuilder(BeaconApplication.class).run(
				"--beacon.migrate-only=true", "--server.port=0", "--server.address=127.0.0.1",
				"--beacon.data-dir=target/test-data/migrate-only-" + java.util.UUID.randomUUID(),
				"--beacon.demo-data.enabled=false", "--beacon.admin-password=" + TestUsers.ADMIN_PASSWORD);

		assertThat(context.isActive()).isFalse();
		// nothing scheduled runs with the owner's credentials: no reminders, no mail
		var beans = context.getBeanFactory();
		assertThat(java.util.Arrays.stream(beans.getBeanDefinitionNames())
			.map(beans::getType)
			.filter(type -> type != null && type.getName().startsWith("uk.beacon"))
			.filter(type -> java.util.Arrays.stream(type.getDeclaredMethods())
				.anyMatch(m -> m.isAnnotationPresent(org.springframework.scheduling.annotation.Scheduled.class)))
			.map(Class::getSimpleName)
			.toList()).isEmpty();
		assertThat(output).contains("Successfully validated")
			.contains("The database is migrated and set up; Beacon stops here");
	}

}
