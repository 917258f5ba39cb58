package uk.beacon.web;

import java.util.Optional;

import org.junit.jupiter.api.Test;

import org.springframework.format.support.DefaultFormattingConversionService;
import org.springframework.format.support.FormattingConversionService;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

import uk.beacon.access.ChangeRejected;
import uk.beacon.access.NotPermitted;
import uk.beacon.access.StaleChange;
import uk.beacon.period.FinancialQuarter;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * How {@link Refusals} answers each refusal, for the API and for pages, against a
 * controller that only refuses.
 */
class RefusalsTest {

	private static final String PAGE = "http://localhost/risks/CR4?tab=manage";

	private final MockMvc mvc = MockMvcBuilders.standaloneSetup(new Refusing())
		.setControllerAdvice(new Refusals())
		.setConversionService(conversions())
		.build();

	@Test
	void theApiAnswersEachRefusalWithItsStatusAndTheReason() throws Exception {
		this.mvc.perform(post("/api/v1/things").param("refusal", "stale"))
			.andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.title").value("Someone else changed this first"))
			.andExpect(jsonPath("$.detail").value("Someone else changed CR4"));
		this.mvc.perform(post("/api/v1/things").param("refusal", "permission"))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.detail").value("You cannot change CR4"));
		this.mvc.perform(post("/api/v1/things").param("refusal", "rejected"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail").value("CR4 is closed"));
	}

	@Test
	void theApiSaysWhyAQuarterCannotBeReadAndTakesBlankAsNone() throws Exception {
		this.mvc.perform(get("/api/v1/things").param("period", "Q5 2019/20"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.title").value("The period cannot be read"))
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("Q5 2019/20")));
		this.mvc.perform(get("/api/v1/things").param("period", " "))
			.andExpect(status().isOk())
			.andExpect(content().string("none"));
		this.mvc.perform(get("/api/v1/things").param("period", "Q2 2019/20")).andExpect(content().string("Q2 2019/20"));
	}

	@Test
	void aFormFromOneOfBeaconsPagesGoesBackToItWithTheReason() throws Exception {
		this.mvc.perform(post("/things").param("refusal", "permission").header("Referer", PAGE))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/risks/CR4?tab=manage"))
			.andExpect(flash().attribute("error", "You cannot change CR4"));
	}

	@Test
	void anythingElseIsTheErrorPageWithTheStatusAndTheReason() throws Exception {
		this.mvc.perform(post("/things").param("refusal", "stale"))
			.andExpect(status().isConflict())
			.andExpect(view().name("error"))
			.andExpect(model().attribute("problem", "Someone else changed CR4"));
		// a page is never asked for again with a refusal: it would answer the same
		this.mvc.perform(get("/things").param("period", "nonsense").header("Referer", PAGE))
			.andExpect(status().isBadRequest())
			.andExpect(view().name("error"));
		for (String elsewhere : new String[] { "http://evil.example/risks/CR4", "https://localhost/risks/CR4",
				"http://localhost:8081/risks/CR4", "http://localhost//evil.example/", "//evil.example/", "/risks/CR4",
				"http://user@localhost/risks/CR4", "not a [uri]" }) {
			this.mvc.perform(post("/things").param("refusal", "permission").header("Referer", elsewhere))
				.andExpect(status().isForbidden())
				.andExpect(view().name("error"));
		}
	}

	@Test
	void aValueThatIsNotAQuarterIsLeftToSpringsOwnAnswer() throws Exception {
		this.mvc.perform(get("/things").param("count", "many")).andExpect(status().isBadRequest());
	}

	private static FormattingConversionService conversions() {
		FormattingConversionService conversions = new DefaultFormattingConversionService();
		conversions.addConverter(new QuarterParameter());
		return conversions;
	}

	@Controller
	static class Refusing {

		@GetMapping("/api/v1/things")
		@ResponseBody
		String quarter(@RequestParam Optional<FinancialQuarter> period) {
			return period.map(FinancialQuarter::label).orElse("none");
		}

		@PostMapping({ "/api/v1/things", "/things" })
		@ResponseBody
		String refuse(@RequestParam String refusal) {
			throw switch (refusal) {
				case "stale" -> new StaleChange("Someone else changed CR4");
				case "permission" -> new NotPermitted("You cannot change CR4");
				default -> new ChangeRejected("CR4 is closed");
			};
		}

		@GetMapping("/things")
		String page(@RequestParam Optional<FinancialQuarter> period, @RequestParam Optional<Integer> count) {
			return "things";
		}

	}

}
