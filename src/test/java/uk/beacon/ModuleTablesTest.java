package uk.beacon;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every table belongs to one module, and only that module's code writes it: a write
 * around a module's service would have to write its tables from elsewhere, and this test
 * names the file, the statement and the owner. Reads across modules are allowed (reports
 * join what many modules hold). Tables written only by the database's own triggers (the
 * history of replaced figures, versions of definitions) belong to the module whose table
 * fires them.
 */
class ModuleTablesTest {

	/** Which module owns each table; a new table must be given an owner here. */
	private static final Map<String, String> OWNERS = new TreeMap<>(Map.ofEntries(
			Map.entry("organisation_unit", "organisation"), Map.entry("indicator", "indicator"),
			Map.entry("indicator_version", "indicator"), Map.entry("target", "indicator"),
			Map.entry("indicator_earlier_definition", "indicator"), Map.entry("measurement", "indicator"),
			Map.entry("measurement_history", "indicator"), Map.entry("benchmark", "indicator"),
			Map.entry("comparator_group", "indicator"), Map.entry("comparator_value", "indicator"),
			Map.entry("council_rag_rule", "indicator"), Map.entry("scorecard", "scorecard"),
			Map.entry("scorecard_section", "scorecard"), Map.entry("scorecard_indicator", "scorecard"),
			Map.entry("risk_register", "risk"), Map.entry("risk", "risk"), Map.entry("risk_assessment", "risk"),
			Map.entry("risk_control", "risk"), Map.entry("risk_action", "risk"), Map.entry("risk_link", "risk"),
			Map.entry("risk_matrix", "risk"), Map.entry("risk_appetite", "risk"), Map.entry("risk_review_mail", "risk"),
			Map.entry("risk_band", "risk"), Map.entry("risk_register_move", "risk"), Map.entry("risk_area", "risk"),
			Map.entry("report_narrative", "reporting"), Map.entry("published_report", "reporting"),
			Map.entry("reporting_cycle", "collection"), Map.entry("data_request", "collection"),
			Map.entry("shedlock", "collection"), Map.entry("app_user", "identity"), Map.entry("role_grant", "identity"),
			Map.entry("api_token", "identity"), Map.entry("known_sign_in_client", "identity"),
			Map.entry("import_upload", "imports"), Map.entry("import_upload_file", "imports"),
			Map.entry("spring_session", "identity"), Map.entry("spring_session_attributes", "identity"),
			Map.entry("audit_event", "audit"), Map.entry("data_change", "changes"),
			Map.entry("data_change_total", "changes"), Map.entry("data_change_table", "changes"),
			Map.entry("data_change_table_total", "changes"), Map.entry("data_change_indicator", "changes"),
			Map.entry("data_change_indicator_horizon", "changes"), Map.entry("data_change_epoch", "changes"),
			Map.entry("owner_mail_outbox", "collection")));

	private static final Path SOURCES = Path.of("src/main/java/uk/beacon");

	private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");

	private static final Pattern WRITE = Pattern
		.compile("\\b(insert\\s+into|update|delete\\s+from|truncate(?:\\s+table)?|copy)\\s+([a-z_][a-z0-9_]*)");

	private static final Pattern CREATE_TABLE = Pattern
		.compile("create\\s+table\\s+(?:if\\s+not\\s+exists\\s+)?([a-z_][a-z0-9_]*)");

	@Test
	void everyTableHasAnOwningModule() {
		assertThat(OWNERS.keySet()).as("tables the migrations create, each with its owner here")
			.containsExactlyInAnyOrderElementsOf(tablesCreated());
	}

	@Test
	void onlyTheOwningModuleWritesATable() {
		List<String> wrong = new ArrayList<>();
		for (Path file : javaFiles()) {
			String module = SOURCES.relativize(file).getName(0).toString();
			for (Write write : writes(read(file))) {
				String owner = OWNERS.get(write.table());
				if (owner != null && !owner.equals(module)) {
					wrong.add(SOURCES.relativize(file) + " writes " + write.table() + " (\"" + write.statement()
							+ "\"), which belongs to " + owner + ": change it through " + owner
							+ "'s write service instead.");
				}
			}
		}
		assertThat(wrong).isEmpty();
	}

	@Test
	void findsWritesInStringsAndTextBlocksButNotInCommentsOrReads() {
		String source = """
				// update risk set title = 'not code'
				jdbc.sql(\"""
						insert into risk (reference) values (?)
						on conflict (reference) do update set title = excluded.title\""");
				jdbc.sql("delete from risk_link where risk_id = ?");
				jdbc.sql("select * from risk join indicator on true for update");
				""";

		assertThat(writes(source)).extracting(Write::table).containsExactly("risk", "risk_link");
	}

	record Write(String table, String statement) {
	}

	static List<Write> writes(String source) {
		List<Write> found = new ArrayList<>();
		for (String literal : literals(source)) {
			Matcher write = WRITE.matcher(literal.toLowerCase(Locale.ROOT));
			while (write.find()) {
				String table = write.group(2);
				if (OWNERS.containsKey(table)) {
					found.add(new Write(table, write.group(0).replaceAll("\\s+", " ")));
				}
			}
		}
		return found;
	}

	/**
	 * The strings and text blocks of Java source, skipping comments and character
	 * literals, which may hold quotes of their own.
	 */
	static List<String> literals(String source) {
		List<String> literals = new ArrayList<>();
		int i = 0;
		while (i < source.length()) {
			if (source.startsWith("//", i)) {
				i = end(source.indexOf('\n', i), source);
			}
			else if (source.startsWith("/*", i)) {
				i = end(source.indexOf("*/", i + 2), source) + 2;
			}
			else if (source.startsWith("\"\"\"", i)) {
				int close = end(source.indexOf("\"\"\"", i + 3), source);
				while (source.charAt(close - 1) == '\\') {
					close = end(source.indexOf("\"\"\"", close + 1), source);
				}
				literals.add(source.substring(i + 3, close));
				i = close + 3;
			}
			else if (source.charAt(i) == '"' || source.charAt(i) == '\'') {
				char quote = source.charAt(i);
				int j = i + 1;
				while (j < source.length() && source.charAt(j) != quote) {
					j += (source.charAt(j) == '\\') ? 2 : 1;
				}
				if (quote == '"') {
					literals.add(source.substring(i + 1, Math.min(j, source.length())));
				}
				i = j + 1;
			}
			else {
				i++;
			}
		}
		return literals;
	}

	private static int end(int index, String source) {
		return (index < 0) ? source.length() : index;
	}

	private static Set<String> tablesCreated() {
		Set<String> tables = new TreeSet<>();
		try (Stream<Path> files = Files.list(MIGRATIONS)) {
			files.filter(f -> f.toString().endsWith(".sql")).forEach(f -> {
				Matcher create = CREATE_TABLE.matcher(read(f).toLowerCase(Locale.ROOT));
				while (create.find()) {
					tables.add(create.group(1));
				}
			});
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return tables;
	}

	private static List<Path> javaFiles() {
		try (Stream<Path> files = Files.walk(SOURCES)) {
			// files at the top (the application, the embedded database) belong to no
			// module
			return files.filter(f -> f.toString().endsWith(".java") && SOURCES.relativize(f).getNameCount() > 1)
				.sorted()
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String read(Path file) {
		try {
			return Files.readString(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
