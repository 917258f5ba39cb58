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
		Optional<String> areaCode = area.filter(a -> !a.isBlank());
		Optional<RiskArea> chosenArea = areaCode.flatMap(this.views::area);
		Optional<RiskRegister> chosen = (chosenArea.isPresent() && register.filter(r -> !r.isBlank()).isEmpty())
				? Optional.empty() : chosen(register);
		List<RiskSummary> risks;
		RiskMatrix matrix;
		if (chosen.isEmpty() && chosenArea.isPresent()) {
			risks = this.views.register(RiskFilter.inArea(chosenArea.get().code()), this.audiences.audience());
			matrix = this.views.matrixOfCouncil(this.units.findById(chosenArea.get().councilId()).orElseThrow());
		}
		else {
			risks = RiskFilter.inArea(areaCode.orElse(null)).select(risks(chosen, request));
			matrix = chosen.map(this.views::matrixOf).orElse(null);
		}
		model.addAttribute("register", chosen.orElse(null));
		model.addAttribute("registers", this.views.registers());
		model.addAttribute("risks", risks);
		AreaFilter.addTo(model, this.views, areaCode.orElse(null));
		if (matrix != null) {
			model.addAttribute("heatMap", HeatMap.of(risks, matrix));
		}
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
