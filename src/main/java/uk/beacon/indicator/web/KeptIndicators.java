package uk.beacon.indicator.web;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

import uk.beacon.identity.CurrentViewer;
import uk.beacon.indicator.Indicator;
import uk.beacon.indicator.IndicatorManagement;
import uk.beacon.indicator.IndicatorTarget;
import uk.beacon.indicator.IndicatorTargets;
import uk.beacon.indicator.Indicators;
import uk.beacon.indicator.Target;

/**
 * An indicator and its targets as the pages and the API that keep them find them: only an
 * indicator the person may see (else 404) and keep (else refused, saying why). One place,
 * so that a page and the API refuse the same things in the same words.
 */
@Component
class KeptIndicators {

	private final Indicators indicators;

	private final IndicatorTargets targets;

	private final IndicatorManagement management;

	private final CurrentViewer viewer;

	KeptIndicators(Indicators indicators, IndicatorTargets targets, IndicatorManagement management,
			CurrentViewer viewer) {
		this.indicators = indicators;
		this.targets = targets;
		this.management = management;
		this.viewer = viewer;
	}

	/**
	 * The indicator, once the person may keep it.
	 * @param what the change in words that follow "You cannot"
	 */
	Indicator find(String code, String what) {
		Indicator indicator = this.indicators.findByCode(code)
			.filter(i -> i.isPublic() || this.viewer.audience().seesRestricted(i.organisationUnitId()))
			.orElseThrow(
					() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no indicator " + code + "."));
		this.management.requireMayKeep(this.viewer.actor(), indicator, what);
		return indicator;
	}

	IndicatorTarget target(Indicator indicator, long id) {
		return this.targets.findById(id)
			.filter(t -> t.indicatorId() == indicator.id())
			.orElseThrow(
					() -> new ResponseStatusException(HttpStatus.NOT_FOUND, indicator.code() + " has no such target."));
	}

	/**
	 * The target that applies until replaced, as it was seen: what setting a target from
	 * a quarter on checks has not changed meanwhile.
	 */
	String openSeen(Indicator indicator) {
		List<IndicatorTarget> all = this.targets.forIndicator(indicator.id());
		return all.stream()
			.filter(t -> t.appliesTo() == null && !(t.target() instanceof Target.Profile))
			.findFirst()
			.map(IndicatorTarget::fingerprint)
			.orElse("");
	}

}
