package dev.herald.spi;

/** TIMEX3 types. */
public enum TimeType {
    DATE, TIME, DURATION, SET
}
