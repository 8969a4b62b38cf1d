/**
 * Agencies, officers with their roles, API clients and their tokens, and who is acting now.
 * Every other module may ask it for the current officer; it never reaches into another module's data.
 * Flat services over SQL: the rules here (password policy, lock-out) are small and live in named classes.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"audit"})
package org.atoll.access;
