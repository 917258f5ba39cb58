package uk.beacon.risk.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import uk.beacon.access.Audience;
import uk.beacon.identity.CurrentViewer;
import uk.beacon.organisation.OrganisationUnit;
import uk.beacon.risk.HeatMap;
import uk.beacon.risk.RiskFilter;
import uk.beacon.risk.RiskManagement;
import uk.beacon.risk.RiskProfile;
import uk.beacon.risk.RiskRegister;
import uk.beacon.risk.RiskSummary;
import uk.beacon.risk.RiskViews;

/**
 * The heat map, the risk profile and the duplicate suggestions across registers.
 */
@Controller
class RiskAnalysisController {

	private final RiskViews views;

	private final CurrentViewer audiences;

	private final Clock clock;

	private final RiskManagement management;

	RiskAnalysisController(RiskViews views, RiskManagement management, CurrentViewer audiences, Clock clock) {
		this.views = views;
		this.management = management;
		this.audiences = audiences;
		this.clock = clock;
	}

	@GetMapping("/risks/heat-map")
	String heatMap(@RequestParam Optional<String> register, HttpServletRequest request, Model model) {
		Optional<RiskRegister> chosen = chosen(register);
		List<RiskSummary> risks = risks(chosen, request);
		model.addAttribute("register", chosen.orElse(null));
		model.addAttribute("registers", this.views.registers());
		model.addAttribute("risks", risks);
		chosen.ifPresent(r -> model.addAttribute("heatMap", HeatMap.of(risks, this.views.matrixOf(r))));
		return "risk-heat-map";
	}

	@GetMapping("/risks/profile")
	String profile(@RequestParam Optional<String> register, HttpServletRequest request, Model model) {
		Optional<RiskRegister> chosen = chosen(register);
		model.addAttribute("register", chosen.orElse(null));
		model.addAttribute("registers", this.views.registers());
		model.addAttribute("profile", RiskProfile.of(risks(chosen, request), LocalDate.now(this.clock)));
		return "risk-profile";
	}

	@GetMapping("/risks/matrix")
	String matrix(Model model) {
		model.addAttribute("matrices", this.views.councilMatrices());
		model.addAttribute("changeable",
				this.views.councilMatrices()
					.keySet()
					.stream()
					.filter(council -> this.management.mayChangeMatrix(this.audiences.actor(), council))
					.map(OrganisationUnit::code)
					.toList());
		return "risk-matrix";
	}

	@GetMapping("/risks/duplicates")
	String duplicates(HttpServletRequest request, Model model) {
		Audience audience = this.audiences.audience();
		model.addAttribute("suggestions", this.views.duplicates(audience));
		return "risk-duplicates";
	}

	private Optional<RiskRegister> chosen(Optional<String> register) {
		List<RiskRegister> registers = this.views.registers();
		return register.filter(r -> !r.isBlank())
			.flatMap(code -> registers.stream().filter(r -> r.code().equals(code)).findFirst())
			.or(() -> registers.stream().findFirst());
	}

	private List<RiskSummary> risks(Optional<RiskRegister> register, HttpServletRequest request) {
		return register
			.map(r -> this.views.register(new RiskFilter(r.code(), null, null, null, null), this.audiences.audience()))
			.orElse(List.of());
	}

}
