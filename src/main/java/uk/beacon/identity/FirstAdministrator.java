package uk.beacon.identity;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * No default passwords: at the first start, when no administrator exists, creates the
 * account {@code admin} with the password in {@code BEACON_ADMIN_PASSWORD}, or, when that
 * is unset, a generated one printed once to the log.
 */
@Component
@Order(0)
class FirstAdministrator implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

	private final Accounts accounts;

	private final AccountManagement management;

	private final JdbcClient jdbc;

	private final TransactionTemplate transaction;

	private final String password;

	FirstAdministrator(Accounts accounts, AccountManagement management, JdbcClient jdbc,
			TransactionTemplate transaction, @Value("${beacon.admin-password:}") String password) {
		this.accounts = accounts;
		this.management = management;
		this.jdbc = jdbc;
		this.transaction = transaction;
		this.password = password;
	}

	@Override
	public void run(ApplicationArguments args) {
		this.transaction.executeWithoutResult(status -> {
			// Several instances may start at once: only one creates the administrator.
			this.jdbc.sql("select pg_advisory_xact_lock(4218)").query(Object.class).single();
			if (this.accounts.anyAdministrator() || this.accounts.findByUsername("admin").isPresent()) {
				return;
			}
			boolean generated = this.password.isBlank();
			String chosen = generated ? PasswordPolicy.generate() : this.password;
			PasswordPolicy.problem("admin", chosen).ifPresent(problem -> {
				throw new IllegalStateException("BEACON_ADMIN_PASSWORD is not acceptable: " + problem);
			});
			this.management.createAdministrator("admin", chosen);
			if (generated) {
				log.warn("""

						Created the first administrator account. Sign in at /sign-in with
						    username: admin
						    password: {}
						This password is printed once; change it under "Your account" after signing in,
						or set BEACON_ADMIN_PASSWORD before the first start.
						""", chosen);
			}
			else {
				log.info("Created the first administrator account 'admin' with the password in BEACON_ADMIN_PASSWORD");
			}
		});
	}

}
