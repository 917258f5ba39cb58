package uk.beacon.risk;

/**
 * A change to a risk area that cannot be made, naming the part of the area it is about,
 * so that a form can say it beside the field.
 */
public class RiskAreaRejected extends RiskChangeRejected {

	private final String field;

	/**
	 * @param field what the refusal is about: {@code code}, {@code title}, {@code lead},
	 * {@code mitigations}, {@code level}, {@code levelReason}, {@code since} or
	 * {@code retired}
	 */
	public RiskAreaRejected(String field, String message) {
		super(message);
		this.field = field;
	}

	public String field() {
		return this.field;
	}

}
