package uk.beacon.dashboard;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.springframework.context.ApplicationContext;

import uk.beacon.TestUsers;
import uk.beacon.imports.CsvImport;
import uk.beacon.imports.ImportFile;
import uk.beacon.organisation.OrganisationUnits;

/**
 * A council of its own whose lists are longer than a page, for the tests of paging:
 * Paging County Council ({@code PGC}) with two directorates and 250 indicators
 * ({@code PGC-0001} to {@code PGC-0250}, "Paged indicator 0001" and on), the odd ones in
 * Children's Services ({@code PGC-D2}) reported in Q1 and Q3 2025/26 (Q2 missing: a flag
 * of data to check each), the even ones in Adult Services ({@code PGC-D1}) in Q1 and Q2.
 */
public final class PagingCouncil {

	public static final int INDICATORS = 250;

	private PagingCouncil() {
	}

	/** Imports the council, once. */
	public static void load(ApplicationContext context) {
		if (context.getBean(OrganisationUnits.class).findByCode("PGC").isPresent()) {
			return;
		}
		StringBuilder indicators = new StringBuilder("code,title,organisation_code,unit,polarity,frequency\n");
		StringBuilder figures = new StringBuilder("indicator_code,data_period,reporting_period,value\n");
		for (int i = 1; i <= INDICATORS; i++) {
			String code = code(i);
			indicators.append(code)
				.append(",Paged indicator ")
				.append(code.substring(4))
				.append(",PGC-D")
				.append(1 + i % 2)
				.append(",number,higher_is_better,quarterly\n");
			figures.append(code).append(",Q1 2025/26,Q1 2025/26,").append(10 + i % 7).append('\n');
			figures.append(code)
				.append((i % 2 == 1) ? ",Q3 2025/26,Q3 2025/26," : ",Q2 2025/26,Q2 2025/26,")
				.append(11 + i % 5)
				.append('\n');
		}
		context.getBean(CsvImport.class)
			.run(List.of(file("organisation.csv", """
					code,name,kind,parent_code
					PGC,Paging County Council,council,
					PGC-D1,Paging Adult Services,directorate,PGC
					PGC-D2,Paging Children's Services,directorate,PGC
					"""), file("indicators.csv", indicators.toString()), file("measurements.csv", figures.toString())),
					TestUsers.SYSTEM);
	}

	/** The code of the i-th indicator, from 1. */
	public static String code(int i) {
		return String.format("PGC-%04d", i);
	}

	private static ImportFile file(String name, String content) {
		return new ImportFile(name, content.getBytes(StandardCharsets.UTF_8));
	}

}
