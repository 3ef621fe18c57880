/**
 * Staff: the chairs (Independent Reviewing Officers) who chair child protection conferences, their teams,
 * FTE, working days, daily limits and the conflicts that stop them chairing a case; and the venues and rooms
 * conferences are held in.
 * <p>
 * Other modules use only the types in this package: {@link org.irohub.staff.ChairDirectory} and
 * {@link org.irohub.staff.VenueDirectory} to read chairs and rooms, {@link org.irohub.staff.ChairIndependencePolicy}
 * to decide whether a chair is independent of a case (with the reason when not), and
 * {@link org.irohub.staff.CaseloadMeasure} to compare a caseload per FTE with the IRO Handbook's 50 to 70 band.
 * Editing happens only through this module's pages and API, and each change is audited in its transaction.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "identity", "audit" })
package org.irohub.staff;
