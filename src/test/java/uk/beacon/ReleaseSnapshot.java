package uk.beacon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * The data of a database that a released Beacon made and used, kept as a test resource so
 * that a test can rebuild that database and upgrade it ({@code UpgradeIntegrationTest}):
 * every table's rows in PostgreSQL's COPY text format, every sequence's value, and
 * Flyway's history as that release recorded it, with the checksums it computed then. The
 * schema is not in the file: the release's own migrations make it again, unchanged since
 * (MigrationChecksumsTest). Sessions are left out; they have expired by the time anyone
 * reads the file.
 * <p>
 * {@link #main} writes a snapshot of a running release's database (docs/migrations.md,
 * "Upgrades").
 */
final class ReleaseSnapshot {

	private static final List<String> LEFT_OUT = List.of("spring_session", "spring_session_attributes");

	private ReleaseSnapshot() {
	}

	/**
	 * Writes the snapshot of the database at {@code args[0]} (a JDBC URL; user and
	 * password in {@code args[1]} and {@code args[2]}) to the gzipped file
	 * {@code args[3]}, with {@code args[4]} as its first line (which release it is).
	 */
	public static void main(String[] args) throws Exception {
		try (Connection connection = DriverManager.getConnection(args[0], args[1], args[2]);
				OutputStream file = new GZIPOutputStream(Files.newOutputStream(Path.of(args[3])));
				Writer out = new OutputStreamWriter(file, StandardCharsets.UTF_8)) {
			out.write("# " + args[4] + "\n");
			write(connection, out);
		}
	}

	/**
	 * Writes the version the database was migrated to, every table's rows but the
	 * sessions', then every sequence's value.
	 */
	static void write(Connection connection, Writer out) throws SQLException, IOException {
		try (Statement statement = connection.createStatement();
				ResultSet version = statement.executeQuery(
						"select max(version::int) from flyway_schema_history where success and version is not null")) {
			version.next();
			out.write("version " + version.getInt(1) + "\n");
		}
		CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
		for (Map.Entry<String, List<String>> table : tables(connection).entrySet()) {
			if (LEFT_OUT.contains(table.getKey())) {
				continue;
			}
			String columns = String.join(", ", table.getValue());
			out.write("table " + table.getKey() + " (" + columns + ")\n");
			StringWriter rows = new StringWriter();
			copy.copyOut("copy (select " + columns + " from " + table.getKey() + " order by 1) to stdout", rows);
			out.write(rows.toString());
			out.write("\\.\n");
		}
		try (Statement statement = connection.createStatement(); ResultSet sequences = statement.executeQuery("""
				select sequencename, last_value from pg_sequences
				where schemaname = current_schema() and last_value is not null order by 1""")) {
			while (sequences.next()) {
				out.write("sequence " + sequences.getString(1) + " " + sequences.getLong(2) + "\n");
			}
		}
	}

	/** The version of Beacon's migrations the snapshot was taken at. */
	static String version(InputStream gzipped) throws IOException {
		try (BufferedReader in = new BufferedReader(
				new InputStreamReader(new GZIPInputStream(gzipped), StandardCharsets.UTF_8))) {
			for (String line = in.readLine(); line != null; line = in.readLine()) {
				if (line.startsWith("version ")) {
					return line.substring("version ".length());
				}
			}
		}
		throw new IllegalArgumentException("The snapshot does not say its version");
	}

	/**
	 * Replaces the rows of a database migrated to the snapshot's version with the
	 * snapshot's, Flyway's history included, and sets its sequences on from there.
	 * Foreign keys and triggers wait until every table is in (a superuser's session).
	 * @return the tables read, with how many rows each
	 */
	static Map<String, Long> read(Connection connection, InputStream gzipped) throws SQLException, IOException {
		Map<String, Long> counts = new LinkedHashMap<>();
		CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
		boolean autoCommit = connection.getAutoCommit();
		connection.setAutoCommit(false);
		try (BufferedReader in = new BufferedReader(
				new InputStreamReader(new GZIPInputStream(gzipped), StandardCharsets.UTF_8));
				Statement statement = connection.createStatement()) {
			statement.execute("set local session_replication_role = replica");
			statement.execute("truncate " + String.join(", ", tables(connection).keySet()));
			for (String line = in.readLine(); line != null; line = in.readLine()) {
				if (line.startsWith("table ")) {
					String table = line.substring("table ".length());
					List<String> rows = new ArrayList<>();
					for (String row = in.readLine(); !"\\.".equals(row); row = in.readLine()) {
						rows.add(row);
					}
					copy.copyIn("copy " + table + " from stdin",
							new StringReader(rows.isEmpty() ? "" : String.join("\n", rows) + "\n"));
					counts.put(table.substring(0, table.indexOf(' ')), (long) rows.size());
				}
				else if (line.startsWith("sequence ")) {
					String[] sequence = line.split(" ");
					try (PreparedStatement setval = connection.prepareStatement("select setval(?, ?)")) {
						setval.setString(1, sequence[1]);
						setval.setLong(2, Long.parseLong(sequence[2]));
						setval.execute();
					}
				}
			}
			connection.commit();
		}
		catch (SQLException | IOException | RuntimeException ex) {
			connection.rollback();
			throw ex;
		}
		finally {
			connection.setAutoCommit(autoCommit);
		}
		return counts;
	}

	/** The schema's tables, each with its columns in order. */
	private static Map<String, List<String>> tables(Connection connection) throws SQLException {
		Map<String, List<String>> tables = new LinkedHashMap<>();
		try (Statement statement = connection.createStatement(); ResultSet columns = statement.executeQuery("""
				select c.table_name, c.column_name
				from information_schema.columns c
				join information_schema.tables t
				  on t.table_schema = c.table_schema and t.table_name = c.table_name
				where c.table_schema = current_schema() and t.table_type = 'BASE TABLE'
				  and c.is_generated = 'NEVER'
				order by c.table_name, c.ordinal_position""")) {
			while (columns.next()) {
				tables.computeIfAbsent(columns.getString(1), t -> new ArrayList<>()).add(columns.getString(2));
			}
		}
		return tables;
	}

}
