package uk.beacon;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole application on a real port with its own embedded PostgreSQL and the demo
 * data, sending mail to GreenMail ({@link TestMail}), its morning jobs run by the tests
 * rather than the clock. Every test class with this annotation shares one application
 * context, so PostgreSQL starts once. The administrator's password is
 * {@link TestUsers#ADMIN_PASSWORD}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "beacon.data-dir=target/test-data/${random.uuid}", "beacon.demo-data.enabled=true",
				"beacon.admin-password=" + TestUsers.ADMIN_PASSWORD,
				"beacon.security.sign-in-attempts-per-minute=100000", "beacon.base-url=http://beacon.test",
				// the morning's reminders are run by the tests that test them; left to
				// the clock, they would run at 07:00 and 07:15 in the middle of a test
				// and hold the job's lock for a minute, so the test's own run did nothing
				"beacon.collection.reminder-cron=-", "beacon.risks.review-reminder-cron=-" })
@ContextConfiguration(initializers = TestMail.class)
public @interface BeaconIntegrationTest {

}
