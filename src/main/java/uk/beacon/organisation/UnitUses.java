package uk.beacon.organisation;

import java.util.List;

/**
 * What still uses an organisation unit, asked before it is retired: each module that
 * keeps things in units (indicators, risk registers) says, in words, what of the unit's
 * it still has in use. The organisation module cannot see those modules; they answer
 * here.
 */
public interface UnitUses {

	/**
	 * @return what of the unit's is still in use, each with what to do first, e.g. "3
	 * indicators in use (WCC-1, WCC-2, WCC-3): retire them first"; empty when none
	 */
	List<String> inUse(OrganisationUnit unit);

}
