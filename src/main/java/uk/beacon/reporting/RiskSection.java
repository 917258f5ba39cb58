package uk.beacon.reporting;

import java.util.List;

/**
 * The corporate risk profile as at the quarter reported.
 *
 * @param registers the names of the registers reported
 * @param byLevel each level with how many risks sit at it
 * @param turnedRed risks that became red since the last report
 * @param leftRed risks that were red at the last report and are not now
 * @param red every red risk, with why, its actions and what next
 * @param amberRecentlyRed amber risks that were red in the twelve months to the quarter's
 * end
 * @param aboveAppetite risks above the council's risk appetite, furthest above first;
 * {@code null} in reports published before Beacon kept one, which print no such section
 * @param scoreKeys how to read the scores printed: which axis each council writes first
 * and what it calls them; {@code null} in reports published before Beacon printed it
 * @param areas the council's risks by risk area; {@code null} when the council has no
 * areas, and in reports published before Beacon kept them, which print no such section
 */
public record RiskSection(List<String> registers, List<LevelCount> byLevel, List<RiskEntry> turnedRed,
		List<RiskEntry> leftRed, List<RiskEntry> red, List<RiskEntry> amberRecentlyRed, List<RiskEntry> aboveAppetite,
		List<String> scoreKeys, RiskAreaSection areas) {

	public RiskSection {
		registers = List.copyOf(registers);
		byLevel = List.copyOf(byLevel);
		turnedRed = List.copyOf(turnedRed);
		leftRed = List.copyOf(leftRed);
		red = List.copyOf(red);
		amberRecentlyRed = List.copyOf(amberRecentlyRed);
		aboveAppetite = (aboveAppetite != null) ? List.copyOf(aboveAppetite) : null;
		scoreKeys = (scoreKeys != null) ? List.copyOf(scoreKeys) : null;
	}

	/**
	 * A section without risk areas.
	 */
	public RiskSection(List<String> registers, List<LevelCount> byLevel, List<RiskEntry> turnedRed,
			List<RiskEntry> leftRed, List<RiskEntry> red, List<RiskEntry> amberRecentlyRed,
			List<RiskEntry> aboveAppetite, List<String> scoreKeys) {
		this(registers, byLevel, turnedRed, leftRed, red, amberRecentlyRed, aboveAppetite, scoreKeys, null);
	}

	/** The same section, with the council's risks by area. */
	RiskSection withAreas(RiskAreaSection byArea) {
		return new RiskSection(this.registers, this.byLevel, this.turnedRed, this.leftRed, this.red,
				this.amberRecentlyRed, this.aboveAppetite, this.scoreKeys, byArea);
	}

	/**
	 * A section that prints no key to its scores.
	 */
	public RiskSection(List<String> registers, List<LevelCount> byLevel, List<RiskEntry> turnedRed,
			List<RiskEntry> leftRed, List<RiskEntry> red, List<RiskEntry> amberRecentlyRed,
			List<RiskEntry> aboveAppetite) {
		this(registers, byLevel, turnedRed, leftRed, red, amberRecentlyRed, aboveAppetite, null);
	}

	public long total() {
		return this.byLevel.stream().mapToLong(LevelCount::count).sum();
	}

	/**
	 * @param colour the level's colour, such as "RED"
	 */
	public record LevelCount(String level, String colour, long count) {
	}

}
