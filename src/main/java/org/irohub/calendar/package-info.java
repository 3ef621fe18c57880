/**
 * Calendar: bank holidays by region, working-day arithmetic and the timescales the service works to.
 * <p>
 * Other modules use {@link org.irohub.calendar.WorkingDays} for "within n working days" and
 * {@link org.irohub.calendar.Timescales} for the due date of a conference, report, minutes or escalation, so
 * a rule changed by an administrator or a newly uploaded bank-holiday list changes every deadline alike.
 * Bank holidays are seeded from a bundled GOV.UK {@code bank-holidays.json} and extended by uploads, which
 * are merged (never deleted) and audited. {@link org.irohub.calendar.BankHolidaysChanged} tells listeners
 * that deadlines may have moved.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "identity", "audit" })
package org.irohub.calendar;
