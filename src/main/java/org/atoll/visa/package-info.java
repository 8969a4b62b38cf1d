/**
 * Visas: applications (applicant, passport, type, purpose, dates, sponsor, supporting documents,
 * fee), their workflow to a decision with legal grounds, issued visas with their MRZ, extensions
 * and revocations, and the look-up the border uses ({@link org.atoll.visa.Visas}).
 * It never decides entry (inspection does) and never holds a rule value: types, stays, extension
 * limits and the provisions cited come from the regulation set in force.
 * Every application is screened against the National Alert List through its public API
 * ({@link org.atoll.alert.AlertScreening}) when it is submitted, and again, automatically, when an
 * alert becomes or stays active while the application awaits clearance (an
 * {@link org.atoll.alert.AlertChanged} event); a strong hit must be settled before
 * a visa is approved or issued.
 * It has a real domain model because the workflow's states and transitions, the four-eyes rule
 * on refusals and the grounds of every refusal are law that must be testable on its own.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"regulation", "alert", "document", "reference", "access", "audit"})
package org.atoll.visa;
