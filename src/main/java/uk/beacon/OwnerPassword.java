package uk.beacon;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The password of the embedded database's owner, the PostgreSQL superuser that runs the
 * migrations. It is generated once and kept in a file beside the database's own
 * directory, readable and writable by Beacon's user alone, so that another user of the
 * machine cannot connect as the owner and switch off the audit trail's trigger.
 */
final class OwnerPassword {

	static final String FILE_NAME = "postgres-owner-password";

	private static final Logger log = LoggerFactory.getLogger(OwnerPassword.class);

	private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

	private static final SecureRandom random = new SecureRandom();

	private OwnerPassword() {
	}

	/**
	 * The password kept in {@code file}, generated and written there when the file does
	 * not exist yet. A file that others may read is made the owner's alone.
	 */
	static String readOrCreate(Path file) throws IOException {
		if (Files.notExists(file)) {
			create(file);
		}
		else if (isPosix(file) && !Files.getPosixFilePermissions(file).equals(OWNER_ONLY)) {
			log.warn("{} could be read by others; it is now readable by its owner alone", file);
			Files.setPosixFilePermissions(file, OWNER_ONLY);
		}
		String password = Files.readString(file).strip();
		if (password.isEmpty()) {
			throw new IllegalStateException(
					file + " is empty. Restore it from the backup of " + file.getParent() + " and start Beacon again.");
		}
		return password;
	}

	private static void create(Path file) throws IOException {
		byte[] secret = new byte[32];
		random.nextBytes(secret);
		String password = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
		// written whole under another name first, so that a crash never leaves half a
		// password
		Path written = Files.createTempFile(file.getParent(), FILE_NAME, ".new");
		Files.writeString(written, password + "\n");
		if (isPosix(written)) {
			Files.setPosixFilePermissions(written, OWNER_ONLY);
		}
		Files.move(written, file, StandardCopyOption.ATOMIC_MOVE);
	}

	private static boolean isPosix(Path file) {
		return file.getFileSystem().supportedFileAttributeViews().contains("posix");
	}

}
