/**
 * Regulation: the visa and entry rules of the state as versioned, published data (provisions,
 * visa and permit types, nationality regimes, entry requirements) and the eligibility engine
 * that answers, for an arrival date, what the rules in force on that date say, citing the law.
 * It never decides an entry (inspection does) and never holds a rule value as a constant in code.
 * It has a real domain model because rules change by publication with an effective date, past
 * answers must stay reproducible, and every outcome must name the provision it rests on.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"document", "reference", "access", "audit"})
package org.atoll.regulation;
