package uk.beacon.risk;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class RiskPropertiesTest {

	/**
	 * A matrix of any size from 2×2 to 10×10, with words for every level, an opportunity
	 * word of its own at the top, and two bands that cover every score.
	 */
	static RiskMatrix matrix(int size) {
		List<String> impacts = new ArrayList<>();
		List<String> opportunities = new ArrayList<>();
		List<String> likelihoods = new ArrayList<>();
		for (int level = 1; level <= size; level++) {
			char letter = (char) ('A' + level - 1);
			impacts.add("Impact " + letter);
			opportunities.add((level == size) ? "Superb" : "Impact " + letter);
			likelihoods.add("Chance " + letter);
		}
		return new RiskMatrix(size, impacts, opportunities, likelihoods,
				List.of(new RiskBand(1, size, "Low", BandColour.GREEN),
						new RiskBand(size + 1, size * size, "High", BandColour.RED)));
	}

	@Provide
	Arbitrary<int[]> positions() {
		return Arbitraries.integers()
			.between(2, 10)
			.flatMap((size) -> Combinators
				.combine(Arbitraries.integers().between(1, size), Arbitraries.integers().between(1, size))
				.as((impact, likelihood) -> new int[] { size, impact, likelihood }));
	}

	@Property
	void scoreIsImpactTimesLikelihoodOnAnyMatrix(@ForAll("positions") int[] position, @ForAll RiskKind kind) {
		RiskMatrix matrix = matrix(position[0]);
		RiskPosition of = RiskPosition.of(position[1], position[2]);
		assertThat(of.score()).isEqualTo(position[1] * position[2]);
		assertThat(matrix.fits(of)).isTrue();
		assertThat(matrix.bandOf(of.score())).isNotNull();
	}

	@Property
	void aLabelReadsBackToTheSamePosition(@ForAll("positions") int[] position, @ForAll RiskKind kind) {
		RiskMatrix matrix = matrix(position[0]);
		RiskPosition of = RiskPosition.of(position[1], position[2]);
		String label = of.label(matrix, kind);
		assertThat(RiskPositions.readAsPrinted(label, matrix, kind).position()).contains(of);
		assertThat(RiskPositions.readAsPrinted(label.toLowerCase(Locale.ROOT).replace("/", " / "), matrix, kind)
			.position()).contains(of);
		assertThat(RiskPositions
			.read(matrix.impactLabel(of.impact(), kind).toUpperCase(Locale.ROOT),
					" " + matrix.likelihoodLabel(of.likelihood()), Integer.toString(of.score()), matrix, kind)
			.position()).contains(of);
		assertThat(
				RiskPositions.read(Integer.toString(of.impact()), Integer.toString(of.likelihood()), null, matrix, kind)
					.position())
			.contains(of);
	}

	@Property
	void swappingImpactAndLikelihoodKeepsTheScore(@ForAll @IntRange(min = 1, max = 10) int impact,
			@ForAll @IntRange(min = 1, max = 10) int likelihood) {
		assertThat(RiskPosition.of(impact, likelihood).score()).isEqualTo(RiskPosition.of(likelihood, impact).score());
	}

	@Property
	void everyAchievableStandardScoreIsInExactlyOneBand(@ForAll @IntRange(min = 1, max = 5) int impact,
			@ForAll @IntRange(min = 1, max = 5) int likelihood) {
		RiskMatrix standard = RiskMatrix.standard();
		int score = impact * likelihood;
		assertThat(standard.bands().stream().filter((band) -> band.contains(score))).hasSize(1);
		assertThat(standard.bandOf(score).contains(score)).isTrue();
	}

	@Property
	void theStandardMatrixBandsAScoreExactlyWhenItCanProduceIt(@ForAll @IntRange(min = -5, max = 40) int score) {
		boolean product = false;
		for (int impact = 1; impact <= 5; impact++) {
			product |= score % impact == 0 && score / impact >= 1 && score / impact <= 5;
		}
		assertThat(RiskMatrix.standard().achievable(score)).isEqualTo(product);
		if (!product) {
			assertThatIllegalArgumentException().isThrownBy(() -> RiskMatrix.standard().bandOf(score));
		}
	}

	@Property
	void aNumberOffTheMatrixIsRejectedWithTheRangeToUse(@ForAll @IntRange(min = 2, max = 10) int size,
			@ForAll @IntRange(min = -20, max = 40) int level) {
		RiskMatrix matrix = matrix(size);
		RiskPositions.Result result = RiskPositions.read(Integer.toString(level), "1", null, matrix, RiskKind.RISK);
		if (level >= 1 && level <= size) {
			assertThat(result.position()).contains(RiskPosition.of(level, 1));
		}
		else {
			assertThat(result).isEqualTo(RiskPositions.Result.error("impact",
					level + " is not an impact level of the " + size + "×" + size + " matrix; use 1 to " + size + "."));
		}
	}

	@Property
	void anyScoreThatDisagreesWithTheLevelsIsRejected(@ForAll("positions") int[] position,
			@ForAll @IntRange(min = 0, max = 100) int score) {
		RiskMatrix matrix = matrix(position[0]);
		RiskPositions.Result result = RiskPositions.read(Integer.toString(position[1]), Integer.toString(position[2]),
				Integer.toString(score), matrix, RiskKind.RISK);
		assertThat(result.isError()).isEqualTo(score != position[1] * position[2]);
	}

	@Property
	void swappingTheTwoReportsSwapsIncreasedAndReduced(@ForAll("positions") int[] earlier,
			@ForAll("positions") int[] later) {
		RiskMatrix matrix = matrix(10);
		RiskAssessment q2 = Assessments.current("30/09/2019", "Q2 2019/20", earlier[1], earlier[2]);
		RiskAssessment q3 = Assessments.current("31/12/2019", "Q3 2019/20", later[1], later[2]);
		RiskAssessment q2Swapped = Assessments.current("30/09/2019", "Q2 2019/20", later[1], later[2]);
		RiskAssessment q3Swapped = Assessments.current("31/12/2019", "Q3 2019/20", earlier[1], earlier[2]);
		RiskDirection forward = RiskRules.direction(List.of(q2, q3), Assessments.quarter("Q3 2019/20"), matrix);
		RiskDirection backward = RiskRules.direction(List.of(q2Swapped, q3Swapped), Assessments.quarter("Q3 2019/20"),
				matrix);
		assertThat(backward).isEqualTo(switch (forward) {
			case INCREASED -> RiskDirection.REDUCED;
			case REDUCED -> RiskDirection.INCREASED;
			default -> forward;
		});
	}

	@Provide
	Arbitrary<List<Integer>> cuts() {
		// the top of each band, each an achievable score, the last the top of the matrix
		return Arbitraries.integers().between(2, 10).flatMap((size) -> {
			List<Integer> achievable = new ArrayList<>();
			for (int score = 1; score < size * size; score++) {
				if (MatrixChecks.factorOf(score, size) > 0) {
					achievable.add(score);
				}
			}
			return Arbitraries.subsetOf(achievable).map((chosen) -> {
				List<Integer> tops = new ArrayList<>(chosen);
				tops.sort(null);
				tops.add(size * size);
				tops.add(0, size);
				return tops;
			});
		});
	}

	@Property
	void bandsThatPartitionTheScoresAreAcceptedAndBandEveryScore(@ForAll("cuts") List<Integer> sizeAndTops) {
		int size = sizeAndTops.get(0);
		List<RiskBand> bands = new ArrayList<>();
		int from = 1;
		for (int top : sizeAndTops.subList(1, sizeAndTops.size())) {
			bands.add(new RiskBand(from, top, "Band to " + top, BandColour.AMBER));
			from = top + 1;
		}
		RiskMatrix base = matrix(size);
		RiskMatrix matrix = new RiskMatrix(size, base.impactLabels(), null, base.likelihoodLabels(), bands);
		for (int score = 1; score <= size * size; score++) {
			if (matrix.achievable(score)) {
				assertThat(matrix.bandOf(score).contains(score)).isTrue();
			}
		}
	}

}
