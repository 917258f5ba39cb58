package uk.beacon;

import java.io.IOException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Beacon's own PostgreSQL lets no one in without the owner's password, listens on the
 * loopback addresses alone, and secures a data directory an earlier Beacon made when it
 * trusted every local connection.
 */
class EmbeddedDatabaseSecurityIntegrationTest {

	private final Path dataDir = Path.of("target", "test-data", "embedded-security-" + UUID.randomUUID())
		.toAbsolutePath();

	private final List<EmbeddedPostgres> started = new ArrayList<>();

	@AfterEach
	void stopTheServers() throws IOException {
		for (EmbeddedPostgres postgres : this.started) {
			postgres.close();
		}
	}

	@Test
	void aConnectionWithoutThePasswordOrWithAWrongOneIsRefused() throws Exception {
		EmbeddedPostgres postgres = start();

		assertRefusedWithoutPassword(postgres);
		assertThatExceptionOfType(SQLException.class)
			.isThrownBy(() -> DriverManager.getConnection(url(postgres), "postgres", "not-the-password").close())
			.satisfies((refusal) -> assertThat(refusal.getSQLState()).isEqualTo("28P01"));
		try (Connection owner = DriverManager.getConnection(url(postgres), "postgres", ownerPassword())) {
			assertThat(show(owner, "is_superuser")).isEqualTo("on");
		}
	}

	@Test
	void theServerListensOnLoopbackAloneWithNoUnixSocketEvenWhenItsSettingsAskForMore() throws Exception {
		EmbeddedPostgres postgres = start();
		try (Connection owner = postgres.getPostgresDatabase().getConnection();
				Statement statement = owner.createStatement()) {
			assertThat(show(owner, "unix_socket_directories")).isEmpty();
			assertThat(show(owner, "listen_addresses")).isEqualTo("127.0.0.1,::1");
			// what anyone who once had the owner's connection could leave for the next
			// start
			statement.execute("alter system set listen_addresses = '*'");
			statement.execute("alter system set unix_socket_directories = '/tmp'");
		}
		postgres.close();

		EmbeddedPostgres restarted = start();
		try (Connection owner = restarted.getPostgresDatabase().getConnection()) {
			assertThat(show(owner, "listen_addresses")).isEqualTo("127.0.0.1,::1");
			assertThat(show(owner, "unix_socket_directories")).isEmpty();
		}
		for (InetAddress address : nonLoopbackAddresses()) {
			assertThatExceptionOfType(IOException.class).as("connecting on %s", address).isThrownBy(() -> {
				try (Socket socket = new Socket()) {
					socket.connect(new InetSocketAddress(address, restarted.getPort()), 2000);
				}
			});
		}
	}

	@Test
	void theOwnersPasswordIsKeptForTheOwnerAloneAndReusedOnRestart() throws Exception {
		EmbeddedPostgres first = start();
		Path file = this.dataDir.resolve("postgres-owner-password");
		String password = ownerPassword();
		assertThat(password).hasSizeGreaterThanOrEqualTo(32).doesNotContainAnyWhitespaces();
		assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
		first.close();

		// a copy of the data directory that let others read the file
		Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
		EmbeddedPostgres second = start();
		assertThat(ownerPassword()).isEqualTo(password);
		assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
		try (Connection owner = DriverManager.getConnection(url(second), "postgres", password)) {
			assertThat(show(owner, "is_superuser")).isEqualTo("on");
		}
		assertRefusedWithoutPassword(second);
	}

	@Test
	void aDataDirectoryFromAnEarlierBeaconThatTrustedEveryConnectionIsSecuredAndKeepsItsData() throws Exception {
		// as Beacon started its database before: initdb trusting every local connection,
		// no
		// password
		try (EmbeddedPostgres earlier = EmbeddedPostgres.builder()
			.setDataDirectory(this.dataDir.resolve("postgres"))
			.setCleanDataDirectory(false)
			.setServerConfig("timezone", "UTC")
			.start();
				Connection owner = earlier.getPostgresDatabase().getConnection();
				Statement statement = owner.createStatement()) {
			statement.execute("create table kept (note text)");
			statement.execute("insert into kept values ('written before the upgrade')");
		}
		assertThat(this.dataDir.resolve("postgres-owner-password")).doesNotExist();

		EmbeddedPostgres upgraded = start();
		assertRefusedWithoutPassword(upgraded);
		try (Connection owner = DriverManager.getConnection(url(upgraded), "postgres", ownerPassword());
				Statement statement = owner.createStatement();
				ResultSet kept = statement.executeQuery("select note from kept")) {
			assertThat(kept.next()).isTrue();
			assertThat(kept.getString(1)).isEqualTo("written before the upgrade");
		}
		assertThat(Files.readAllLines(this.dataDir.resolve("postgres").resolve("pg_hba.conf")))
			.filteredOn((line) -> !line.isBlank() && !line.startsWith("#"))
			.isNotEmpty()
			.allSatisfy((rule) -> assertThat(rule).endsWith("scram-sha-256"));
		upgraded.close();

		EmbeddedPostgres afterwards = start();
		assertRefusedWithoutPassword(afterwards);
		try (Connection owner = afterwards.getPostgresDatabase().getConnection()) {
			assertThat(show(owner, "server_version_num")).isNotEmpty();
		}
	}

	private EmbeddedPostgres start() throws IOException {
		EmbeddedPostgres postgres = new EmbeddedDatabaseConfiguration().embeddedPostgres(this.dataDir);
		this.started.add(postgres);
		return postgres;
	}

	private String ownerPassword() throws IOException {
		return Files.readString(this.dataDir.resolve("postgres-owner-password")).strip();
	}

	private static void assertRefusedWithoutPassword(EmbeddedPostgres postgres) {
		assertThatExceptionOfType(SQLException.class)
			.isThrownBy(() -> DriverManager.getConnection(url(postgres), "postgres", null).close())
			.withMessageContaining("password");
	}

	private static String url(EmbeddedPostgres postgres) {
		return "jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/postgres";
	}

	private static String show(Connection connection, String setting) throws SQLException {
		try (Statement statement = connection.createStatement();
				ResultSet value = statement.executeQuery("show " + setting)) {
			value.next();
			return value.getString(1);
		}
	}

	/** The machine's addresses that another computer could reach. */
	private static List<InetAddress> nonLoopbackAddresses() throws SocketException {
		return NetworkInterface.networkInterfaces()
			.filter((network) -> isUp(network))
			.flatMap(NetworkInterface::inetAddresses)
			.filter((address) -> !address.isLoopbackAddress() && !address.isLinkLocalAddress())
			.filter((address) -> !(address instanceof Inet6Address) || address.getHostAddress().indexOf('%') < 0)
			.toList();
	}

	private static boolean isUp(NetworkInterface network) {
		try {
			return network.isUp() && !network.isLoopback();
		}
		catch (SocketException ex) {
			return false;
		}
	}

}
