/**
 * The National Alert List: person and document alerts with their legal basis, owning agency,
 * sharing, review dates and version history; the screening index built from them; and hits with
 * their dispositions. It never decides about a traveller (an officer disposes of every hit) and
 * never shows an alert's content to an officer outside its owning and sharing agencies.
 * Rich module: the lifecycle, need-to-know and review rules are plain Java in {@code alert.model},
 * the matching in {@code alert.screening}; other modules use only the types in this package.
 * ("document" joins the allowed dependencies once that module is merged; Modulith refuses a missing one.)
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"document", "reference", "access", "audit"})
package org.atoll.alert;
