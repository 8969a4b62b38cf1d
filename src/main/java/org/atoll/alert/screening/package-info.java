/**
 * The screening engine of the alert list: normalises names in any script, indexes person and
 * document alerts in memory, and ranks candidate alerts for a traveller with an explanation an
 * officer can read at a glance. Plain Java with a real domain model (no Spring, no persistence):
 * matching rules are the module's hardest logic and are tested on their own. It never decides
 * anything about a traveller; it only proposes candidates for an officer's disposition.
 */
package org.atoll.alert.screening;
