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
import uk.beacon.organisation.OrganisationUnits;
import uk.beacon.risk.RiskArea;
import uk.beacon.risk.RiskMatrix;
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

	private final OrganisationUnits units;

	RiskAnalysisController(RiskViews views, RiskManagement management, CurrentViewer audiences, Clock clock,
			OrganisationUnits units) {
		this.units = units;
		this.views = views;
		this.management = management;
		this.audiences = audiences;
		this.clock = clock;
	}

	/**
	 * The heat map of a register, or of a risk area: an area gathers risks from every
	 * register of its council, so chosen alone it shows them all on the council's matrix;
	 * chosen with a register, the register's risks in the area.
	 */
	@GetMapping("/risks/heat-map")
	String heatMap(@RequestParam Optional<String> register, @RequestParam Optional<String> area,
			HttpServletRequest request, Model model) {
		Scope scope = scope(register, area, request, model);
		if (scope.matrix() != null) {
			model.addAttribute("heatMap", HeatMap.of(scope.risks(), scope.matrix()));
		}
		return "risk-heat-map";
	}

	/**
	 * The profile of a register or of a risk area, chosen as for the heat map.
	 */
	@GetMapping("/risks/profile")
	String profile(@RequestParam Optional<String> register, @RequestParam Optional<String> area,
			HttpServletRequest request, Model model) {
		Scope scope = scope(register, area, request, model);
		model.addAttribute("profile", RiskProfile.of(scope.risks(), LocalDate.now(this.clock)));
		return "risk-profile";
	}

	/**
	 * The risks a heat map or profile shows, with the matrix they sit on: an area gathers
	 * risks from every register of its council, so chosen alone it shows them all on the
	 * council's matrix; chosen with a register, the register's risks in the area.
	 */
	private Scope scope(Optional<String> register, Optional<String> area, HttpServletRequest request, Model model) {
		Optional<String> areaCode = area.filter(a -> !a.isBlank());
		Optional<RiskArea> chosenArea = areaCode.flatMap(this.views::area);
		Optional<RiskRegister> chosen = (chosenArea.isPresent() && register.filter(r -> !r.isBlank()).isEmpty())
				? Optional.empty() : chosen(register);
		Scope scope;
		if (chosen.isEmpty() && chosenArea.isPresent()) {
			scope = new Scope(
					this.views.register(RiskFilter.inArea(chosenArea.get().code()), this.audiences.audience()),
					this.views.matrixOfCouncil(this.units.findById(chosenArea.get().councilId()).orElseThrow()));
		}
		else {
			scope = new Scope(RiskFilter.inArea(areaCode.orElse(null)).select(risks(chosen, request)),
					chosen.map(this.views::matrixOf).orElse(null));
		}
		model.addAttribute("register", chosen.orElse(null));
		model.addAttribute("registers", this.views.registers());
		model.addAttribute("risks", scope.risks());
		AreaFilter.addTo(model, this.views, areaCode.orElse(null));
		return scope;
	}

	private record Scope(List<RiskSummary> risks, RiskMatrix matrix) {
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
