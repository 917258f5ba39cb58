package uk.beacon.risk;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static uk.beacon.risk.Assessments.date;

class MitigatingActionTest {

	private static final LocalDate DUE = date("31/03/2020");

	private static MitigatingAction action(LocalDate due, ActionStatus status) {
		return new MitigatingAction("Getting to Good Plan refreshed", "Director of Children's Social Care", due, status,
				null);
	}

	@ParameterizedTest
	@EnumSource(value = ActionStatus.class, names = { "NOT_STARTED", "OPEN" })
	void overdueTheDayAfterItWasDueWhileStillToDo(ActionStatus status) {
		assertThat(action(DUE, status).overdue(date("01/04/2020"))).isTrue();
	}

	@ParameterizedTest
	@EnumSource(value = ActionStatus.class, names = { "COMPLETE", "CANCELLED" })
	void neverOverdueOnceCompleteOrCancelled(ActionStatus status) {
		assertThat(action(DUE, status).overdue(date("01/04/2021"))).isFalse();
	}

	@Test
	void notOverdueOnTheDayItIsDue() {
		assertThat(action(DUE, ActionStatus.OPEN).overdue(DUE)).isFalse();
	}

	@Test
	void neverOverdueWithoutADueDate() {
		assertThat(action(null, ActionStatus.OPEN).overdue(date("01/04/2030"))).isFalse();
	}

	@Test
	void isOpenWhenNoStatusIsGiven() {
		assertThat(action(DUE, null).status()).isEqualTo(ActionStatus.OPEN);
	}

	@Test
	void needsToSayWhatWillBeDone() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new MitigatingAction(" ", null, DUE, ActionStatus.OPEN, null))
			.withMessage("An action needs a description of what will be done.");
	}

	@Test
	void statusesReadAsOfficersSayThem() {
		assertThat(ActionStatus.NOT_STARTED.label()).isEqualTo("Not started");
		assertThat(ActionStatus.OPEN.label()).isEqualTo("In progress");
		assertThat(ActionStatus.COMPLETE.label()).isEqualTo("Complete");
		assertThat(ActionStatus.CANCELLED.label()).isEqualTo("Cancelled");
	}

	@Test
	void readsTheImportsWordsForAStatus() {
		assertThat(ActionStatus.fromCode("not_started")).contains(ActionStatus.NOT_STARTED);
		assertThat(ActionStatus.fromCode(" Not started ")).contains(ActionStatus.NOT_STARTED);
		assertThat(ActionStatus.fromCode("OPEN")).contains(ActionStatus.OPEN);
		assertThat(ActionStatus.fromCode("done")).isEmpty();
		assertThat(ActionStatus.fromCode(null)).isEmpty();
		assertThat(ActionStatus.CANCELLED.code()).isEqualTo("cancelled");
	}

}
