package uk.beacon.risk;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import uk.beacon.BeaconIntegrationTest;
import uk.beacon.SignedIn;
import uk.beacon.TestUsers;
import uk.beacon.access.Role;
import uk.beacon.imports.CsvImport;
import uk.beacon.imports.ImportFile;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The register page's choices of level and category are those of the register shown, so
 * one directorate's register costs the same however many risks the others hold, and a
 * choice the register lacks still shows what the list is narrowed by.
 */
@BeaconIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RiskRegisterChoicesIntegrationTest {

	private static final Pattern SELECT = Pattern.compile("<select[^>]*name=\"(\\w+)\"[^>]*>(.*?)</select>",
			Pattern.DOTALL);

	private static final Pattern OPTION = Pattern.compile("<option value=\"([^\"]*)\"( selected=\"selected\")?");

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	CsvImport csvImport;

	@BeforeAll
	void council() {
		this.csvImport.run(List.of(file("organisation.csv", """
				code,name,kind,parent_code
				CH1,Choices Council,council,
				CH1-A,Choices Adults,directorate,CH1
				CH1-C,Choices Children,directorate,CH1
				"""), file("risk-registers.csv", """
				code,name,kind,organisation_code,escalates_to
				CH1-CRR,Choices corporate register,corporate,CH1,
				CH1-ARR,Choices adults register,directorate,CH1-A,CH1-CRR
				CH1-CHR,Choices children register,directorate,CH1-C,CH1-CRR
				"""), file("risks.csv", """
				reference,register_code,kind,title,category
				CH1-1,CH1-CRR,risk,Savings not delivered,Financial
				CH1-2,CH1-ARR,risk,Care market fails,Market
				CH1-3,CH1-ARR,risk,Too few carers,People
				CH1-4,CH1-CHR,risk,Placements cost more,Financial
				"""), file("risk-assessments.csv", """
				reference,assessed_on,reporting_period,current_impact,current_likelihood
				CH1-2,30/09/2019,Q2 2019/20,5,5
				CH1-3,30/09/2019,Q2 2019/20,1,1
				""")), TestUsers.SYSTEM);
		TestUsers.ensure(this.context, "ch1-risk", "ch1-risk@test.example", Role.RISK_MANAGER, "CH1");
	}

	@Test
	void aRegistersChoicesAreItsOwnCategoriesAndLevels() {
		String adults = page("/risks?register=CH1-ARR");
		assertThat(options(adults, "category")).containsExactly("", "Market", "People");
		assertThat(options(adults, "level")).containsExactly("", "Green", "Red");
		String children = page("/risks?register=CH1-CHR");
		assertThat(options(children, "category")).containsExactly("", "Financial");
		assertThat(options(children, "level")).containsExactly("", "Not assessed");
	}

	@Test
	void everyRegistersChoicesWhenNoneIsChosen() {
		String all = page("/risks");
		assertThat(options(all, "category")).contains("", "Financial", "Market", "People");
		assertThat(options(all, "level")).contains("", "Green", "Red", "Not assessed");
	}

	@Test
	void aChoiceTheRegisterLacksStaysChosenAndListsNothing() {
		String narrowed = page("/risks?register=CH1-CHR&category=Market");
		assertThat(options(narrowed, "category")).containsExactly("", "Financial", "Market");
		assertThat(selected(narrowed, "category")).isEqualTo("Market");
		assertThat(narrowed).doesNotContain("CH1-4").doesNotContain("CH1-2");
		assertThat(selected(page("/risks?register=CH1-ARR&category=Market"), "category")).isEqualTo("Market");
		// the filter ignores case, and so does the choice it shows
		String lower = page("/risks?register=CH1-ARR&category=market");
		assertThat(options(lower, "category")).containsExactly("", "Market", "People");
		assertThat(selected(lower, "category")).isEqualTo("Market");
	}

	private String page(String path) {
		var response = SignedIn.as(this.port, "ch1-risk", TestUsers.PASSWORD).get(path);
		assertThat(response.statusCode()).as(path).isEqualTo(200);
		return response.body();
	}

	private static List<String> options(String page, String select) {
		return OPTION.matcher(body(page, select)).results().map(m -> m.group(1)).toList();
	}

	private static String selected(String page, String select) {
		return OPTION.matcher(body(page, select))
			.results()
			.filter(m -> m.group(2) != null)
			.map(m -> m.group(1))
			.findFirst()
			.orElse(null);
	}

	private static String body(String page, String select) {
		Matcher matcher = SELECT.matcher(page);
		while (matcher.find()) {
			if (matcher.group(1).equals(select)) {
				return matcher.group(2);
			}
		}
		throw new AssertionError("No select named " + select);
	}

	private static ImportFile file(String name, String content) {
		return new ImportFile(name, content.getBytes(StandardCharsets.UTF_8));
	}

}
