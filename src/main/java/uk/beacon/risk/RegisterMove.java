package uk.beacon.risk;

import java.time.OffsetDateTime;

/**
 * A risk's move from one register to another: escalated up the tree or de-escalated back.
 */
public record RegisterMove(String direction, String fromRegister, String toRegister, String reason, String movedBy,
		OffsetDateTime movedAt) {

	public String describe() {
		return ("ESCALATED".equals(this.direction) ? "Escalated from " : "De-escalated from ") + this.fromRegister
				+ " to " + this.toRegister;
	}

}
