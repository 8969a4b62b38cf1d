/**
 * Inspection at the border: the primary-line booth (one request reads the document, screens the
 * traveller, asks the eligibility engine, looks at the manifest, the visa register and earlier
 * movements, and proposes admit or refer), the officer's decision (confirm or override with a
 * reason), secondary inspection with structured interviews, and lawful refusals with a notice.
 * It never decides by itself: a proposal is advice, a refusal happens only at secondary with grounds
 * from the provisions in force. It records crossings only through {@link org.atoll.movement.Movements}.
 * It has a plain-Java domain model ({@code inspection.domain}) because the proposal rules and the
 * states of an inspection are law and procedure that must be testable on their own.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"movement", "manifest", "visa", "alert",
        "regulation", "document", "reference", "access", "audit"})
package org.atoll.inspection;
