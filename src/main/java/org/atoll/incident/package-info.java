/**
 * Incidents (what happened at the border, who works on it, what it is linked to), their tasks and
 * log, and graded intelligence reports with their disseminations and reads.
 * <p>
 * Need-to-know is the module's core rule: an officer outside an incident's agencies or outside an
 * intelligence report's circle must never learn that the record exists (404, absent from search
 * and counts). Links to other modules' records are by type and id only; it never reaches into
 * another module's data. The rules (status graph, visibility, dissemination, grading) are a plain
 * Java model in {@code incident.domain} because they are what an audit of the module would question.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"reference", "access", "audit"})
package org.atoll.incident;
