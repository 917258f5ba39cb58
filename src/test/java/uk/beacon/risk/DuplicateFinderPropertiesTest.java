package uk.beacon.risk;

import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import static org.assertj.core.api.Assertions.assertThat;

class DuplicateFinderPropertiesTest {

	private static final List<String> VOCABULARY = List.of("children", "child's", "safeguarding", "safeguard",
			"protect", "harm", "Ofsted", "budget", "savings", "ICT", "services", "service", "the", "and", "of", "risk",
			"failure", "Council", "workforce", "recruit", "retain", "staff", "data", "quality", "demand", "care",
			"looked-after", "statutory", "duties", "(CLA)", "2019/20", "£11.25m", "–", "resilience", "continuity");

	@Provide
	Arbitrary<String> texts() {
		return Arbitraries.of(VOCABULARY).list().ofMinSize(0).ofMaxSize(12).map((words) -> String.join(" ", words));
	}

	@Provide
	Arbitrary<RiskText> risks() {
		Arbitrary<String> optional = texts().injectNull(0.3);
		return Combinators
			.combine(Arbitraries.of("A1", "B2", "C3"), Arbitraries.of("Corporate", "Children's Services"),
					texts().filter((title) -> !title.isBlank()), optional, optional)
			.as(RiskText::new);
	}

	@Property
	void similarityIsSymmetricAndFromZeroToOne(@ForAll("risks") RiskText one, @ForAll("risks") RiskText other) {
		double similarity = DuplicateFinder.similarity(one, other);
		assertThat(similarity).isBetween(0.0, 1.0);
		assertThat(DuplicateFinder.similarity(other, one)).isEqualTo(similarity);
	}

	@Property
	void aRiskIsAsAlikeToItselfAsItCanBe(@ForAll("risks") RiskText risk) {
		double itself = DuplicateFinder.similarity(risk, risk);
		assertThat(itself).isIn(0.0, 1.0);
	}

	@Property
	void neverSuggestsItself(@ForAll("risks") RiskText candidate, @ForAll("riskLists") List<RiskText> others) {
		assertThat(DuplicateFinder.suggest(candidate, others, 0.01))
			.allSatisfy((suggestion) -> assertThat(suggestion.otherReference())
				.isNotEqualToIgnoringCase(candidate.reference()));
	}

	@Property
	void suggestionsComeBestFirst(@ForAll("risks") RiskText candidate, @ForAll("riskLists") List<RiskText> others) {
		List<DuplicateSuggestion> suggestions = DuplicateFinder.suggest(candidate, others, 0.01);
		for (int i = 1; i < suggestions.size(); i++) {
			assertThat(suggestions.get(i).similarity()).isLessThanOrEqualTo(suggestions.get(i - 1).similarity());
		}
	}

	@Property
	void acrossRegistersNamesEachPairOnce(@ForAll("riskLists") List<RiskText> all) {
		List<DuplicateSuggestion> pairs = DuplicateFinder.acrossRegisters(all, 0.01);
		assertThat(pairs.stream()
			.map((pair) -> List.of(pair.reference(), pair.otherReference()).stream().sorted().toList()))
			.doesNotHaveDuplicates();
	}

	@Property
	void oneRisksDuplicatesAreThePairsNamingIt(@ForAll("riskLists") List<RiskText> all,
			@ForAll("references") String reference) {
		// what a risk's page shows, found without comparing every pair of the council's
		// risks
		assertThat(DuplicateFinder.involving(all, reference, 0.01)).isEqualTo(DuplicateFinder.acrossRegisters(all, 0.01)
			.stream()
			.filter((pair) -> pair.reference().equals(reference) || pair.otherReference().equals(reference))
			.toList());
	}

	@Provide
	Arbitrary<String> references() {
		return Arbitraries.of("R1", "R2", "R3", "R4", "R9");
	}

	@Provide
	Arbitrary<List<RiskText>> riskLists() {
		// unique references, as they are across a council
		return Combinators
			.combine(Arbitraries.of("Corporate", "Children's Services", "Adults").list().ofSize(4),
					texts().filter((title) -> !title.isBlank()).list().ofSize(4))
			.as((registers, titles) -> List.of(new RiskText("R1", registers.get(0), titles.get(0), null, null),
					new RiskText("R2", registers.get(1), titles.get(1), null, null),
					new RiskText("R3", registers.get(2), titles.get(2), null, null),
					new RiskText("R4", registers.get(3), titles.get(3), null, null)));
	}

}
