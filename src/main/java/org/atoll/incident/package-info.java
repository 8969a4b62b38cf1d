/**
 * Incidents (what happened at the border, who works on it, what it is linked to), their tasks and
 * log, and graded intelligence reports with their disseminations and reads.
 * <p>
 * Need-to-know is the module's core rule: an officer outside an incident's agencies or outside an
 * intelligence report's circle must never learn that the record exists (404, absent from search
 * and counts). Links to other modules' records are by type and id; before a link is stored the
 * target is checked through the owning module's public API (alert, visa, manifest, inspection, movement), and
 * proposals from an incident (a draft alert, a visa revocation) are handed to those modules' APIs.
 * Those modules never listen to incident events (incident depends on them, not the reverse). The rules (status graph, visibility, dissemination, grading) are a plain
 * Java model in {@code incident.domain} because they are what an audit of the module would question.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"alert", "visa", "manifest", "inspection", "movement", "reference", "access", "audit"})
package org.atoll.incident;
