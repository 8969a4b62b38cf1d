package org.atoll.document.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * A zone as the desk reader typed it: lines separated by line breaks, or run together.
 * {@code expiryWarningMonths} is optional (default 6).
 */
public record ReadMrzRequest(@NotNull String mrz, @Min(0) @Max(120) Integer expiryWarningMonths) {
}
