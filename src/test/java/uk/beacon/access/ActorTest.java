package uk.beacon.access;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A role reaches the unit it is held over and everything below it, in one council; the
 * refusal says which role is needed, where the item belongs and where the person's roles
 * are held.
 */
class ActorTest {

	// Lancashire (1) > Education and Children's Services (2) > Schools (3);
	// Worcestershire (10) > CF&C (11)
	private static final UnitPath SCHOOLS = new UnitPath(List.of(3L, 2L, 1L), "Schools", 1);

	private static final UnitPath CHILDRENS = new UnitPath(List.of(2L, 1L), "Education and Children's Services", 1);

	private static final UnitPath LANCASHIRE = new UnitPath(List.of(1L), "Lancashire County Council", 1);

	private static final UnitPath CFC = new UnitPath(List.of(11L, 10L), "Children, Families and Communities", 10);

	private static Actor holding(Role role, Long unitId, String unitName) {
		return new Actor(7L, "Jane Smith (jsmith)", List.of(new Grant(role, unitId, unitName)));
	}

	@Test
	void aRoleReachesItsUnitAndEveryUnitBelowButNotAbove() {
		Actor officer = holding(Role.PERFORMANCE_OFFICER, 2L, "Education and Children's Services");

		assertThat(officer.holds(CHILDRENS, Role.PERFORMANCE_OFFICER)).isTrue();
		assertThat(officer.holds(SCHOOLS, Role.PERFORMANCE_OFFICER)).isTrue();
		assertThat(officer.holds(LANCASHIRE, Role.PERFORMANCE_OFFICER)).isFalse();
		assertThat(officer.holds(CFC, Role.PERFORMANCE_OFFICER)).isFalse();
	}

	@Test
	void aRoleForEveryCouncilReachesEveryUnitButOnlyForThatRole() {
		Actor reader = holding(Role.READER, null, null);

		assertThat(reader.holds(CFC, Role.READER)).isTrue();
		assertThat(reader.holds(SCHOOLS, Role.READER)).isTrue();
		assertThat(reader.holds(SCHOOLS, Role.PERFORMANCE_OFFICER)).isFalse();
		assertThat(reader.holdsEverywhere(Role.READER)).isTrue();
	}

	@Test
	void anAdministratorAndBeaconItselfHoldEveryRoleEverywhere() {
		assertThat(holding(Role.ADMINISTRATOR, null, null).holds(CFC, Role.RISK_MANAGER)).isTrue();
		assertThat(Actor.system("Beacon").holds(SCHOOLS, Role.APPROVER)).isTrue();
		assertThat(Actor.system("Beacon").holdsEverywhere(Role.PERFORMANCE_OFFICER)).isTrue();
	}

	@Test
	void aRefusalOutsideThePersonsPartOfTheCouncilSaysWhereTheItemBelongsAndWhereTheRoleIsHeld() {
		Actor officer = holding(Role.PERFORMANCE_OFFICER, 1L, "Lancashire County Council");

		assertThatExceptionOfType(NotPermitted.class)
			.isThrownBy(() -> officer.require(CFC, "rename WCC-CFC-04", Role.PERFORMANCE_OFFICER))
			.withMessage("You cannot rename WCC-CFC-04: it belongs to Children, Families and Communities, which is "
					+ "outside the part of the council your role covers (you are Performance officer for Lancashire "
					+ "County Council).");
		assertThatNoException().isThrownBy(() -> officer.require(SCHOOLS, "rename LCC-1", Role.PERFORMANCE_OFFICER));
	}

	@Test
	void aRefusalToSomeoneWithoutTheRoleAnywhereNamesTheRole() {
		Actor reader = holding(Role.READER, null, null);

		assertThatExceptionOfType(NotPermitted.class)
			.isThrownBy(() -> reader.require(SCHOOLS, "merge CR4", Role.RISK_MANAGER, Role.PERFORMANCE_OFFICER))
			.withMessage("You cannot merge CR4: that needs the role of risk manager or performance officer, which you "
					+ "do not hold.");
	}

	@Test
	void addingWhatAllCouncilsShareNeedsTheRoleOverEveryCouncil() {
		Actor officer = holding(Role.PERFORMANCE_OFFICER, 1L, "Lancashire County Council");

		assertThatExceptionOfType(NotPermitted.class)
			.isThrownBy(() -> officer.requireEverywhere("add the council Rutland", Role.PERFORMANCE_OFFICER))
			.withMessageContaining("for every council, and your role covers only part of one");
		assertThatNoException().isThrownBy(() -> holding(Role.PERFORMANCE_OFFICER, null, null)
			.requireEverywhere("add the council Rutland", Role.PERFORMANCE_OFFICER));
	}

	@Test
	void aPathRunsFromItsUnitUpToItsCouncil() {
		assertThat(SCHOOLS.unitId()).isEqualTo(3L);
		assertThat(SCHOOLS.includes(2L)).isTrue();
		assertThat(SCHOOLS.sameCouncilAs(CHILDRENS)).isTrue();
		assertThat(SCHOOLS.sameCouncilAs(CFC)).isFalse();
		assertThatExceptionOfType(IllegalArgumentException.class)
			.isThrownBy(() -> new UnitPath(List.of(3L, 2L), "Schools", 1));
	}

	@Test
	void theRestrictedItemsSeenAreThoseOfThePartOfTheCouncilThePermissionIsHeldOver() {
		Audience childrens = Audience.within(Set.of(2L), Set.of(2L, 3L));

		assertThat(childrens.seesRestricted(3L)).isTrue();
		assertThat(childrens.seesRestricted(1L)).isFalse();
		assertThat(childrens.seesAnyRestricted()).isTrue();
		assertThat(Audience.PUBLIC.seesRestricted(3L)).isFalse();
		assertThat(Audience.PUBLIC.seesAnyRestricted()).isFalse();
		assertThat(Audience.everywhere().seesRestricted(11L)).isTrue();
		assertThat(Audience.within(Set.of(2L), Set.of())).isEqualTo(Audience.PUBLIC);
		// two people with the permission over the same units see the same kept pages
		assertThat(Audience.within(Set.of(2L, 5L), Set.of(2L, 3L, 5L)).key())
			.isEqualTo(Audience.within(Set.of(5L, 2L), Set.of(5L, 2L, 3L)).key())
			.isNotEqualTo(childrens.key())
			.isNotEqualTo(Audience.everywhere().key());
	}

}
