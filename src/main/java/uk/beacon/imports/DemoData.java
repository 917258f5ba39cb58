package uk.beacon.imports;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.convert.support.DefaultConversionService;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import uk.beacon.access.Actor;

/**
 * Loads the bundled council reports through the ordinary import on the first start of an
 * empty database, so that a newcomer sees real scorecards at once. Only into Beacon's own
 * embedded database unless {@code beacon.demo-data.enabled} says otherwise: a council's
 * own PostgreSQL, and the {@code production} profile, get none unless asked, since demo
 * councils in production cannot be taken out again without trace (their audit trail
 * stays).
 */
@Component
class DemoData implements ApplicationRunner {

	/** The councils bundled under {@code classpath:demo/}, loaded in this order. */
	static final List<String> DATA_SETS = List.of("worcestershire", "lancashire");

	private static final Logger log = LoggerFactory.getLogger(DemoData.class);

	private final CsvImport csvImport;

	private final JdbcClient jdbc;

	private final TransactionTemplate transaction;

	private final boolean enabled;

	DemoData(CsvImport csvImport, JdbcClient jdbc, TransactionTemplate transaction,
			@Value("${beacon.demo-data.enabled:}") String enabled,
			@Value("${spring.datasource.url:}") String externalDatabase) {
		this.csvImport = csvImport;
		this.jdbc = jdbc;
		this.transaction = transaction;
		this.enabled = wanted(enabled, externalDatabase);
	}

	/**
	 * Whether to load the demo data: as {@code beacon.demo-data.enabled} says, or, when
	 * it is not set, only when there is no external database (so into the embedded one).
	 */
	static boolean wanted(String setting, String externalDatabase) {
		if (setting == null || setting.isBlank()) {
			return externalDatabase == null || externalDatabase.isBlank();
		}
		Boolean wanted = DefaultConversionService.getSharedInstance().convert(setting.strip(), Boolean.class);
		return Boolean.TRUE.equals(wanted);
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!this.enabled) {
			return;
		}
		this.transaction.executeWithoutResult(status -> {
			// several instances may start together on one database: only the first loads
			this.jdbc.sql("select pg_advisory_xact_lock(4242001)").query(Object.class).single();
			boolean empty = this.jdbc.sql("select not exists (select 1 from indicator)").query(Boolean.class).single();
			if (!empty) {
				return;
			}
			for (String dataSet : DATA_SETS) {
				ImportSummary summary = this.csvImport.run(files(dataSet), Actor.system("Beacon demo data loader"));
				log.info("Loaded demo data set {}: {}", dataSet, summary.describe());
			}
		});
	}

	static List<ImportFile> files(String dataSet) {
		List<ImportFile> files = new ArrayList<>();
		try {
			Resource[] resources = new PathMatchingResourcePatternResolver()
				.getResources("classpath:demo/" + dataSet + "/*.csv");
			for (Resource resource : resources) {
				try (InputStream in = resource.getInputStream()) {
					files.add(new ImportFile(resource.getFilename(), in.readAllBytes()));
				}
			}
		}
		catch (IOException ex) {
			throw new IllegalStateException("The bundled demo data " + dataSet + " cannot be read", ex);
		}
		if (files.isEmpty()) {
			throw new IllegalStateException("The bundled demo data " + dataSet + " is missing");
		}
		return files;
	}

}
