package uk.beacon;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.flywaydb.core.internal.resolver.ChecksumCalculator;
import org.flywaydb.core.internal.resource.StringResource;
import org.junit.jupiter.api.Test;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Migrations are append-only (docs/migrations.md): every committed migration is pinned in
 * {@code src/test/resources/db/migration-checksums.txt} by Flyway's own checksum, the one
 * a database records when it runs the migration and compares on every start. Editing a
 * committed migration, deleting one, or adding one without its line fails here, before it
 * can fail on a council's database.
 */
class MigrationChecksumsTest {

	static final String PINNED = "src/test/resources/db/migration-checksums.txt";

	private static final Pattern NAME = Pattern.compile("V(\\d+)__\\w+\\.sql");

	@Test
	void everyMigrationIsPinnedAndNoCommittedMigrationHasChanged() throws IOException {
		assertThat(problems(pinned(), migrations())).as("migrations against " + PINNED).isEmpty();
	}

	@Test
	void anEditedMigrationIsRefusedWithTheRule() {
		assertThat(problems(Map.of("V1__model.sql", 1, "V2__risks.sql", 2),
				Map.of("V1__model.sql", 1, "V2__risks.sql", 3)))
			.singleElement()
			.asString()
			.contains("V2__risks.sql has changed since it was committed")
			.contains("never edit a committed migration; add the next number (V3)");
	}

	@Test
	void aNewMigrationWithoutItsLineSaysWhichLineToAdd() {
		assertThat(problems(Map.of("V1__model.sql", 1), Map.of("V1__model.sql", 1, "V2__risks.sql", 42)))
			.singleElement()
			.asString()
			.contains("V2__risks.sql is not pinned")
			.contains("add this line to " + PINNED + ": V2__risks.sql 42");
	}

	@Test
	void aNewMigrationNumberedBelowTheLastCommittedOneIsRefused() {
		assertThat(problems(Map.of("V1__model.sql", 1, "V9__indexes.sql", 9),
				Map.of("V1__model.sql", 1, "V7__late.sql", 7, "V9__indexes.sql", 9)))
			.singleElement()
			.asString()
			.contains("V7__late.sql is numbered below V9")
			.contains("rename it V10__late.sql");
	}

	@Test
	void aDeletedOrRenamedMigrationIsRefused() {
		assertThat(problems(Map.of("V1__model.sql", 1, "V2__risks.sql", 2), Map.of("V1__model.sql", 1))).singleElement()
			.asString()
			.contains("V2__risks.sql was committed and is gone");
	}

	@Test
	void aMigrationNamedOtherwiseIsRefused() {
		assertThat(problems(Map.of(), Map.of("V1.1__model.sql", 1))).singleElement()
			.asString()
			.contains("V1.1__model.sql")
			.contains("V<number>__<what_it_does>.sql");
	}

	@Test
	void theSupersededChecksumIsFlywaysChecksumOfV11AsFirstCommitted() throws IOException {
		SupersededMigrations.Superseded v11 = SupersededMigrations.KNOWN.get(0);
		assertThat(
				checksum(new ClassPathResource("db/v11-as-first-committed/V11__data_version_of_everything_shown.sql")))
			.isEqualTo(v11.supersededChecksum());
		assertThat(pinned()).containsEntry("V11__data_version_of_everything_shown.sql", v11.currentChecksum());
	}

	/** What is wrong with the migrations found, against those pinned, in words. */
	static List<String> problems(Map<String, Integer> pinned, Map<String, Integer> found) {
		List<String> problems = new ArrayList<>();
		int last = pinned.keySet().stream().mapToInt(MigrationChecksumsTest::version).max().orElse(0);
		int next = Math.max(last, found.keySet().stream().mapToInt(MigrationChecksumsTest::version).max().orElse(0))
				+ 1;
		for (Map.Entry<String, Integer> migration : new TreeMap<>(found).entrySet()) {
			String name = migration.getKey();
			Integer committed = pinned.get(name);
			if (!NAME.matcher(name).matches()) {
				problems.add(name + " is not named as Beacon's migrations are: V<number>__<what_it_does>.sql, "
						+ "with the next whole number (V" + next + ")");
			}
			else if (committed == null && version(name) <= last) {
				problems.add(name + " is numbered below V" + last + ", the last committed migration: a database "
						+ "already at V" + last + " would refuse to start. Add the next number instead: rename it V"
						+ next + name.substring(name.indexOf("__")));
			}
			else if (committed == null) {
				problems.add(name + " is not pinned: once it is ready to commit, add this line to " + PINNED + ": "
						+ name + " " + migration.getValue());
			}
			else if (!committed.equals(migration.getValue())) {
				problems.add(name + " has changed since it was committed (Flyway checksum " + migration.getValue()
						+ ", committed " + committed + "). Databases that ran it will refuse to start: "
						+ "never edit a committed migration; add the next number (V" + next + ") with the change, "
						+ "and put the committed file back as it was. See docs/migrations.md.");
			}
		}
		for (String name : new TreeMap<>(pinned).keySet()) {
			if (!found.containsKey(name)) {
				problems.add(name + " was committed and is gone: databases that ran it will refuse to start. "
						+ "Never delete or rename a committed migration; add the next number (V" + next + ") instead.");
			}
		}
		return problems;
	}

	private static int version(String name) {
		Matcher version = Pattern.compile("V(\\d+)__").matcher(name);
		return version.lookingAt() ? Integer.parseInt(version.group(1)) : 0;
	}

	/** The pinned checksums: "name checksum" a line, # for comments. */
	static Map<String, Integer> pinned() throws IOException {
		Map<String, Integer> pinned = new TreeMap<>();
		try (InputStream in = new ClassPathResource("db/migration-checksums.txt").getInputStream()) {
			for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
				String text = line.strip();
				if (!text.isEmpty() && !text.startsWith("#")) {
					String[] parts = text.split("\\s+");
					pinned.put(parts[0], Integer.parseInt(parts[1]));
				}
			}
		}
		return pinned;
	}

	/** Every versioned migration Beacon ships, with Flyway's checksum of it. */
	static Map<String, Integer> migrations() throws IOException {
		Map<String, Integer> found = new TreeMap<>();
		for (Resource resource : new PathMatchingResourcePatternResolver()
			.getResources("classpath*:db/migration/V*.sql")) {
			found.put(resource.getFilename(), checksum(resource));
		}
		return found;
	}

	/** Flyway's checksum, as it is recorded in flyway_schema_history. */
	static int checksum(Resource resource) throws IOException {
		try (InputStream in = resource.getInputStream()) {
			return ChecksumCalculator
				.calculate(new StringResource(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
		}
	}

}
