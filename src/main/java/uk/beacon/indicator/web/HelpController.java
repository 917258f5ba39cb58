package uk.beacon.indicator.web;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import uk.beacon.indicator.CouncilRagRules;
import uk.beacon.indicator.DirectionOfTravel;
import uk.beacon.indicator.RagRule;
import uk.beacon.indicator.RagRuleExample;
import uk.beacon.indicator.Status;
import uk.beacon.organisation.OrganisationKind;
import uk.beacon.organisation.OrganisationUnit;
import uk.beacon.organisation.OrganisationUnits;

/**
 * Help in the app, open to everyone: what the statuses, arrows and icons on the pages
 * mean, how a council's RAG rule rates a figure (read from the council's rule as it is
 * now, with a worked example) and a glossary of the words the pages use.
 */
@Controller
class HelpController {

	private final CouncilRagRules rules;

	private final OrganisationUnits units;

	HelpController(CouncilRagRules rules, OrganisationUnits units) {
		this.rules = rules;
		this.units = units;
	}

	@GetMapping("/help")
	String index() {
		return "help";
	}

	@GetMapping("/help/statuses")
	String statuses(Model model) {
		model.addAttribute("statuses", Status.values());
		model.addAttribute("directions", DirectionOfTravel.values());
		return "help-statuses";
	}

	/**
	 * The RAG rule of the council asked for; with none asked for, of the only council, or
	 * a choice of the councils when Beacon holds several.
	 */
	@GetMapping("/help/rag-rule")
	String ragRule(@RequestParam(required = false) String council, Model model) {
		List<OrganisationUnit> councils = this.units.findAll()
			.stream()
			.filter(u -> u.kind() == OrganisationKind.COUNCIL && !u.retired())
			.toList();
		OrganisationUnit chosen = null;
		if (council != null && !council.isBlank()) {
			chosen = councils.stream()
				.filter(c -> c.code().equalsIgnoreCase(council.strip()))
				.findFirst()
				.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No such council"));
		}
		else if (councils.size() == 1) {
			chosen = councils.get(0);
		}
		model.addAttribute("councils", councils);
		model.addAttribute("council", chosen);
		if (chosen != null) {
			RagRule rule = this.rules.ofCouncil(chosen.id());
			model.addAttribute("rule", rule);
			model.addAttribute("example", RagRuleExample.of(rule));
		}
		return "help-rag-rule";
	}

	@GetMapping("/help/glossary")
	String glossary() {
		return "help-glossary";
	}

}
