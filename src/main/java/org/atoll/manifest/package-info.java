/**
 * Advance passenger information: ingests passenger and crew lists (UN/EDIFACT PAXLST, CSV, IMO FAL
 * forms 5 and 6) from carriers into expected flights, and announces each received manifest
 * ({@link org.atoll.manifest.ManifestReceived}) so that screening can run before arrival.
 * <p>
 * Before arrival it screens every manifested person through the alert list's and the regulation's
 * public APIs and the visa register, and after arrival reconciles the manifest with the crossings
 * the movement module records ({@code MovementRecorded}).
 * <p>
 * It must never decide about a traveller: it records what the carrier declared, with the
 * oddities found in the message as warnings. The parsers are plain Java without Spring so that
 * real-world messages can be tested and benchmarked on their own.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"alert", "regulation", "visa", "movement", "document", "reference", "access", "audit"})
package org.atoll.manifest;
