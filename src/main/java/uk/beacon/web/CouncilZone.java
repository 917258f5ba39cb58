package uk.beacon.web;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The council's time zone ({@code beacon.time-zone}) for every page, so that a time
 * Beacon recorded (an e-mail sent, a report published, a change in the audit trail) is
 * shown in council time, whatever the host's zone.
 */
@ControllerAdvice
class CouncilZone {

	private final ZoneId zone;

	CouncilZone(Clock clock) {
		this.zone = clock.getZone();
	}

	@ModelAttribute("councilZone")
	ZoneId councilZone() {
		return this.zone;
	}

}
