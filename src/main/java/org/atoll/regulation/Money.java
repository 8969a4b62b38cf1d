package org.atoll.regulation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;

/** A non-negative amount in a currency, as fees and required funds are stated. */
public record Money(BigDecimal amount, Currency currency) implements Comparable<Money> {

    public Money {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        if (amount.signum() < 0) {
            throw new IllegalArgumentException("An amount of money here is never negative: " + amount);
        }
        amount = amount.setScale(Math.max(0, currency.getDefaultFractionDigits()), RoundingMode.UNNECESSARY);
    }

    public static Money of(String currencyCode, long amount) {
        return new Money(BigDecimal.valueOf(amount), Currency.getInstance(currencyCode));
    }

    public static Money usd(long amount) {
        return of("USD", amount);
    }

    public static Money zero(Currency currency) {
        return new Money(BigDecimal.ZERO, currency);
    }

    /** Reads "USD 50" or "USD 50.00". */
    public static Money parse(String text) {
        Objects.requireNonNull(text, "money");
        String[] parts = text.strip().split("\\s+");
        if (parts.length != 2) {
            throw new IllegalArgumentException("Money is written as a currency code and an amount, e.g. 'USD 50', not '" + text + "'");
        }
        return new Money(new BigDecimal(parts[1]), Currency.getInstance(parts[0]));
    }

    public Money times(long factor) {
        return new Money(amount.multiply(BigDecimal.valueOf(factor)), currency);
    }

    public Money plus(Money other) {
        requireSameCurrency(other);
        return new Money(amount.add(other.amount), currency);
    }

    public boolean isZero() {
        return amount.signum() == 0;
    }

    public boolean isLessThan(Money other) {
        return compareTo(other) < 0;
    }

    @Override
    public int compareTo(Money other) {
        requireSameCurrency(other);
        return amount.compareTo(other.amount);
    }

    private void requireSameCurrency(Money other) {
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException("Cannot compare " + this + " with " + other + ": different currencies");
        }
    }

    /** "USD 50" or "USD 12.50": the form the regulation documents use. */
    public String toPlainString() {
        BigDecimal shown = amount.stripTrailingZeros().scale() <= 0 ? amount.setScale(0, RoundingMode.UNNECESSARY) : amount;
        return currency.getCurrencyCode() + " " + shown.toPlainString();
    }

    @Override
    public String toString() {
        return toPlainString();
    }
}
