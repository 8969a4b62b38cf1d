/**
 * Reference data: countries and nationality codes (ISO 3166-1 and the ICAO 9303 additions), ports of
 * entry by UN/LOCODE, carriers and travel document types, each row valid from and to a date. Shipped
 * as versioned data sets, loaded at start-up and edited by administrators. Flat CRUD on purpose: there
 * are no rules here beyond validity dates. It must never hold personal data.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"access", "audit"})
package org.atoll.reference;
