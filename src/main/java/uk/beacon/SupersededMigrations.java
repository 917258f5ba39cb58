package uk.beacon;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.callback.BaseCallback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.flywaydb.core.api.configuration.Configuration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Lets a database migrated with a committed migration that was later edited pass Flyway's
 * validation, for the one known edit only. Migrations are never edited once committed
 * (docs/migrations.md), but V11 was: a database migrated with its first version records
 * that version's checksum, and Flyway would refuse to start on it. Before Flyway
 * validates, the recorded checksum of V11 is replaced by the current one when, and only
 * when, it is exactly the first version's. V12 then removes what the first version did
 * and the second does not, so old and new databases end up the same. Any other mismatch
 * still fails validation, as it should.
 */
@Component
class SupersededMigrations extends BaseCallback {

	private static final Logger log = LoggerFactory.getLogger(SupersededMigrations.class);

	/**
	 * A committed version of a migration that was replaced in place.
	 *
	 * @param version the migration's version
	 * @param supersededChecksum Flyway's checksum of the version first committed
	 * @param currentChecksum Flyway's checksum of the file as it is now
	 * @param story which commits, for the log and the reader
	 */
	record Superseded(String version, int supersededChecksum, int currentChecksum, String story) {
	}

	/**
	 * Every known edit of a committed migration. Never add to this list: add a migration.
	 */
	static final List<Superseded> KNOWN = List.of(new Superseded("11", -279694485, 439048326,
			"V11 as committed in f299e96 and changed in a592d74 to leave out reporting_cycle, data_request, "
					+ "report_narrative and published_report; V12 drops their triggers"));

	@Override
	public boolean supports(Event event, Context context) {
		return event == Event.BEFORE_VALIDATE;
	}

	@Override
	public boolean canHandleInTransaction(Event event, Context context) {
		return true;
	}

	@Override
	public void handle(Event event, Context context) {
		String table = table(context.getConfiguration());
		Connection connection = context.getConnection();
		try {
			if (!exists(connection, table)) {
				return;
			}
			for (Superseded superseded : KNOWN) {
				try (PreparedStatement update = connection.prepareStatement(
						"update " + table + " set checksum = ? where version = ? and checksum = ? and success")) {
					update.setInt(1, superseded.currentChecksum());
					update.setString(2, superseded.version());
					update.setInt(3, superseded.supersededChecksum());
					if (update.executeUpdate() > 0) {
						log.warn("Accepted the superseded checksum of migration V{} ({})", superseded.version(),
								superseded.story());
					}
				}
			}
		}
		catch (SQLException ex) {
			throw new FlywayException("Could not check the schema history for superseded migrations", ex);
		}
	}

	@Override
	public String getCallbackName() {
		return "superseded migrations";
	}

	/** The schema history table, in the schema Flyway keeps it in. */
	private static String table(Configuration configuration) {
		String schema = (configuration.getDefaultSchema() != null) ? configuration.getDefaultSchema()
				: (configuration.getSchemas().length > 0) ? configuration.getSchemas()[0] : null;
		return ((schema != null) ? quoted(schema) + "." : "") + quoted(configuration.getTable());
	}

	private static boolean exists(Connection connection, String table) throws SQLException {
		try (PreparedStatement query = connection.prepareStatement("select to_regclass(?) is not null")) {
			query.setString(1, table);
			try (ResultSet result = query.executeQuery()) {
				return result.next() && result.getBoolean(1);
			}
		}
	}

	private static String quoted(String identifier) {
		return "\"" + identifier.replace("\"", "\"\"") + "\"";
	}

}
